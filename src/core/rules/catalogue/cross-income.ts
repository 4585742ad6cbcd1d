// The same income in several tables (domain.md §4): 公开01 ↔ 公开02 ↔ 公开04 ↔ 公开05/08/09.
import { Rule } from "../rule";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, CrossIdentity, reportCross } from "../cross-identities";

const IDENTITIES: CrossIdentity[] = [
  { left: "summary:in.gpb:amount", right: ["fiscal-summary:in.gpb:amount"], what: "{@summary} 一般公共预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
  { left: "summary:in.fund:amount", right: ["fiscal-summary:in.fund:amount"], what: "{@summary} 政府性基金预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
  { left: "summary:in.capital:amount", right: ["fiscal-summary:in.capital:amount"], what: "{@summary} 国有资本经营预算财政拨款收入应与{@fiscal-summary} 一致", mode: "exact" },
  { left: "gpb:total:income.total", right: ["fiscal-summary:in.gpb:amount"], what: "{@gpb} 本年收入合计应等于{@fiscal-summary} 一般公共预算财政拨款收入", mode: "exact" },
  { left: "fund:total:income.total", right: ["fiscal-summary:in.fund:amount"], what: "{@fund} 本年收入合计应等于{@fiscal-summary} 政府性基金预算财政拨款收入", mode: "exact" },
  { left: "capital:total:income.total", right: ["fiscal-summary:in.capital:amount"], what: "{@capital} 本年收入应等于{@fiscal-summary} 国有资本经营预算财政拨款收入", mode: "exact" },
  { left: "income:total:total", right: ["summary:in.total:amount"], what: "{@income} 本年收入合计应等于{@summary} 本年收入合计", mode: "exact" },
  { left: "income:total:fiscal", right: ["summary:in.gpb:amount", "summary:in.fund:amount", "summary:in.capital:amount"], what: "{@income} 财政拨款收入应等于{@summary} 三项财政拨款收入之和" },
  { left: "income:total:fiscal", right: ["fiscal-summary:in.total:amount"], what: "{@income} 财政拨款收入应等于{@fiscal-summary} 本年收入合计", mode: "exact" },
  { left: "income:total:superior", right: ["summary:in.superior:amount"], what: "{@income} 上级补助收入应等于{@summary}", mode: "exact" },
  { left: "income:total:business", right: ["summary:in.business:amount"], what: "{@income} 事业收入应等于{@summary}", mode: "exact" },
  { left: "income:total:operating", right: ["summary:in.operating:amount"], what: "{@income} 经营收入应等于{@summary}", mode: "exact" },
  { left: "income:total:affiliated", right: ["summary:in.affiliated:amount"], what: "{@income} 附属单位上缴收入应等于{@summary}", mode: "exact" },
  { left: "income:total:other", right: ["summary:in.other:amount"], what: "{@income} 其他收入应等于{@summary}", mode: "exact" },
  { left: "fiscal-summary:in.carry.gpb:amount", right: ["gpb:total:carry.in.total"], what: "{@fiscal-summary} 年初一般公共预算财政拨款结转和结余应等于{@gpb} 年初结转和结余", mode: "exact" },
  { left: "fiscal-summary:out.carry:gpb", right: ["gpb:total:carry.out.total"], what: "{@fiscal-summary} 年末一般公共预算财政拨款结转和结余应等于{@gpb} 年末结转和结余", mode: "exact" },
  { left: "fiscal-summary:in.carry.fund:amount", right: ["fund:total:carry.in.total"], what: "{@fiscal-summary} 年初政府性基金结转和结余应等于{@fund}", mode: "exact" },
  { left: "fiscal-summary:out.carry:fund", right: ["fund:total:carry.out.total"], what: "{@fiscal-summary} 年末政府性基金结转和结余应等于{@fund}", mode: "exact" },
  { left: "fiscal-summary:in.carry.capital:amount", right: ["capital:total:carry.in.total"], what: "{@fiscal-summary} 年初国有资本经营结转和结余应等于{@capital}", mode: "exact" },
  { left: "fiscal-summary:out.carry:capital", right: ["capital:total:carry.out.total"], what: "{@fiscal-summary} 年末国有资本经营结转和结余应等于{@capital}", mode: "exact" },
];

const rule: Rule = {
  meta: {
    id: "cross.income",
    severity: "error",
    tables: ["summary", "income", "fiscal-summary", "gpb", "fund", "capital"],
    description: "收入与结转结余在收入支出决算总表、收入决算表、财政拨款收入支出决算总表与一般公共预算/政府性基金/国有资本经营财政拨款表之间一致",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
  },
  check({ workbook }, report) {
    for (const id of IDENTITIES) reportCross(workbook, report, id);
  },
};

export default rule;
