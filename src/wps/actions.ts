// 校验, 填充, 清除标记 and 撤销 on WPS 表格. The object model is synchronous: read the workbook, run the pure
// engine, probe the cells about to change, snapshot them, write (screen updating off), record the change in the
// journal. A write that fails part-way (a protected sheet, WPS refusing) is put back before the error is reported.

import { GridSheet } from "../core/grid/grid";
import { highlightsFromFindings } from "../core/plan/highlights";
import { Highlight } from "../core/plan/plan";
import { CellState, Snapshot, snapshotMap, toSnapshot } from "../host/cell-state";
import { ProtectedSheetsError, UserFacingError } from "../host/errors";
import { Features } from "../host/features";
import { contentTargets, decideFill } from "../host/fill-decision";
import { Journal } from "../host/journal";
import { aspectsOf, markTargets, refusedSheets, targetOf, touchedCells } from "../host/mark-plan";
import { Checker, FillResult, ValidateResult } from "../host/types";
import { planWrites, Target } from "../host/write-plan";
import { executeWrites, MAX_RANGE_CHARS, probeStates, SheetCache, Wanted } from "./cell-io";
import { EtApplication, EtWorkbook } from "./et";
import { WpsWriteFailedError } from "./errors";
import { readBook } from "./read-book";

/** ET keeps comments short enough to read; longer text is cut with an ellipsis. */
export const MAX_COMMENT_CHARS = 2000;

/** A mark's comment: the findings, after the comment the cell already had (which comes back with 清除标记). */
export function markComment(note: string, existing: string | null | undefined): string {
  const mark = note.length <= MAX_COMMENT_CHARS ? note : `${note.slice(0, MAX_COMMENT_CHARS - 1)}…`;
  return existing ? `${existing}\n——\n${mark}` : mark;
}

export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new UserFacingError("没有打开的工作簿：请先打开要校验的工作簿，再点击按钮。");
  return book;
}

/** Runs writes with screen updating off; on failure puts `before` back (once) and reports what happened. */
export function writeWithRollback(app: EtApplication, sheets: SheetCache, targets: readonly Target[], current: Map<string, CellState>, before: Snapshot): void {
  const ops = planWrites(current, targets, MAX_RANGE_CHARS);
  if (ops.length === 0) return;
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    executeWrites(sheets, ops);
  } catch (e) {
    let rolledBack = true;
    try {
      const now = probeStates(sheets, before.cells.map((s) => ({ cell: s.cell, aspects: aspectsOf(s, WPS_FEATURES) })));
      executeWrites(sheets, planWrites(now, before.cells.map((c) => targetOf(c, WPS_FEATURES)), MAX_RANGE_CHARS));
    } catch {
      rolledBack = false;
    }
    throw new WpsWriteFailedError(e, rolledBack);
  } finally {
    app.ScreenUpdating = screen;
  }
}

/** The WPS host has comments and merges always. */
export const WPS_FEATURES: Features = { merges: true, notes: true };

export interface WpsValidateOptions {
  readonly check: Checker;
  readonly journal: Journal;
  readonly onProgress?: (stage: "read" | "check" | "mark") => void;
}

export function validate(app: EtApplication, { check, journal, onProgress }: WpsValidateOptions): ValidateResult {
  onProgress?.("read");
  const book = activeBook(app);
  const read = readBook(book);
  journal.forgetSheetsOtherThan(read.sheetNames);
  onProgress?.("check");
  const report = check(read.grid);
  const highlights = highlightsFromFindings(report.findings);
  if (highlights.length === 0 && !journal.marks?.cells.length) return { report, marked: 0 };
  onProgress?.("mark");
  try {
    const previous = journal.marks;
    const result = mark(app, new SheetCache(book), highlights, previous, read.protectedSheets);
    journal.record({ label: "校验", before: result.before, marksBefore: previous, marksAfter: result.marks });
    return { report, marked: highlights.length };
  } catch (e) {
    if (e instanceof ProtectedSheetsError) return { report, marked: 0, notMarked: e.message };
    throw e;
  }
}

/** Paints the highlights and comments them; cells marked before and not now get their original state back. */
export function mark(
  app: EtApplication,
  sheets: SheetCache,
  highlights: readonly Highlight[],
  previousMarks: Snapshot | undefined,
  protectedSheets: ReadonlySet<string>,
): { before: Snapshot; marks: Snapshot } {
  const previous = snapshotMap(previousMarks);
  const touched = touchedCells(highlights, previous);
  const refused = refusedSheets(touched, protectedSheets);
  if (refused.length) throw new ProtectedSheetsError(refused);

  const current = probeStates(sheets, [...touched.values()].map((cell): Wanted => ({ cell, aspects: ["fill", "note"] })));
  const before = toSnapshot(current.values());
  const { targets, marks } = markTargets(touched, highlights, previous, current, WPS_FEATURES, (h, original) => markComment(h.note, original.note));
  writeWithRollback(app, sheets, targets, current, before);
  return { before, marks: toSnapshot(marks) };
}

export interface WpsFillOptions {
  readonly journal: Journal;
  readonly profile: string;
  readonly template?: string;
  readonly overwrite?: ReadonlySet<string>;
}

export function fill(app: EtApplication, { journal, profile, template, overwrite }: WpsFillOptions): FillResult {
  const book = activeBook(app);
  const read = readBook(book);
  journal.forgetSheetsOtherThan(read.sheetNames);
  const { plan, writes, keptDiffering, needsConfirmation } = decideFill(read.grid, read.protectedSheets, { profile, template, overwrite });
  if (needsConfirmation || writes.length === 0) return { plan, written: [], keptDiffering, needsConfirmation };

  const sheets = new SheetCache(book);
  const grid = new Map<string, GridSheet>(read.grid.sheets.map((s) => [s.name, s]));
  const current = probeStates(sheets, writes.map((w): Wanted => ({ cell: w.cell, aspects: ["content"] })), grid);
  const before = toSnapshot(current.values());
  const targets = contentTargets(writes, current);
  writeWithRollback(app, sheets, targets, current, before);
  journal.record({ label: "填充", before, marksBefore: journal.marks, marksAfter: journal.marks });
  return { plan, written: writes, keptDiffering, needsConfirmation: false };
}

/** Puts a snapshot back exactly; returns the state it replaced. */
export function restore(app: EtApplication, snapshot: Snapshot): Snapshot {
  if (snapshot.cells.length === 0) return toSnapshot([]);
  const sheets = new SheetCache(activeBook(app));
  const refused = [...new Set(snapshot.cells.map((c) => c.cell.sheet))].filter((s) => sheets.get(s).ProtectContents);
  if (refused.length) throw new ProtectedSheetsError(refused);
  const current = probeStates(sheets, snapshot.cells.map((s) => ({ cell: s.cell, aspects: aspectsOf(s, WPS_FEATURES) })));
  const before = toSnapshot(current.values());
  writeWithRollback(app, sheets, snapshot.cells.map((c) => targetOf(c, WPS_FEATURES)), current, before);
  return before;
}

export function clearMarks(app: EtApplication, journal: Journal): { cleared: number } {
  const marks = journal.marks;
  if (!marks || marks.cells.length === 0) return { cleared: 0 };
  const before = restore(app, marks);
  journal.record({ label: "清除标记", before, marksBefore: marks, marksAfter: undefined });
  return { cleared: marks.cells.length };
}
