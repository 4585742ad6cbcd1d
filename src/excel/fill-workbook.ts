// 填充 as Excel.runs: read the workbook (one sync when the sheet list is known), plan the derived cells with the
// pure engine, and write formulas + number formats (one sync for a workbook the size of the sample) after
// snapshotting the contents they replace, so 撤销 puts back values, formulas and formats exactly.
// A plan that would overwrite non-empty cells is not written: the caller asks the user first and calls again
// with the cells the user agreed to overwrite.

import { cellKey } from "../core/grid/address";
import { planFill } from "../core/fill/plan";
import { FillWrite } from "../core/fill/types";
import { FillResult, overwritable } from "../host/types";
import { packById } from "../core/packs/index";
import { bindWorkbook } from "../core/tables/bind";
import { executeWrites } from "./batch-writer";
import { toSnapshot } from "../host/cell-state";
import { Features } from "../host/features";
import { HostContext } from "./host";
import { Journal } from "../host/journal";
import { KnownState } from "../host/known-state";
import { probeStates } from "./probe";
import { readWorkbook } from "./read-workbook";
import { rollBack } from "./restore";
import { planWrites, Target } from "../host/write-plan";

export const FILL_LABEL = "填充";

export interface FillRequest {
  readonly features: Features;
  readonly journal: Journal;
  /** Scoring profile id. */
  readonly profile: string;
  /** Template pack id forcing that pack (the pane's 模板); undefined detects the pack per workbook. */
  readonly template?: string;
  /** Sheet names from an earlier read; the read then takes one sync. */
  readonly sheetNames?: readonly string[];
  /** An earlier read had to be batched (a very large workbook): read in batches straight away. */
  readonly batched?: boolean;
  /**
   * Keys (cellKey) of the non-empty cells the user agreed to overwrite. Absent: write only when the plan
   * overwrites nothing, else return `needsConfirmation` without writing.
   */
  readonly overwrite?: ReadonlySet<string>;
}

export interface FillOutcome extends FillResult {
  readonly sheetNames: readonly string[];
  /** The read was batched: pass `batched` next time. */
  readonly batched: boolean;
  readonly syncs: number;
}

export { overwritable } from "../host/types";

export async function fillWorkbook(context: HostContext, request: FillRequest): Promise<FillOutcome> {
  const { features, journal, overwrite } = request;
  const read = await readWorkbook(context, features, { sheetNames: request.sheetNames, fills: false, batched: request.batched });
  journal.forgetSheetsOtherThan(read.sheetNames);
  const isLocked = (cell: { sheet: string }) => read.protectedSheets.has(cell.sheet);
  const bound = bindWorkbook(read.grid, { template: request.template === undefined ? undefined : packById(request.template) });
  const plan = planFill(read.grid, { profile: request.profile, isLocked, overwrite: overwrite !== undefined && overwrite.size > 0 }, bound);
  const base = { plan, sheetNames: read.sheetNames, batched: read.batched };

  if (overwrite === undefined && overwritable(plan).length > 0) {
    return { ...base, written: [], keptDiffering: 0, needsConfirmation: true, syncs: read.syncs };
  }
  const agreed = (w: FillWrite) => w.replaced === undefined || (overwrite?.has(cellKey(w.cell)) ?? false);
  const writes = plan.writes.filter(agreed);
  const keptDiffering = plan.writes.length - writes.length + overwritable(plan).length;
  if (writes.length === 0) return { ...base, written: [], keptDiffering, needsConfirmation: false, syncs: read.syncs };

  const syncs = await writeFormulas(context, writes, read.known, features, journal);
  return { ...base, written: writes, keptDiffering, needsConfirmation: false, syncs: read.syncs + syncs };
}

/** Snapshots the cells' contents, writes formula and number format per cell, records the change; returns syncs. */
export async function writeFormulas(
  context: HostContext,
  writes: readonly FillWrite[],
  known: KnownState,
  features: Features,
  journal: Journal,
): Promise<number> {
  const probe = await probeStates(context, known, writes.map((w) => ({ cell: w.cell, aspects: ["content"] })));
  const before = toSnapshot(probe.states.values());
  const targets: Target[] = writes.map((w) => {
    const now = probe.states.get(cellKey(w.cell))?.content;
    return { cell: w.cell, content: { value: null, formula: w.formula, numberFormat: w.numberFormat ?? now?.numberFormat ?? "General" } };
  });
  try {
    const syncs = probe.syncs + (await executeWrites(context, planWrites(probe.states, targets)));
    journal.record({ label: FILL_LABEL, before, marksBefore: journal.marks, marksAfter: journal.marks });
    return syncs;
  } catch (e) {
    throw await rollBack(context, e, before, features);
  }
}
