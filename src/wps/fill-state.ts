// Between ET's Interior (BGR longs, XlPattern numbers, xlNone for "no fill") and the host-neutral FillState
// ("#RRGGBB", Office.js pattern names), so snapshots, the journal and the write plan are the same as in Excel.

import { FillPattern, FillState } from "../host/cell-state";
import { FillWrite } from "../host/write-plan";
import { EtInterior } from "./et";
import { PATTERNS, xlNone } from "./xl";

const NAMES = new Map<number, FillPattern>(Object.entries(PATTERNS).map(([name, n]) => [n, name as FillPattern]));

/** "#FFC7CE" → 0xCEC7FF: ET colours are red + green·256 + blue·65536. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 0xff) | (n & 0xff00) | ((n & 0xff) << 16);
}

export function hexOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).toUpperCase().padStart(6, "0")}`;
}

/** Reads one cell's fill (5 calls; 1 when there is none). */
export function readFill(interior: EtInterior): FillState {
  const pattern = interior.Pattern;
  if (pattern === null || pattern === xlNone) return NO_FILL;
  return {
    pattern: NAMES.get(pattern) ?? "Solid",
    color: hexOf(interior.Color ?? 0xffffff),
    tintAndShade: interior.TintAndShade ?? 0,
    patternColor: hexOf(interior.PatternColor ?? 0),
    patternTintAndShade: interior.PatternTintAndShade ?? 0,
  };
}

export const NO_FILL: FillState = { pattern: "None", color: "#FFFFFF", tintAndShade: 0, patternColor: "#000000", patternTintAndShade: 0 };

/** Applies a fill write to every cell of a (multi-area) range. */
export function writeFill(interior: EtInterior, w: FillWrite): void {
  if (w.clear) {
    // xlNone, not white: "no fill" shows the grid lines and prints nothing.
    interior.Pattern = xlNone;
    return;
  }
  // Colour first (it turns "no fill" into a solid fill), then the pattern, then shades.
  interior.Color = bgrOf(w.color);
  interior.Pattern = PATTERNS[w.pattern];
  if (w.patternColor !== undefined && w.pattern !== "Solid") interior.PatternColor = bgrOf(w.patternColor);
  interior.TintAndShade = w.tintAndShade;
  if (w.patternTintAndShade !== undefined && w.pattern !== "Solid") interior.PatternTintAndShade = w.patternTintAndShade;
}
