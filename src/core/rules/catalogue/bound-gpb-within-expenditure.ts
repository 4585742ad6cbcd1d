// 一般公共预算财政拨款 spending is part of all spending: code by code, its 本年支出合计, 基本支出 and 项目支出 are at
// most the 支出决算表's.
import { publicTable } from "../../tables/model";
import { BOUND_MESSAGES, BOUND_MESSAGES_EN } from "../cross-identities";
import { Rule } from "../rule";

const COLUMNS = [
  ["out.total", "total", "本年支出合计"],
  ["out.basic", "basic", "基本支出"],
  ["out.project", "project", "项目支出"],
] as const;

const rule: Rule = {
  meta: {
    id: "bound.gpb-within-expenditure",
    severity: "error",
    tables: ["gpb", "expenditure"],
    description: "一般公共预算财政拨款支出表每个科目的本年支出合计、基本支出、项目支出不超过支出决算表同一科目的相应支出",
    tolerance: "interval",
    messages: BOUND_MESSAGES,
    messagesEn: BOUND_MESSAGES_EN,
    example: {
      data: { what: "{@gpb} 2150517 项目支出不应超过{@expenditure}", cell: "E44", other: "{@expenditure}表!E40", expected: "2,490.17", actual: "2,590.17", difference: "100.00" },
      allowed: "0.01",
    },
  },
  check({ workbook }, report) {
    const gpb = publicTable(workbook, "gpb");
    const expenditure = publicTable(workbook, "expenditure");
    if (!gpb || !expenditure) return;
    const byCode = new Map(expenditure.rows.filter((r) => r.code).map((r) => [r.code, r]));
    for (const r of gpb.rows) {
      const other = r.code ? byCode.get(r.code) : undefined;
      if (!other) continue;
      for (const [mine, theirs, label] of COLUMNS) {
        const left = r.cells[mine];
        const right = other.cells[theirs];
        if (left && right) report.bound({ table: "gpb", messageId: "bound", data: { what: `{@gpb} ${r.code} ${label}不应超过{@expenditure}`, cell: left.ref, other: right.ref }, left, op: "<=", right });
      }
    }
  },
};

export default rule;
