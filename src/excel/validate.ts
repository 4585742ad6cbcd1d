// 校验 as one Excel.run: read the workbook (one sync when the sheet list is known), run the injected check,
// mark the findings (one sync for a workbook the size of the sample), record the change for 撤销/清除标记.

import { Grid } from "../core/grid/grid";
import { Finding } from "../core/findings/finding";
import type { WaiverState } from "../core/engine";
import { highlightsFromFindings } from "../core/plan/highlights";
import { TableKind } from "../core/tables/model";
import { applyHighlights } from "./apply-highlights";
import { ProtectedSheetsError } from "./errors";
import { Features } from "./features";
import { HostContext } from "./host";
import { Journal } from "./journal";
import { NOTE_PROBE_BUDGET } from "./limits";
import { readWorkbook } from "./read-workbook";

export interface CheckReport {
  readonly findings: readonly Finding[];
  /** Tables recognised, in table order. */
  readonly tables: readonly { readonly id: string; readonly kind: TableKind; readonly sheet: string }[];
  /** The template pack the workbook was checked against: detected, or forced (chosen in the pane). */
  readonly template?: { readonly id: string; readonly name: string; readonly forced: boolean };
  /** What could not be read, as zh-CN sentences. */
  readonly problems: readonly string[];
  /** The workbook's waivers (忽略并说明) and each finding's fingerprint, for answering one or taking it back. */
  readonly waivers?: WaiverState;
}

/** The pure engine, injected: grid in, report out. */
export type Checker = (grid: Grid) => CheckReport;

export type Stage = "read" | "check" | "mark";

export interface ValidateOptions {
  readonly check: Checker;
  readonly features: Features;
  readonly journal: Journal;
  /** Sheet names from an earlier read; the read then takes one sync. */
  readonly sheetNames?: readonly string[];
  /** An earlier read had to be batched (a very large workbook): read in batches straight away. */
  readonly batched?: boolean;
  /** Mark findings in the workbook (default true). */
  readonly mark?: boolean;
  readonly onProgress?: (stage: Stage) => void;
}

export interface ValidateOutcome {
  readonly report: CheckReport;
  readonly sheetNames: readonly string[];
  /** The read was batched: pass `batched` next time. */
  readonly batched: boolean;
  /** Cells marked. */
  readonly marked: number;
  /** Why nothing was marked although there were findings (a protected sheet), in zh-CN. */
  readonly notMarked?: string;
  readonly syncs: number;
}

export async function validate(context: HostContext, options: ValidateOptions): Promise<ValidateOutcome> {
  const { journal, features } = options;
  options.onProgress?.("read");
  // Notes under the previous marks are read with the workbook, unless there are so many that the read's request
  // would grow past budget; then they are probed later in budgeted batches.
  const noted = (journal.marks?.cells ?? []).filter((c) => c.note !== undefined).map((c) => c.cell);
  const noteCells = noted.length <= NOTE_PROBE_BUDGET ? noted : [];
  const read = await readWorkbook(context, features, { sheetNames: options.sheetNames, noteCells, batched: options.batched });
  journal.forgetSheetsOtherThan(read.sheetNames);

  options.onProgress?.("check");
  const report = options.check(read.grid);
  const highlights = options.mark === false ? [] : highlightsFromFindings(report.findings);
  const base = { report, sheetNames: read.sheetNames, batched: read.batched };
  if (highlights.length === 0 && !journal.marks?.cells.length) return { ...base, marked: 0, syncs: read.syncs };

  options.onProgress?.("mark");
  try {
    const previous = journal.marks;
    const result = await applyHighlights(context, highlights, {
      features, known: read.known, previous, protectedSheets: read.protectedSheets,
    });
    journal.record({ label: "校验", before: result.before, marksBefore: previous, marksAfter: result.marks });
    return { ...base, marked: highlights.length, syncs: read.syncs + result.syncs };
  } catch (e) {
    if (e instanceof ProtectedSheetsError) return { ...base, marked: 0, notMarked: e.message, syncs: read.syncs };
    throw e;
  }
}
