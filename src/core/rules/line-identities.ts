// Checks the identities stated for the fixed-line tables (identities/tables.ts): 收入支出决算总表, 财政拨款收入
// 支出决算总表, the “三公” tables and 国有资产使用情况表. One evaluator for every such rule.

import { AcrossIdentity, DownIdentity, ruleOf } from "../identities/model";
import { TABLE_IDENTITIES } from "../identities/tables";
import { expandRows } from "../identities/rows";
import { isPublicTable, PublicKind } from "../tables/model";
import { get, minus, plus } from "./helpers";
import { Rule, RuleExample, RuleMeta } from "./rule";
import { Term } from "./tolerance";

const NOT_REPORTED = /^[—–―]+$/;

export const SUM_MESSAGES = {
  sum: "{what}：{cell} 应为 {expected}，实为 {actual}，相差 {difference}",
};

export const SUM_MESSAGES_EN = {
  sum: "{what}: {cell} should be {expected} but is {actual}, a difference of {difference}",
};

/** The sum message's example for docs/rules.md: by default a total 1.00 above the sum of its parts. */
export function sumExample(what: string, cell = "C12", figures = { expected: "10,584.32", actual: "10,585.32", difference: "1.00", allowed: "0.025" }): RuleExample {
  const { allowed, ...shown } = figures;
  return { data: { what, cell, ...shown }, allowed };
}

/**
 * The rule checking a fixed-line table's statements (those whose rule is this one: see ruleOf). The statements are
 * read when the rule runs, as 填充 reads them: there is one list, and nothing else to keep in step with it.
 */
export function lineIdentityRule(meta: Omit<RuleMeta, "messages" | "messagesEn" | "tolerance" | "tables" | "example"> & { example?: RuleExample }, kind: PublicKind): Rule {
  const mine = <T extends DownIdentity | AcrossIdentity>(list: readonly T[] = []) => list.filter((s) => ruleOf(s, meta.id) === meta.id);
  const first = mine(TABLE_IDENTITIES[kind]?.down)[0]?.what ?? mine(TABLE_IDENTITIES[kind]?.across)[0]?.what ?? meta.description;
  return {
    meta: { ...meta, tables: [kind], tolerance: "interval", messages: SUM_MESSAGES, messagesEn: SUM_MESSAGES_EN, example: meta.example ?? sumExample(first) },
    check({ workbook }, report) {
      const down = mine(TABLE_IDENTITIES[kind]?.down);
      const across = mine(TABLE_IDENTITIES[kind]?.across);
      for (const t of workbook.tables) {
        if (t.kind !== kind || !isPublicTable(t)) continue;
        for (const id of down) {
          for (const col of id.cols) {
            const total = get(t, id.total, col);
            if (!total) continue;
            const parts: Term[] = [];
            for (const p of id.parts) {
              const neg = p.startsWith("-");
              for (const k of expandRows(t, [neg ? p.slice(1) : p])) {
                const f = get(t, k, id.partCol ?? col);
                if (f) parts.push(neg ? minus(f) : plus(f));
              }
            }
            // "—" on every part means the breakdown is not reported (公开10's 预算数 of 国内接待费), not zero.
            if (parts.length === 0 || parts.every((p) => NOT_REPORTED.test(p.field.text.trim()))) continue;
            report.sum({ table: kind, messageId: "sum", data: () => ({ what: id.what, cell: total.ref }), total, parts, severity: id.severity });
          }
        }
        for (const id of across) {
          const rows = id.rows === "each" ? t.rows.map((r) => r.key) : expandRows(t, id.rows);
          for (const key of rows) {
            const total = get(t, key, id.total);
            const parts = id.parts.map((c) => get(t, key, c)).filter((f): f is NonNullable<typeof f> => !!f);
            if (!total || parts.length === 0) continue;
            report.sum({ table: kind, messageId: "sum", data: () => ({ what: id.what ?? "", cell: total.ref }), total, parts: parts.map(plus), severity: id.severity });
          }
        }
      }
    },
  };
}

