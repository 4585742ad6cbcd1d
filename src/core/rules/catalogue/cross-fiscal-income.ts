// 财政拨款收入 as the summary and the income table show it ↔ 财政拨款收入支出决算总表 (domain.md §4).
import { crossRule } from "../cross-identities";

export default crossRule(
  {
    id: "cross.fiscal-income",
    severity: "error",
    tables: ["fiscal-summary", ["summary", "income"]],
    description: "收入支出决算总表的一般公共预算、政府性基金、国有资本经营预算财政拨款收入分别与财政拨款收入支出决算总表一致；收入决算表的财政拨款收入等于财政拨款收入支出决算总表的本年收入合计",
    example: { data: { what: "{@summary} 一般公共预算财政拨款收入应与{@fiscal-summary} 一致", cell: "C12", other: "{@fiscal-summary}表!C12", expected: "10,584.42", actual: "10,584.32", difference: "-0.10" } },
  },
  [
    { left: "summary:in.gpb:amount", right: ["fiscal-summary:in.gpb:amount"], what: "{@summary} 一般公共预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
    { left: "summary:in.fund:amount", right: ["fiscal-summary:in.fund:amount"], what: "{@summary} 政府性基金预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
    { left: "summary:in.capital:amount", right: ["fiscal-summary:in.capital:amount"], what: "{@summary} 国有资本经营预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
    { left: "income:total:fiscal", right: ["fiscal-summary:in.total:amount"], what: "{@income} 财政拨款收入应等于{@fiscal-summary} 本年收入合计", mode: "exact" },
  ],
);
