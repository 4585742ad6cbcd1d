// 自动复查's marks, decided without the host: from the marks before and after an edit to the cells to touch (newly
// marked, marked otherwise, or clean now), and the journal's marks afterwards — the originals of cells still marked
// are kept, those of cells clean now dropped, those of newly marked cells added.

import { CellRef, cellKey } from "../core/grid/address";
import { diffHighlights } from "../core/plan/highlight-diff";
import { Highlight } from "../core/plan/plan";
import { CellState, Snapshot } from "./cell-state";

export interface LiveMarkPlan {
  /** Cells whose mark changes, keyed by cellKey. */
  readonly touched: Map<string, CellRef>;
  /** The highlights among them (newly marked or marked otherwise). */
  readonly mark: readonly Highlight[];
}

export function liveMarkPlan(before: readonly Highlight[], after: readonly Highlight[]): LiveMarkPlan {
  const diff = diffHighlights(before, after);
  const touched = new Map<string, CellRef>();
  for (const c of diff.unmark) touched.set(cellKey(c), c);
  for (const h of diff.mark) touched.set(cellKey(h.cell), h.cell);
  return { touched, mark: diff.mark };
}

/** The journal's marks after the update: untouched cells keep theirs; touched ones are what markTargets kept. */
export function marksAfter(previous: Snapshot | undefined, touched: ReadonlyMap<string, CellRef>, kept: readonly CellState[]): Snapshot {
  return { cells: [...(previous?.cells ?? []).filter((c) => !touched.has(cellKey(c.cell))), ...kept] };
}
