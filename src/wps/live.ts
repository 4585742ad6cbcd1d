// The pane following the selection and 自动复查 on WPS 表格. Events come from Application.ApiEvent
// (SheetSelectionChange, SheetChange). The object model is synchronous and in-process, so a re-check reads the
// whole workbook again (no round trips to save) and marks through the same mark() as 校验, which writes only the
// cells whose mark changed (the rest are already as planned); the change is folded into the journal's 校验.

import { parseRangeA1 } from "../core/grid/address";
import { highlightsFromFindings } from "../core/plan/highlights";
import { Highlight } from "../core/plan/plan";
import { ProtectedSheetsError } from "../host/errors";
import { RecheckRequest, WorkbookListener } from "../host/host";
import { liveMarkPlan } from "../host/live-marks";
import { RecheckResult } from "../host/types";
import { activeBook, mark } from "./actions";
import { SheetCache } from "./cell-io";
import { EtApplication, EtEventRoot, EtRange, EtWorksheet } from "./et";
import { readBook } from "./read-book";

const nameOf = (sheet: unknown) => (sheet as EtWorksheet).Name;
const addressOf = (range: unknown) => (range as EtRange).Address(false, false);

/**
 * Registers the two listeners. `ownWrite()` is true while the add-in writes (WPS raises SheetChange for those too):
 * such edits are not reported.
 */
export function watchBook(root: Partial<EtEventRoot>, listener: WorkbookListener, ownWrite: () => boolean): void {
  const events = root.ApiEvent;
  if (!events) throw new Error("Application.ApiEvent is missing");
  events.AddApiEventListener("SheetSelectionChange", (sheet, target) => {
    const name = nameOf(sheet);
    const area = parseRangeA1(addressOf(target), name);
    if (area) listener.selected({ sheet: name, row: area.top, col: area.left });
  });
  events.AddApiEventListener("SheetChange", (sheet) => {
    if (!ownWrite()) listener.edited([nameOf(sheet)]);
  });
}

/** 自动复查: read, check, mark what changed; `before` is the marks the last check made. */
export function recheckBook(app: EtApplication, { check, journal }: RecheckRequest, before: readonly Highlight[]): RecheckResult & { highlights: Highlight[] } {
  const book = activeBook(app);
  const read = readBook(book);
  journal.forgetSheetsOtherThan(read.sheetNames);
  const report = check(read.grid);
  const highlights = highlightsFromFindings(report.findings);
  const { touched } = liveMarkPlan(before, highlights);
  if (touched.size === 0) return { report, marked: highlights.length, changed: 0, highlights };
  try {
    const previous = journal.marks;
    const result = mark(app, new SheetCache(book), highlights, previous, read.protectedSheets);
    journal.continueLast({ label: "校验", before: result.before, marksBefore: previous, marksAfter: result.marks });
    return { report, marked: highlights.length, changed: touched.size, highlights };
  } catch (e) {
    // Nothing written: the marks are still the last ones, and the next re-check starts from them.
    if (e instanceof ProtectedSheetsError) return { report, marked: 0, changed: 0, notMarked: e.message, highlights: [...before] };
    throw e;
  }
}
