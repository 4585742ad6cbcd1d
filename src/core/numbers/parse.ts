// Parsing what a cell shows into an exact decimal with its shown precision.
// "10,584.32" → 10584.32 (2 decimals); "95.74%" → 0.9574 (4 decimals, percent); "-", "—", blank → zero;
// full-width digits and minus signs are folded first. Never goes through a binary float.

import Decimal from "decimal.js";
import { CellValue, GridSheet, formatAt, isCellError, valueAt } from "../grid/grid";
import { formatNumber } from "./format";
import { foldWidth } from "../text/normalize";

/**
 * "uncomputed": a formula whose result was never saved (written by a script, or saved without recalculation).
 * Its value is unknown: it is neither blank nor zero, and no check may read it as a number.
 */
export type NumKind = "number" | "empty" | "dash" | "text" | "error" | "uncomputed";

export interface Num {
  readonly kind: NumKind;
  /** Exact value for "number"; zero for "empty" and "dash"; undefined for "text", "error" and "uncomputed". */
  readonly value: Decimal | undefined;
  /** Decimals shown, counted on the value itself (a percent "95.74%" has 4 on 0.9574). */
  readonly decimals: number;
  readonly percent: boolean;
  /** The text as displayed. */
  readonly text: string;
  /** Rounding radius of a computed value (a sum of shown figures); shown values derive it from decimals. */
  readonly radius?: Decimal;
}

const DASHES = /^[-－—–―‐−~～/／]+$/;

export const EMPTY_NUM: Num = { kind: "empty", value: new Decimal(0), decimals: Infinity, percent: false, text: "" };

/** A formula cell without a saved result: shows nothing we may trust. */
export const UNCOMPUTED_NUM: Num = { kind: "uncomputed", value: undefined, decimals: 0, percent: false, text: "" };

/** A formula cell with no saved result: the grid holds its formula but no value. */
export function isUncomputed(value: CellValue, formula: string): boolean {
  return value === null && formula !== "";
}

/** Parses a displayed text. Returns kind "text" for anything that is not a number. */
/** No displayed number is this long ("-1,234,567,890,123.45%" is 22): longer text is prose, not a figure. */
const LONGEST_NUMBER = 40;
/** …except the digits a fixed format shows for a huge value (1E+308 under "0.00" is 312 characters): still a figure. */
const LONG_FIGURE = /^[-(]?[\d,]+(\.\d*)?%?\)?$/;

export function parseNumberText(input: string): Num {
  const text = input;
  if (input.length > LONGEST_NUMBER && !LONG_FIGURE.test(input)) return { kind: "text", value: undefined, decimals: 0, percent: false, text };
  let s = foldWidth(input).replace(/[\s\u00a0]/g, "");
  if (s === "") return EMPTY_NUM;
  if (DASHES.test(s)) return { kind: "dash", value: new Decimal(0), decimals: Infinity, percent: false, text };
  if (/^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s)) {
    return { kind: "error", value: undefined, decimals: 0, percent: false, text };
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^[−–]/, "-");
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  s = s.replace(/^[¥￥$]/, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  // Scientific notation, as General shows very large and very small values: "1E+308", "4.94066E-324", "1.23E-05".
  let exponent = 0;
  const sci = /^(.+)[eE]([+-]?\d{1,4})$/.exec(s);
  if (sci) {
    s = sci[1];
    exponent = Number(sci[2]);
  }
  // Thousands separators must sit between groups of three digits; "1,2" is text, not 12.
  if (s.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return { kind: "text", value: undefined, decimals: 0, percent: false, text };
    s = s.replace(/,/g, "");
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return { kind: "text", value: undefined, decimals: 0, percent: false, text };
  const dot = s.indexOf(".");
  // "1.23E-05" shows 7 decimals; "1E+308" counts as shown to units (decimals are never negative).
  let decimals = Math.max(0, (dot >= 0 ? s.length - dot - 1 : 0) - exponent);
  let value = new Decimal(exponent ? `${s}e${exponent}` : s);
  if (negative) value = value.negated();
  if (percent) {
    value = value.dividedBy(100);
    decimals += 2;
  }
  return { kind: "number", value, decimals, percent, text };
}

/** The text a cell displays: formatted numbers, strings as they are, errors as their code. */
export function displayText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return "";
}

export function numFromCell(value: CellValue, format: string): Num {
  if (isCellError(value)) return { kind: "error", value: undefined, decimals: 0, percent: false, text: value.error };
  if (typeof value === "boolean") return { kind: "text", value: undefined, decimals: 0, percent: false, text: String(value) };
  return parseNumberText(displayText(value, format));
}

export function numAt(sheet: GridSheet, row: number, col: number): Num {
  return numFromCell(valueAt(sheet, row, col), formatAt(sheet, row, col));
}

/** A non-zero figure, or a formula whose result is unknown: either way a table holding it is not known to be empty. */
export function mayBeNonZero(n: Num): boolean {
  return n.kind === "uncomputed" || (n.kind === "number" && n.value !== undefined && !n.value.isZero());
}

/** True for numbers, blanks and dashes: cells that take part in sums. */
export function isNumeric(n: Num): boolean {
  return n.value !== undefined;
}

/** Half a unit of the last shown digit: the rounding radius of a shown value (0 for exact zeros). */
const ZERO = new Decimal(0);
const radii: Decimal[] = [];

export function radius(n: Num): Decimal {
  if (n.radius !== undefined) return n.radius;
  if (n.kind !== "number") return ZERO;
  return (radii[n.decimals] ??= new Decimal(10).pow(-n.decimals).dividedBy(2));
}
