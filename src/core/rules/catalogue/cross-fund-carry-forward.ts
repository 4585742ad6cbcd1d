// 年初 and 年末 结转和结余 of each fund ↔ 财政拨款收入支出决算总表 (domain.md §4).
import { crossRule } from "../cross-identities";

export default crossRule(
  {
    id: "cross.fund-carry-forward",
    severity: "error",
    tables: ["fiscal-summary", ["gpb", "fund", "capital"]],
    description: "财政拨款收入支出决算总表的年初、年末财政拨款结转和结余，按资金来源分别等于一般公共预算、政府性基金、国有资本经营预算财政拨款支出表合计行的年初、年末结转和结余",
    example: { data: { what: "{@fiscal-summary} 年末一般公共预算财政拨款结转和结余应等于{@gpb} 年末结转和结余", cell: "G40", other: "{@gpb}表!R14", expected: "12.50", actual: "10.50", difference: "-2.00" } },
  },
  [
    { left: "fiscal-summary:in.carry.gpb:amount", right: ["gpb:total:carry.in.total"], what: "{@fiscal-summary} 年初一般公共预算财政拨款结转和结余应等于{@gpb} 年初结转和结余", mode: "exact" },
    { left: "fiscal-summary:out.carry:gpb", right: ["gpb:total:carry.out.total"], what: "{@fiscal-summary} 年末一般公共预算财政拨款结转和结余应等于{@gpb} 年末结转和结余", mode: "exact" },
    { left: "fiscal-summary:in.carry.fund:amount", right: ["fund:total:carry.in.total"], what: "{@fiscal-summary} 年初政府性基金结转和结余应等于{@fund}", mode: "exact" },
    { left: "fiscal-summary:out.carry:fund", right: ["fund:total:carry.out.total"], what: "{@fiscal-summary} 年末政府性基金结转和结余应等于{@fund}", mode: "exact" },
    { left: "fiscal-summary:in.carry.capital:amount", right: ["capital:total:carry.in.total"], what: "{@fiscal-summary} 年初国有资本经营结转和结余应等于{@capital}", mode: "exact" },
    { left: "fiscal-summary:out.carry:capital", right: ["capital:total:carry.out.total"], what: "{@fiscal-summary} 年末国有资本经营结转和结余应等于{@capital}", mode: "exact" },
  ],
);
