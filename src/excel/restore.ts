// Puts cells back to a snapshot — fills exactly (no fill stays no fill), notes, contents — and returns the
// state it replaced, so the restore itself can be undone. A failed write is rolled back once.

import { Snapshot, toSnapshot } from "../host/cell-state";
import { aspectsOf, targetOf } from "../host/mark-plan";
import { BatchWriteError, executeWrites } from "./batch-writer";
import { ProtectedSheetsError, WriteFailedError } from "./errors";
import { Features } from "../host/features";
import { HostContext } from "./host";
import { KnownState } from "../host/known-state";
import { probeStates } from "./probe";
import { planWrites } from "../host/write-plan";

export interface RestoreResult {
  readonly before: Snapshot;
  readonly syncs: number;
}

export { aspectsOf, targetOf } from "../host/mark-plan";

export async function restoreSnapshot(
  context: HostContext,
  snapshot: Snapshot,
  features: Features,
  known = new KnownState(),
): Promise<RestoreResult> {
  if (snapshot.cells.length === 0) return { before: toSnapshot([]), syncs: 0 };
  const sheets = [...new Set(snapshot.cells.map((c) => c.cell.sheet))];
  const wanted = snapshot.cells.map((s) => ({ cell: s.cell, aspects: aspectsOf(s, features) }));
  const probe = await probeStates(context, known, wanted, sheets);
  if (probe.protectedSheets.size) throw new ProtectedSheetsError([...probe.protectedSheets]);
  const before = toSnapshot(probe.states.values());
  const ops = planWrites(probe.states, snapshot.cells.map((s) => targetOf(s, features)));
  try {
    return { before, syncs: probe.syncs + (await executeWrites(context, ops)) };
  } catch (e) {
    throw await rollBack(context, e, before, features);
  }
}

/** After a failed write: put back `before` (once) and describe what happened. */
export async function rollBack(context: HostContext, e: unknown, before: Snapshot, features: Features): Promise<WriteFailedError> {
  const cause = e instanceof BatchWriteError ? e.cause : e;
  // Cell-edit mode refuses a whole batch before running any of it: with no completed sync nothing changed.
  const untouched = e instanceof BatchWriteError && e.completedSyncs === 0 &&
    (e.cause as { code?: string }).code === "InvalidOperationInCellEditMode";
  if (untouched) return new WriteFailedError(cause, true);
  try {
    const known = new KnownState();
    const wanted = before.cells.map((s) => ({ cell: s.cell, aspects: aspectsOf(s, features).filter((a) => a === "note") }));
    const probe = await probeStates(context, known, wanted);
    await executeWrites(context, planWrites(probe.states, before.cells.map((s) => targetOf(s, features))));
    return new WriteFailedError(cause, true);
  } catch {
    return new WriteFailedError(cause, false);
  }
}
