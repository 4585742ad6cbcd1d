// What a change must write, decided without the host: the aspects a snapshot covers and the target that puts it
// back (清除标记, 撤销, roll-back), and for 校验 the cells to touch — this run's marks plus last run's marks that
// are no longer findings, which get their original state back in the same write.

import { CellRef, cellKey } from "../core/grid/address";
import { Highlight, SEVERITY_FILL } from "../core/plan/plan";
import { Aspect, CellState, NoteState } from "./cell-state";
import { Features } from "./features";
import { restoreFill, solidFill, Target } from "./write-plan";

export function aspectsOf(state: CellState, features: Features): Aspect[] {
  const out: Aspect[] = [];
  if (state.fill) out.push("fill");
  if (state.note !== undefined && features.notes) out.push("note");
  if (state.content) out.push("content");
  return out;
}

/** The write that puts a snapshotted state back exactly. */
export function targetOf(state: CellState, features: Features): Target {
  return {
    cell: state.cell,
    fill: state.fill && restoreFill(state.fill),
    note: features.notes ? state.note : undefined,
    content: state.content,
  };
}

/** Every cell a 校验 writes: the new marks and the previous ones, keyed by cellKey. */
export function touchedCells(highlights: readonly Highlight[], previous: ReadonlyMap<string, CellState>): Map<string, CellRef> {
  const touched = new Map<string, CellRef>();
  for (const s of previous.values()) touched.set(cellKey(s.cell), s.cell);
  for (const h of highlights) touched.set(cellKey(h.cell), h.cell);
  return touched;
}

/** Sheets among the touched cells' that are protected: marking is refused before anything is written. */
export function refusedSheets(touched: ReadonlyMap<string, CellRef>, protectedSheets: ReadonlySet<string> | undefined): string[] {
  return [...new Set([...touched.values()].map((c) => c.sheet))].filter((s) => protectedSheets?.has(s));
}

/**
 * Targets of a 校验: a marked cell is filled by severity with `note(h, original)` as its note; a cell no longer
 * marked gets its original state back. `marks` is the original state under the new marks (for 清除标记).
 */
export function markTargets(
  touched: ReadonlyMap<string, CellRef>,
  highlights: readonly Highlight[],
  previous: ReadonlyMap<string, CellState>,
  current: ReadonlyMap<string, CellState>,
  features: Features,
  note: (h: Highlight, original: CellState) => NoteState | undefined,
): { targets: Target[]; marks: CellState[] } {
  const marked = new Map<string, Highlight>(highlights.map((h) => [cellKey(h.cell), h]));
  const targets: Target[] = [];
  const marks: CellState[] = [];
  for (const [key, cell] of touched) {
    const h = marked.get(key);
    const original = previous.get(key) ?? current.get(key)!;
    if (!h) {
      targets.push(targetOf(original, features));
      continue;
    }
    marks.push(original);
    targets.push({ cell, fill: solidFill(SEVERITY_FILL[h.severity]), note: note(h, original) });
  }
  return { targets, marks };
}
