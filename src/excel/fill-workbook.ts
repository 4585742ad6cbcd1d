// 填充 as Excel.runs: read the workbook (one sync when the sheet list is known), plan the derived cells with the
// pure engine, and write formulas + number formats (one sync for a workbook the size of the sample) after
// snapshotting the contents they replace, so 撤销 puts back values, formulas and formats exactly.
// A plan that would overwrite non-empty cells is not written: the caller asks the user first and calls again
// with the cells the user agreed to overwrite.

import { FillWrite } from "../core/fill/types";
import { contentTargets, decideFill } from "../host/fill-decision";
import { FillResult } from "../host/types";
import { executeWrites } from "./batch-writer";
import { toSnapshot } from "../host/cell-state";
import { Features } from "../host/features";
import { HostContext } from "./host";
import { Journal } from "../host/journal";
import { KnownState } from "../host/known-state";
import { probeStates } from "./probe";
import { readWorkbook } from "./read-workbook";
import { rollBack } from "./restore";
import { planWrites } from "../host/write-plan";

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
  const decision = decideFill(read.grid, read.protectedSheets, { profile: request.profile, template: request.template, overwrite });
  const { plan, writes, keptDiffering, needsConfirmation } = decision;
  const base = { plan, sheetNames: read.sheetNames, batched: read.batched, keptDiffering, needsConfirmation };
  if (needsConfirmation || writes.length === 0) return { ...base, written: [], syncs: read.syncs };

  const syncs = await writeFormulas(context, writes, read.known, features, journal);
  return { ...base, written: writes, syncs: read.syncs + syncs };
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
  const targets = contentTargets(writes, probe.states);
  try {
    const syncs = probe.syncs + (await executeWrites(context, planWrites(probe.states, targets)));
    journal.record({ label: FILL_LABEL, before, marksBefore: journal.marks, marksAfter: journal.marks });
    return syncs;
  } catch (e) {
    throw await rollBack(context, e, before, features);
  }
}
