// Identities inside the fixed-line tables (公开01, 04, 10, 11, 12) written as data: a total, its parts
// ("-key" subtracts) and the columns it holds in. One evaluator turns them into findings.

import { Severity } from "../findings/finding";
import { PublicTable, publicTable, PublicTableId } from "../tables/model";
import { get, minus, plus } from "./helpers";
import { Rule, RuleMeta } from "./rule";
import { Term } from "./tolerance";

export interface LineIdentity {
  /** Row key of the total. */
  readonly total: string;
  /** Row keys of the parts; a leading "-" subtracts. "out.*" means every row whose key starts with "out." and has a code. */
  readonly parts: readonly string[];
  readonly cols: readonly string[];
  /** zh-CN: what must hold, e.g. "本年收入合计应等于各项收入之和". */
  readonly what: string;
  readonly severity?: Severity;
}

/** Within each listed row: one column is the sum of others (公开04: 合计 = 一般公共预算 + 政府性基金 + 国资). */
export interface RowIdentity {
  readonly rows: readonly string[];
  readonly total: string;
  readonly parts: readonly string[];
  readonly what: string;
  readonly severity?: Severity;
}

const NOT_REPORTED = /^[—–―]+$/;

export const SUM_MESSAGES = {
  sum: "{what}：{cell} 应为 {expected}，实为 {actual}，相差 {difference}",
};
export const SUM_MESSAGES_EN = {
  sum: "{what}: {cell} should be {expected} but is {actual}, a difference of {difference}",
};

export function lineIdentityRule(
  meta: Omit<RuleMeta, "messages" | "messagesEn" | "tolerance">,
  table: PublicTableId,
  identities: readonly LineIdentity[],
  rowIdentities: readonly RowIdentity[] = [],
): Rule {
  return {
    meta: { ...meta, tolerance: "interval", messages: SUM_MESSAGES, messagesEn: SUM_MESSAGES_EN },
    check({ workbook }, report) {
      for (const t of workbook.tables) {
        if (t.id !== table) continue;
        const pt = publicTable({ tables: [t], problems: [] }, table);
        if (!pt) continue;
        for (const id of identities) {
          for (const col of id.cols) {
            const total = get(pt, id.total, col);
            if (!total) continue;
            const parts: Term[] = [];
            for (const p of id.parts) {
              const neg = p.startsWith("-");
              const key = neg ? p.slice(1) : p;
              const keys = expandRows(pt, [key]);
              for (const k of keys) {
                const f = get(pt, k, col);
                if (f) parts.push(neg ? minus(f) : plus(f));
              }
            }
            // "—" on every part means the breakdown is not reported (公开10's 预算数 of 国内接待费), not zero.
            if (parts.length === 0 || parts.every((p) => NOT_REPORTED.test(p.field.text.trim()))) continue;
            report.sum({ table, messageId: "sum", data: () => ({ what: id.what, cell: total.ref }), total, parts, severity: id.severity });
          }
        }
        for (const id of rowIdentities) {
          for (const key of expandRows(pt, id.rows)) {
            const total = get(pt, key, id.total);
            const parts = id.parts.map((c) => get(pt, key, c)).filter((f): f is NonNullable<typeof f> => !!f);
            if (!total || parts.length === 0) continue;
            report.sum({ table, messageId: "sum", data: () => ({ what: id.what, cell: total.ref }), total, parts: parts.map(plus), severity: id.severity });
          }
        }
      }
    },
  };
}

/** "out.*" → every row whose key starts with "out." and carries a code; other keys as they are. */
function expandRows(t: PublicTable, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    if (key.endsWith(".*")) out.push(...t.rows.filter((r) => r.key.startsWith(key.slice(0, -1)) && r.code !== undefined).map((r) => r.key));
    else out.push(key);
  }
  return out;
}
