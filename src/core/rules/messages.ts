// Message templates are data; rendering is strict: an unknown message id or an unfilled placeholder is a
// programming mistake and throws (the rule tests catch it), never a half-rendered sentence for users.
// Figures are written the way the workbook shows them, and cells are named from the finding's own sheet.

import Decimal from "decimal.js";
import { cellA1, CellRef, qualifiedA1 } from "../grid/address";
import { FigureStyle, formatFigure, LONGEST_FIGURE } from "../numbers/format";
import { Field } from "../tables/model";
import { RuleMeta } from "./rule";

/** A message parameter: text, or cells, which are named only once the finding's primary cell is known. */
export type MessageValue = string | CellRef | readonly CellRef[];
export type MessageValues = Readonly<Record<string, MessageValue>>;

export function fillTemplate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return v;
  });
}

export function renderMessage(meta: RuleMeta, messageId: string, data: Readonly<Record<string, string>>): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return fillTemplate(template, data);
}

/** A cell as a message names it: "M14" on the sheet the finding is on, "公开05表!M14" (quoted as Excel would) elsewhere. */
export function cellName(ref: CellRef, sheet: string): string {
  return ref.sheet === sheet ? cellA1(ref) : qualifiedA1(ref.sheet, cellA1(ref));
}

function isCellRef(v: CellRef | readonly CellRef[]): v is CellRef {
  return !Array.isArray(v);
}

/** Message parameters as text, cells named from `sheet` (the sheet of the finding's primary cell). */
export function nameCells(values: MessageValues, sheet: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === "string" ? v : isCellRef(v) ? cellName(v, sheet) : v.map((r) => cellName(r, sheet)).join("、");
  }
  return out;
}

/** Appended to numeric messages: whether rounding explains the difference. */
export function roundingSuffix(broken: boolean, allowed: string): string {
  if (/^0(\.0*)?%?$/.test(allowed)) return ""; // figures that must agree exactly
  return broken ? `（超出尾数误差 ±${allowed}）` : `（在尾数误差 ±${allowed} 以内）`;
}

/** A thousands separator between digit groups, as "#,##0.00" shows 10,602.11. */
const GROUPED = /\d,\d{3}/;

/** A figure shown in scientific notation ("4.94066E-324"): its decimals say nothing of the table's style. */
const SCIENTIFIC = /\dE[+-]?\d/i;

/**
 * The style of the figures a message compares: the most decimals any of them shows (at most 6; figures shown in
 * scientific notation do not count), thousands separators when any shown cell has them, percent when every figure
 * is a percent. Computed sums (which carry a radius) count for their decimals only: they show no text of their own.
 */
export function figureStyle(fields: readonly Field[]): FigureStyle {
  let decimals = 0;
  let thousands = false;
  let percent = false;
  let numbers = 0;
  let percents = 0;
  for (const f of fields) {
    if (f.num.kind !== "number") continue;
    numbers++;
    if (f.num.percent) percents++;
    if (Number.isFinite(f.num.decimals) && !SCIENTIFIC.test(f.num.text)) decimals = Math.max(decimals, f.num.decimals);
    if (f.num.radius === undefined && GROUPED.test(f.num.text)) thousands = true;
  }
  if (numbers > 0 && percents === numbers) percent = true;
  return { decimals: Math.min(decimals, 6), thousands, percent };
}

/** A computed figure written as the given fields show theirs (see figureStyle), with at least `minDecimals`. */
export function figure(value: Decimal, fields: readonly Field[], minDecimals = 0): string {
  const style = figureStyle(fields);
  return formatFigure(value, { ...style, decimals: Math.max(style.decimals, minDecimals) });
}

/** Longest text a message quotes from a cell; longer text is cut with "…". */
const LONGEST_QUOTE = 40;

/**
 * A cell's displayed text for a message. A number too long to read (1E+308 under "0.00" shows 312 digits) is
 * written in scientific notation; long text is cut with "…".
 */
export function shownText(field: Field): string {
  const text = field.text;
  if (field.num.kind === "number" && field.num.value && text.length > LONGEST_FIGURE) return figure(field.num.value, [field]);
  return text.length <= LONGEST_QUOTE ? text : `${text.slice(0, LONGEST_QUOTE - 1)}…`;
}

/** Placeholders a template uses, for the catalogue tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
