// 收入决算表 合计行 ↔ 收入支出决算总表, source by source (domain.md §4): the table that lists income by 科目 adds up to
// the summary's figures.
import { crossRule } from "../cross-identities";

export default crossRule(
  {
    id: "cross.income-by-source",
    severity: "error",
    tables: ["income", "summary"],
    description: "收入决算表合计行的本年收入合计及各项收入（财政拨款、上级补助、事业、经营、附属单位上缴、其他收入）等于收入支出决算总表的相应收入；财政拨款收入等于总表三项财政拨款收入之和",
    example: { data: { what: "{@income} 事业收入应等于{@summary}", cell: "F12", other: "{@summary}表!C16", expected: "0.00", actual: "12.00", difference: "12.00" } },
  },
  [
    { left: "income:total:total", right: ["summary:in.total:amount"], what: "{@income} 本年收入合计应等于{@summary} 本年收入合计", mode: "exact" },
    { left: "income:total:fiscal", right: ["summary:in.gpb:amount", "summary:in.fund:amount", "summary:in.capital:amount"], what: "{@income} 财政拨款收入应等于{@summary} 三项财政拨款收入之和" },
    { left: "income:total:superior", right: ["summary:in.superior:amount"], what: "{@income} 上级补助收入应等于{@summary}", mode: "exact" },
    { left: "income:total:business", right: ["summary:in.business:amount"], what: "{@income} 事业收入应等于{@summary}", mode: "exact" },
    { left: "income:total:operating", right: ["summary:in.operating:amount"], what: "{@income} 经营收入应等于{@summary}", mode: "exact" },
    { left: "income:total:affiliated", right: ["summary:in.affiliated:amount"], what: "{@income} 附属单位上缴收入应等于{@summary}", mode: "exact" },
    { left: "income:total:other", right: ["summary:in.other:amount"], what: "{@income} 其他收入应等于{@summary}", mode: "exact" },
  ],
);
