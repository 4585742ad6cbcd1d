// Cells as formulas see them. The fill plan computes what a formula will compute, so it reads what a cell
// stores (a constant 12.345 shown as 12.35 counts as 12.345), and it knows which contents a formula can use:
// SUM reads blanks and "-" as 0; arithmetic fails on any text; digits typed as text would be read by the
// engine but not by SUM, so such a cell blocks a formula instead of silently giving a different total.

import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { CellValue, formatAt, formulaAt, GridSheet, isCellError, valueAt } from "../grid/grid";
import { excelDecimal, formatInfo } from "../numbers/format";
import { displayText, parseNumberText } from "../numbers/parse";
import { CellState, DeriveContext } from "./types";

export interface GridCell {
  readonly value: CellValue;
  readonly format: string;
  readonly formula: string;
}

export function gridCell(sheet: GridSheet | undefined, ref: CellRef): GridCell {
  if (!sheet) return { value: null, format: "General", formula: "" };
  return { value: valueAt(sheet, ref.row, ref.col), format: formatAt(sheet, ref.row, ref.col), formula: formulaAt(sheet, ref.row, ref.col) };
}

export function stateOf(cell: GridCell): CellState {
  const { value, format } = cell;
  const text = displayText(value, format);
  const base = { text, percent: false, written: false };
  if (value === null && cell.formula) return { ...base, text: `${cell.formula}（未计算）`, kind: "uncomputed" };
  if (value === null) return { ...base, kind: "blank", value: new Decimal(0) };
  if (typeof value === "number") return { ...base, kind: "number", value: excelDecimal(value), percent: formatInfo(format).percent };
  if (typeof value === "boolean") return { ...base, kind: "text" };
  if (isCellError(value)) return { ...base, kind: "error" };
  const num = parseNumberText(value);
  if (num.kind === "empty") return { ...base, kind: "blank", value: new Decimal(0) };
  if (num.kind === "dash") return { ...base, kind: "dash", value: new Decimal(0) };
  if (num.kind === "number") return { ...base, kind: "textNumber", value: num.value, percent: num.percent };
  return { ...base, kind: "text" };
}

/** Blank or a dash: a cell that carries no figure. */
export function isVoid(s: CellState): boolean {
  return s.kind === "blank" || s.kind === "dash";
}

/** Why a formula without a saved result cannot be used: its value is unknown until it is recalculated. */
export const UNCOMPUTED_REASON = "是没有保存计算结果的公式，请先在 Excel/WPS 中重新计算并保存";

const BLOCKERS: Partial<Record<CellState["kind"], string>> = {
  textNumber: "是以文本形式存放的数字，公式不会把它计入",
  text: "不是数字",
  error: "是错误值",
  uncomputed: UNCOMPUTED_REASON,
};

/** Why a cell cannot take part in a SUM, or undefined when it can. */
export function sumBlocker(ctx: DeriveContext, ref: CellRef): string | undefined {
  const s = ctx.state(ref);
  const why = BLOCKERS[s.kind];
  return why ? `${ctx.a1(ref)}（${s.text}）${why}` : undefined;
}

/** Σ of cells as SUM reads them (blanks and dashes 0), or the reason it cannot be formed. */
export function sumOf(ctx: DeriveContext, refs: readonly CellRef[], minus: readonly CellRef[] = []): Decimal | { manual: string } {
  let total = new Decimal(0);
  for (const [list, sign] of [[refs, 1], [minus, -1]] as const) {
    for (const ref of list) {
      const why = sumBlocker(ctx, ref);
      if (why) return { manual: ctx.state(ref).kind === "uncomputed" ? why : `${why}，请先改正` };
      total = total.plus((ctx.state(ref).value ?? new Decimal(0)).times(sign));
    }
  }
  return total;
}

/** A cell used in arithmetic (a/b, MIN(a,1)*w): numbers and blanks (0) only. */
export function numberOf(ctx: DeriveContext, ref: CellRef): Decimal | undefined {
  const s = ctx.state(ref);
  return s.kind === "number" || s.kind === "blank" ? s.value ?? new Decimal(0) : undefined;
}
