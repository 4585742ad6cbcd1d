// Identities between tables, as data: a side is a cell ("summary:in.gpb:amount"), a column sum over the codes
// of a 功能类 prefix ("expenditure:prefix:total"), or a sum of cells. The evaluator finds the tables, skips what is
// absent (a missing table is a completeness finding, not a broken identity) and reports through the Reporter.

import { Severity } from "../findings/finding";
import { BoundRow, BoundWorkbook, Field, publicTable, PublicTable, PublicKind } from "../tables/model";
import { codeHierarchy, codeRows, computedSum, get, plus } from "./helpers";
import { Reporter, Rule, RuleMeta } from "./rule";
import { ToleranceMode } from "./tolerance";

/** "summary:in.gpb:amount" — table, row key, column key. */
export type CellPath = string;

export function resolve(wb: BoundWorkbook, path: CellPath): Field | undefined {
  const [table, row, col] = path.split(":");
  return get(publicTable(wb, table as PublicKind), row, col);
}

/** Σ of the leaf rows of a code table whose code starts with a prefix (parents computed, not read). */
export function prefixSum(t: PublicTable, prefix: string, col: string): Field | undefined {
  const leaves = codeHierarchy(codeRows(t)).leaves.filter((r) => (r.code ?? "").startsWith(prefix));
  const fields = leaves.map((r) => r.cells[col]).filter((f): f is Field => !!f);
  if (fields.length === 0) return undefined;
  return computedSum(fields, `${t.id} ${prefix} 合计`);
}

export interface CrossIdentity {
  readonly left: CellPath;
  /** Several paths are summed. */
  readonly right: readonly CellPath[];
  readonly what: string;
  readonly mode?: ToleranceMode;
  readonly severity?: Severity;
  /** When the right-hand table is missing or empty, compare with zero instead of skipping. */
  readonly emptyIsZero?: boolean;
}

export function reportCross(wb: BoundWorkbook, report: Reporter, id: CrossIdentity, messageId = "cross"): void {
  const left = resolve(wb, id.left);
  if (!left) return;
  const rightFields = id.right.map((p) => resolve(wb, p));
  if (rightFields.some((f) => !f)) return;
  const fields = rightFields as Field[];
  const table = id.left.split(":")[0] as PublicKind;
  report.sum({
    table,
    messageId,
    data: { what: id.what, cell: left.ref, other: fields.map((f) => f.ref) },
    total: left,
    parts: fields.map(plus),
    mode: id.mode,
    severity: id.severity,
  });
}

/** One figure against another (a computed sum is named by its label, a cell by its address), as a "cross" finding. */
export function reportPair(report: Reporter, table: PublicKind, left: Field, right: Field, what: string, mode?: ToleranceMode): void {
  report.sum({
    table,
    messageId: "cross",
    data: { what, cell: left.ref, other: right.sources ? right.text : right.ref },
    total: left,
    parts: [plus(right)],
    mode,
  });
}

/** The 功能分类 类 rows of a summary table (收入支出决算总表, 财政拨款收入支出决算总表): "out.*" rows with a code. */
export function classRows(t: PublicTable): BoundRow[] {
  return t.rows.filter((r) => r.key.startsWith("out.") && r.code);
}

/** A rule made of cross-table statements: each is checked where both its sides are present. */
export function crossRule(meta: Omit<RuleMeta, "tolerance" | "messages" | "messagesEn">, identities: readonly CrossIdentity[]): Rule {
  return {
    meta: { ...meta, tolerance: "interval", messages: CROSS_MESSAGES, messagesEn: CROSS_MESSAGES_EN },
    check({ workbook }, report) {
      for (const id of identities) reportCross(workbook, report, id);
    },
  };
}

/** A part above its whole, the whole in another table ({other}). */
export const BOUND_MESSAGES = { bound: "{what}：{cell} 为 {actual}，超过 {other} 的 {expected}，超出 {difference}" };
export const BOUND_MESSAGES_EN = { bound: "{what}: {cell} is {actual}, more than {expected} in {other} by {difference}" };

/** A figure above its ceiling, named in {what}. */
export const ABOVE_MESSAGES = { bound: "{what}：{cell} 为 {actual}，超过 {expected}，超出 {difference}" };
export const ABOVE_MESSAGES_EN = { bound: "{what}: {cell} is {actual}, above {expected} by {difference}" };

export const CROSS_MESSAGES = {
  cross: "{what}：{cell} 为 {actual}，对应的 {other} 为 {expected}，相差 {difference}",
};
export const CROSS_MESSAGES_EN = {
  cross: "{what}: {cell} is {actual} but {other} gives {expected}, a difference of {difference}",
};
