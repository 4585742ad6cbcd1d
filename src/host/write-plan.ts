// From "what each cell should become" and "what it is now" to the fewest writes: fills grouped per sheet and
// per target fill into address lists, notes added/changed/deleted per cell, contents per cell. Pure.

import { CellRef, cellA1, cellKey } from "../core/grid/address";
import { addressChunks, RowCol } from "../core/plan/chunk";
import { CellState, ContentState, FillPattern, FillState, isNoFill, NoteState, sameContent } from "./cell-state";

/** Longest comma-joined address list per fill write unless the host asks for shorter ones (Excel: getRanges). */
export const MAX_ADDRESS_CHARS = 4000;

/** Either remove the fill (Excel's "No Fill"), or set these fill properties. */
export type FillWrite =
  | { readonly clear: true }
  | {
      readonly clear?: false;
      readonly color: string;
      readonly pattern: FillPattern;
      readonly tintAndShade: number;
      readonly patternColor?: string;
      readonly patternTintAndShade?: number;
    };

export interface Target {
  readonly cell: CellRef;
  readonly fill?: FillWrite;
  readonly note?: NoteState;
  readonly content?: ContentState;
}

export type WriteOp =
  | { readonly kind: "fill"; readonly sheet: string; readonly addresses: string; readonly write: FillWrite }
  | { readonly kind: "note-add" | "note-set"; readonly sheet: string; readonly address: string; readonly text: string }
  | { readonly kind: "note-delete"; readonly sheet: string; readonly address: string }
  | { readonly kind: "content"; readonly sheet: string; readonly address: string; readonly content: ContentState };

/** The write that puts a snapshotted fill back exactly. */
export function restoreFill(fill: FillState): FillWrite {
  return isNoFill(fill) ? { clear: true } : { ...fill };
}

/** A solid mark in the given colour. */
export function solidFill(color: string): FillWrite {
  return { color, pattern: "Solid", tintAndShade: 0 };
}

export function fillSatisfied(current: FillState | undefined, write: FillWrite): boolean {
  if (!current) return false;
  if (write.clear) return isNoFill(current);
  return !isNoFill(current) && current.color === write.color && current.pattern === write.pattern &&
    current.tintAndShade === write.tintAndShade &&
    (write.patternColor === undefined || current.patternColor === write.patternColor) &&
    (write.patternTintAndShade === undefined || current.patternTintAndShade === write.patternTintAndShade);
}

function fillKey(w: FillWrite): string {
  return w.clear ? "clear" : JSON.stringify([w.color, w.pattern, w.tintAndShade, w.patternColor, w.patternTintAndShade]);
}

/**
 * Writes that turn `current` into `targets`. Every aspect a target names must be known in `current`
 * (notes especially: adding a note where one exists, or changing one that does not, fails in Excel).
 */
export function planWrites(
  current: ReadonlyMap<string, CellState>,
  targets: readonly Target[],
  maxAddressChars = MAX_ADDRESS_CHARS,
): WriteOp[] {
  const fillGroups = new Map<string, { sheet: string; write: FillWrite; cells: RowCol[] }>();
  const noteOps: WriteOp[] = [];
  const contentOps: WriteOp[] = [];
  for (const t of targets) {
    const now = current.get(cellKey(t.cell));
    if (t.fill && !fillSatisfied(now?.fill, t.fill)) {
      const key = `${t.cell.sheet}\u0000${fillKey(t.fill)}`;
      let g = fillGroups.get(key);
      if (!g) fillGroups.set(key, (g = { sheet: t.cell.sheet, write: t.fill, cells: [] }));
      g.cells.push(t.cell);
    }
    if (t.note !== undefined) {
      const had = now?.note;
      if (had === undefined) throw new Error(`note state of ${cellKey(t.cell)} unknown before writing`);
      const address = cellA1(t.cell);
      const sheet = t.cell.sheet;
      if (t.note === null && had !== null) noteOps.push({ kind: "note-delete", sheet, address });
      else if (t.note !== null && had === null) noteOps.push({ kind: "note-add", sheet, address, text: t.note });
      else if (t.note !== null && had !== t.note) noteOps.push({ kind: "note-set", sheet, address, text: t.note });
    }
    if (t.content && !(now?.content && sameContent(now.content, t.content))) {
      contentOps.push({ kind: "content", sheet: t.cell.sheet, address: cellA1(t.cell), content: t.content });
    }
  }
  const fillOps: WriteOp[] = [];
  for (const g of fillGroups.values()) {
    for (const addresses of addressChunks(g.sheet, g.cells, maxAddressChars)) {
      fillOps.push({ kind: "fill", sheet: g.sheet, addresses, write: g.write });
    }
  }
  return [...contentOps, ...fillOps, ...noteOps];
}
