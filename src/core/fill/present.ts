// How a derived cell shows its value, by kind: the number format to set (the cell's own when it already shows
// the value at full precision), the decimals the reported value is rounded to, the text for messages, and
// whether what the cell holds now agrees with the computed value as shown.

import Decimal from "decimal.js";
import { formatFigure, formatInfo } from "../numbers/format";
import { Num } from "../numbers/parse";
import { DerivedKind } from "./types";

export interface Presentation {
  readonly numberFormat?: string;
  /** Decimals of the stored value that the format shows (a 0.00% rate shows 4). */
  readonly decimals: number;
}

const DEFAULTS: Readonly<Record<Exclude<DerivedKind, "grade">, string>> = {
  amount: "#,##0.00",
  score: "0.00",
  rate: "0.00%",
  ratePoints: "0.00",
};

/**
 * Amounts and scores keep a non-percent format with at least 2 decimals (fewer would show a total the checker
 * reads as different); a fraction rate keeps a percent format, a percent-point rate a plain one.
 */
export function presentation(kind: DerivedKind, existingFormat: string): Presentation {
  if (kind === "grade") return { decimals: 0 };
  const info = formatInfo(existingFormat);
  const numeric = info.decimals !== undefined && !info.isText;
  if (kind === "rate") {
    if (numeric && info.percent) return { numberFormat: existingFormat, decimals: (info.decimals ?? 0) + 2 };
    return { numberFormat: DEFAULTS.rate, decimals: 4 };
  }
  if (numeric && !info.percent && (info.decimals ?? 0) >= 2) return { numberFormat: existingFormat, decimals: info.decimals ?? 2 };
  return { numberFormat: DEFAULTS[kind], decimals: 2 };
}

export function roundedValue(value: Decimal | string, p: Presentation): string {
  return typeof value === "string" ? value : value.toDecimalPlaces(p.decimals, Decimal.ROUND_HALF_UP).toFixed(p.decimals);
}

/** The value as the cell will show it (messages quote it beside what the cell shows now): "10,602.10", "95.74%". */
export function shownValue(value: Decimal | string, kind: DerivedKind, p: Presentation): string {
  if (typeof value === "string") return value;
  const thousands = p.numberFormat !== undefined && formatInfo(p.numberFormat).thousands;
  return formatFigure(value, { decimals: p.decimals, thousands, percent: kind === "rate" });
}

/** Does the cell's shown value equal the computed one at the precision it is shown with? */
export function agrees(value: Decimal | string, kind: DerivedKind, shown: Num, p: Presentation): boolean {
  if (typeof value === "string") return shown.text.trim() === value;
  if (shown.kind === "dash" || shown.kind === "empty") return value.toDecimalPlaces(p.decimals, Decimal.ROUND_HALF_UP).isZero();
  if (shown.kind !== "number" || !shown.value) return false;
  if (kind === "rate" && !shown.percent && shown.value.gt(1.5)) return false; // percent points where a fraction is needed
  const d = Number.isFinite(shown.decimals) ? Math.min(shown.decimals, 12) : p.decimals;
  return value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(shown.value);
}
