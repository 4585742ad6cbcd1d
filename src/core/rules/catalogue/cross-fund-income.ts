// Each fund's table (一般公共预算, 政府性基金, 国有资本经营) ↔ 财政拨款收入支出决算总表: its 本年收入 is that fund's
// 财政拨款收入 in the fiscal summary (domain.md §4).
import { crossRule } from "../cross-identities";

export default crossRule(
  {
    id: "cross.fund-income",
    severity: "error",
    tables: ["fiscal-summary", ["gpb", "fund", "capital"]],
    description: "一般公共预算、政府性基金、国有资本经营预算财政拨款支出表的本年收入合计，分别等于财政拨款收入支出决算总表中该项财政拨款收入",
    example: { data: { what: "{@gpb} 本年收入合计应等于{@fiscal-summary} 一般公共预算财政拨款收入", cell: "G14", other: "{@fiscal-summary}表!C12", expected: "10,584.32", actual: "10,584.31", difference: "-0.01" } },
  },
  [
    { left: "gpb:total:income.total", right: ["fiscal-summary:in.gpb:amount"], what: "{@gpb} 本年收入合计应等于{@fiscal-summary} 一般公共预算财政拨款收入", mode: "exact" },
    { left: "fund:total:income.total", right: ["fiscal-summary:in.fund:amount"], what: "{@fund} 本年收入合计应等于{@fiscal-summary} 政府性基金预算财政拨款收入", mode: "exact" },
    { left: "capital:total:income.total", right: ["fiscal-summary:in.capital:amount"], what: "{@capital} 本年收入应等于{@fiscal-summary} 国有资本经营预算财政拨款收入", mode: "exact" },
  ],
);
