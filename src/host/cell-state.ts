// The state of a cell as far as the add-in changes it — fill, note, content — and snapshots of such states.
// Host-neutral: colours are "#RRGGBB". A snapshot is taken before every write so that 清除标记 and 撤销 put back exactly what was there.

import { CellRef, cellKey } from "../core/grid/address";
import { CellValue } from "../core/grid/grid";

/**
 * A fill's pattern, named as Office.js names them (Excel.FillPattern); the WPS adapter maps its xlPattern numbers
 * to these names, so a snapshot means the same on either host. "None" is "no fill", which differs from white.
 */
export type FillPattern =
  | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker"
  | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16"
  | "Gray8" | "LinearGradient" | "RectangularGradient";

export interface FillState {
  readonly pattern: FillPattern;
  readonly color: string;
  readonly tintAndShade: number;
  readonly patternColor: string;
  readonly patternTintAndShade: number;
}

/** Note text, or null for "no note". */
export type NoteState = string | null;

export interface ContentState {
  readonly value: CellValue;
  /** "=…" or "" for a constant. */
  readonly formula: string;
  readonly numberFormat: string;
}

/** A cell and the aspects of it a change touches; an absent aspect is not part of the snapshot. */
export interface CellState {
  readonly cell: CellRef;
  readonly fill?: FillState;
  readonly note?: NoteState;
  readonly content?: ContentState;
}

export interface Snapshot {
  readonly cells: readonly CellState[];
}

export type Aspect = "fill" | "note" | "content";

export const EMPTY_SNAPSHOT: Snapshot = { cells: [] };

export function isNoFill(fill: FillState): boolean {
  return fill.pattern === "None";
}

export function sameFill(a: FillState, b: FillState): boolean {
  if (isNoFill(a) || isNoFill(b)) return isNoFill(a) && isNoFill(b);
  return a.pattern === b.pattern && a.color === b.color && a.tintAndShade === b.tintAndShade &&
    a.patternColor === b.patternColor && a.patternTintAndShade === b.patternTintAndShade;
}

export function sameContent(a: ContentState, b: ContentState): boolean {
  const av = JSON.stringify(a.value);
  return a.formula === b.formula && a.numberFormat === b.numberFormat && (a.formula !== "" || av === JSON.stringify(b.value));
}

export function snapshotMap(snapshot: Snapshot | undefined): Map<string, CellState> {
  return new Map((snapshot?.cells ?? []).map((s) => [cellKey(s.cell), s]));
}

export function toSnapshot(states: Iterable<CellState>): Snapshot {
  return { cells: [...states] };
}

/** States of `over` win over those of `base`, aspect by aspect. */
export function mergeState(base: CellState | undefined, over: CellState): CellState {
  return base ? { ...base, ...over, cell: over.cell } : over;
}
