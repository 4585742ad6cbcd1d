// 自动复查 as one Excel.run of at most two syncs: one reads the edited sheets again (values, formats, fills,
// protection, the notes under the marks there), then the pure engine checks the workbook with the other sheets as
// last read, and one writes only the marks that changed. What a write must snapshot is known without another sync:
// on the sheets just read from this read; elsewhere from the last read of that sheet, except for cells the add-in
// marked since, whose state is the mark it wrote. Anything still unknown is probed (a third sync, rare).

import { CellRef, cellKey } from "../core/grid/address";
import { Grid } from "../core/grid/grid";
import { replaceSheets } from "../core/grid/replace-sheets";
import { highlightsFromFindings } from "../core/plan/highlights";
import { Highlight, SEVERITY_FILL } from "../core/plan/plan";
import { FillState, snapshotMap, toSnapshot } from "../host/cell-state";
import { Features } from "../host/features";
import { Journal } from "../host/journal";
import { KnownState } from "../host/known-state";
import { liveMarkPlan, marksAfter } from "../host/live-marks";
import { markTargets, refusedSheets } from "../host/mark-plan";
import { Checker, RecheckResult } from "../host/types";
import { planWrites } from "../host/write-plan";
import { noteText } from "./apply-highlights";
import { executeWrites } from "./batch-writer";
import { hostErrorCode, ProtectedSheetsError } from "./errors";
import { HostContext } from "./host";
import { readInBatches } from "./read-batched";
import { collect, queueSheet } from "./read-workbook";
import { probeStates } from "./probe";
import { rollBack } from "./restore";

/** What the last check left: the grid it checked, what each sheet's last read knew, the marks it made. */
export interface LiveBase {
  readonly grid: Grid;
  /** Per sheet, the read that last saw it. */
  readonly known: ReadonlyMap<string, KnownState>;
  readonly highlights: readonly Highlight[];
}

export interface RecheckOptions {
  readonly check: Checker;
  readonly features: Features;
  readonly journal: Journal;
  readonly sheets: readonly string[];
  readonly base: LiveBase;
}

export interface RecheckOutcome extends RecheckResult {
  readonly base: LiveBase;
  readonly syncs: number;
}

/** The edited sheets as one read (one sync; in budgeted batches when Excel refuses so big a response). */
async function readSheets(context: HostContext, features: Features, names: readonly string[], noteCells: readonly CellRef[]) {
  const queued = names.map((name) => queueSheet(context, name, features, true, noteCells));
  try {
    await context.sync();
    return collect(queued, names, 1);
  } catch (e) {
    if (hostErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    const read = await readInBatches(context, features, names, noteCells);
    return { grid: { sheets: read.sheets }, known: read.known, protectedSheets: read.protectedSheets, sheetNames: names, syncs: 1 + read.syncs, batched: true };
  }
}

const markFill = (h: Highlight): FillState => ({ pattern: "Solid", color: SEVERITY_FILL[h.severity], tintAndShade: 0, patternColor: "#000000", patternTintAndShade: 0 });

export async function recheck(context: HostContext, options: RecheckOptions): Promise<RecheckOutcome> {
  const { journal, features, base } = options;
  const sheets = options.sheets.filter((s) => base.grid.sheets.some((g) => g.name === s));
  const previous = journal.marks;
  const noteCells = features.notes ? (previous?.cells ?? []).map((c) => c.cell).filter((c) => sheets.includes(c.sheet)) : [];
  const read = await readSheets(context, features, sheets, noteCells);
  let syncs = read.syncs;
  const grid = replaceSheets(base.grid, read.grid.sheets);
  const known = new Map(base.known);
  for (const s of sheets) known.set(s, read.known);

  const report = options.check(grid);
  const highlights = highlightsFromFindings(report.findings);
  const next: LiveBase = { grid, known, highlights };
  const { touched, mark } = liveMarkPlan(base.highlights, highlights);
  if (touched.size === 0) return { report, marked: highlights.length, changed: 0, base: next, syncs };
  const refused = refusedSheets(touched, read.protectedSheets);
  // Nothing written: the marks on the sheet are still the last ones, and the next re-check starts from them.
  if (refused.length) return { report, marked: 0, changed: 0, notMarked: new ProtectedSheetsError(refused).message, base: { ...next, highlights: base.highlights }, syncs };

  // What each touched cell is now, as far as known without asking.
  const marked = new Map(base.highlights.map((h) => [cellKey(h.cell), h]));
  const now = new KnownState();
  for (const [key, cell] of touched) {
    const fresh = sheets.includes(cell.sheet);
    const source = known.get(cell.sheet);
    const mine = fresh ? undefined : marked.get(key);
    const fill = mine ? markFill(mine) : source?.fill(cell);
    const note = mine ? noteText(mine.note) : source?.note(cell);
    if (fill) now.addFills({ sheet: cell.sheet, top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }, [[fill]]);
    if (note !== undefined) now.setNote(cell, note);
  }
  const aspects = features.notes ? (["fill", "note"] as const) : (["fill"] as const);
  const probe = await probeStates(context, now, [...touched.values()].map((cell) => ({ cell, aspects: [...aspects] })));
  syncs += probe.syncs;
  const before = toSnapshot(probe.states.values());
  const note = (h: Highlight) => (features.notes ? noteText(h.note) : undefined);
  const { targets, marks } = markTargets(touched, mark, snapshotMap(previous), probe.states, features, note);
  try {
    syncs += await executeWrites(context, planWrites(probe.states, targets));
  } catch (e) {
    throw await rollBack(context, e, before, features);
  }
  journal.continueLast({ label: "校验", before, marksBefore: previous, marksAfter: marksAfter(previous, touched, marks) });
  return { report, marked: highlights.length, changed: touched.size, base: next, syncs };
}
