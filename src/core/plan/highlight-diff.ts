// What changes on the sheet when findings change (自动复查): cells whose mark must go (their format put back),
// and cells to mark anew or again (a new cell, or another severity or note). Cells whose mark is the same are left
// alone, so an edit burst touches only what it changed.

import { cellKey, CellRef } from "../grid/address";
import { Highlight } from "./plan";

export interface HighlightDiff {
  /** Marked before, clean now: restore what was under the mark. */
  readonly unmark: readonly CellRef[];
  /** Not marked before, or marked otherwise: (re)write the mark and its note. */
  readonly mark: readonly Highlight[];
  /** Marked before and now alike. */
  readonly unchanged: number;
}

export function diffHighlights(before: readonly Highlight[], after: readonly Highlight[]): HighlightDiff {
  const old = new Map(before.map((h) => [cellKey(h.cell), h]));
  const mark: Highlight[] = [];
  let unchanged = 0;
  for (const h of after) {
    const key = cellKey(h.cell);
    const prior = old.get(key);
    old.delete(key);
    if (prior && prior.severity === h.severity && prior.note === h.note) unchanged++;
    else mark.push(h);
  }
  return { unmark: [...old.values()].map((h) => h.cell), mark, unchanged };
}
