// Marks cells: fill by severity, a note with the findings (when the host has notes). Cells marked by the previous
// run and not marked now get their original state back in the same batch. Everything written is snapshotted
// first; a write that fails part-way is rolled back.

import { Highlight } from "../core/plan/plan";
import { Aspect, Snapshot, snapshotMap, toSnapshot } from "../host/cell-state";
import { markTargets, refusedSheets, touchedCells } from "../host/mark-plan";
import { executeWrites } from "./batch-writer";
import { ProtectedSheetsError } from "./errors";
import { Features } from "../host/features";
import { HostContext } from "./host";
import { KnownState } from "../host/known-state";
import { MAX_NOTE_CHARS } from "./limits";
import { probeStates } from "./probe";
import { rollBack } from "./restore";
import { planWrites } from "../host/write-plan";

export interface MarkOptions {
  readonly features: Features;
  /** What the add-in already knows (from readWorkbook); cells it does not know are probed first. */
  readonly known?: KnownState;
  /** Original state under the marks of the previous run. */
  readonly previous?: Snapshot;
  /** Sheets known to be protected: marking any of them is refused before anything is written. */
  readonly protectedSheets?: ReadonlySet<string>;
}

export interface MarkResult {
  /** State of every cell written, before the write (for 撤销). */
  readonly before: Snapshot;
  /** Original state under the new marks (for 清除标记). */
  readonly marks: Snapshot;
  readonly syncs: number;
}

export function noteText(text: string): string {
  return text.length <= MAX_NOTE_CHARS ? text : `${text.slice(0, MAX_NOTE_CHARS - 1)}…`;
}

export async function applyHighlights(context: HostContext, highlights: readonly Highlight[], options: MarkOptions): Promise<MarkResult> {
  const { features } = options;
  const aspects: Aspect[] = features.notes ? ["fill", "note"] : ["fill"];
  const previous = snapshotMap(options.previous);
  const touched = touchedCells(highlights, previous);
  const refused = refusedSheets(touched, options.protectedSheets);
  if (refused.length) throw new ProtectedSheetsError(refused);

  const probe = await probeStates(context, options.known ?? new KnownState(), [...touched.values()].map((cell) => ({ cell, aspects })));
  const before = toSnapshot(probe.states.values());
  const note = (h: Highlight) => (features.notes ? noteText(h.note) : undefined);
  const { targets, marks } = markTargets(touched, highlights, previous, probe.states, features, note);
  const ops = planWrites(probe.states, targets);
  try {
    const syncs = await executeWrites(context, ops);
    return { before, marks: toSnapshot(marks), syncs: probe.syncs + syncs };
  } catch (e) {
    throw await rollBack(context, e, before, features);
  }
}
