// 财政拨款收入支出决算总表 by 功能分类 类 and by fund ↔ the table of that fund (一般公共预算, 政府性基金, 国有资本
// 经营): each 类's spending of a fund is the sum of that 类's codes in the fund's own table.
import { publicTable, PublicKind } from "../../tables/model";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, classRows, prefixSum, reportPair } from "../cross-identities";
import { Rule } from "../rule";

/** The fund columns of 财政拨款收入支出决算总表, the table of each fund and its name. */
const FUNDS: readonly [string, PublicKind, string][] = [
  ["gpb", "gpb", "一般公共预算"],
  ["fund", "fund", "政府性基金"],
  ["capital", "capital", "国有资本经营"],
];

const rule: Rule = {
  meta: {
    id: "cross.fiscal-expenditure-by-class",
    severity: "error",
    tables: ["fiscal-summary", ["gpb", "fund", "capital"]],
    description: "财政拨款收入支出决算总表各功能分类类级支出，按资金来源（一般公共预算、政府性基金、国有资本经营预算）分别等于该资金的财政拨款支出表中该类各科目本年支出之和",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
    example: {
      data: { what: "{@fiscal-summary} 十二、农林水支出（一般公共预算）应等于{@gpb} 213 类各科目本年支出之和", cell: "G23", other: "{@gpb} 213 合计", expected: "20.00", actual: "30.00", difference: "10.00" },
      allowed: "0.01",
    },
  },
  check({ workbook }, report) {
    const summary = publicTable(workbook, "fiscal-summary");
    if (!summary) return;
    for (const r of classRows(summary)) {
      for (const [col, kind, name] of FUNDS) {
        const left = r.cells[col];
        const source = publicTable(workbook, kind);
        if (!left || !source) continue;
        const right = prefixSum(source, r.code ?? "", "out.total");
        if (right) reportPair(report, "fiscal-summary", left, right, `{@fiscal-summary} ${r.label}（${name}）应等于${source.id} ${r.code} 类各科目本年支出之和`);
      }
    }
  },
};

export default rule;
