// The same income in several tables (domain.md §4): 公开01 ↔ 公开02 ↔ 公开04 ↔ 公开05/08/09.
import { Rule } from "../rule";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, CrossIdentity, reportCross } from "../cross-identities";

const IDENTITIES: CrossIdentity[] = [
  { left: "公开01:in.gpb:amount", right: ["公开04:in.gpb:amount"], what: "公开01 一般公共预算财政拨款收入应与公开04 一致", mode: "exact" },
  { left: "公开01:in.fund:amount", right: ["公开04:in.fund:amount"], what: "公开01 政府性基金预算财政拨款收入应与公开04 一致", mode: "exact" },
  { left: "公开01:in.capital:amount", right: ["公开04:in.capital:amount"], what: "公开01 国有资本经营预算财政拨款收入应与公开04 一致", mode: "exact" },
  { left: "公开05:total:c4", right: ["公开04:in.gpb:amount"], what: "公开05 本年收入合计应等于公开04 一般公共预算财政拨款收入", mode: "exact" },
  { left: "公开08:total:c4", right: ["公开04:in.fund:amount"], what: "公开08 本年收入合计应等于公开04 政府性基金预算财政拨款收入", mode: "exact" },
  { left: "公开09:total:c4", right: ["公开04:in.capital:amount"], what: "公开09 本年收入应等于公开04 国有资本经营预算财政拨款收入", mode: "exact" },
  { left: "公开02:total:total", right: ["公开01:in.total:amount"], what: "公开02 本年收入合计应等于公开01 本年收入合计", mode: "exact" },
  { left: "公开02:total:fiscal", right: ["公开01:in.gpb:amount", "公开01:in.fund:amount", "公开01:in.capital:amount"], what: "公开02 财政拨款收入应等于公开01 三项财政拨款收入之和" },
  { left: "公开02:total:fiscal", right: ["公开04:in.total:amount"], what: "公开02 财政拨款收入应等于公开04 本年收入合计", mode: "exact" },
  { left: "公开02:total:superior", right: ["公开01:in.superior:amount"], what: "公开02 上级补助收入应等于公开01", mode: "exact" },
  { left: "公开02:total:business", right: ["公开01:in.business:amount"], what: "公开02 事业收入应等于公开01", mode: "exact" },
  { left: "公开02:total:operating", right: ["公开01:in.operating:amount"], what: "公开02 经营收入应等于公开01", mode: "exact" },
  { left: "公开02:total:affiliated", right: ["公开01:in.affiliated:amount"], what: "公开02 附属单位上缴收入应等于公开01", mode: "exact" },
  { left: "公开02:total:other", right: ["公开01:in.other:amount"], what: "公开02 其他收入应等于公开01", mode: "exact" },
  { left: "公开04:in.carry.gpb:amount", right: ["公开05:total:c1"], what: "公开04 年初一般公共预算财政拨款结转和结余应等于公开05 年初结转和结余", mode: "exact" },
  { left: "公开04:out.carry:gpb", right: ["公开05:total:c12"], what: "公开04 年末一般公共预算财政拨款结转和结余应等于公开05 年末结转和结余", mode: "exact" },
  { left: "公开04:in.carry.fund:amount", right: ["公开08:total:c1"], what: "公开04 年初政府性基金结转和结余应等于公开08", mode: "exact" },
  { left: "公开04:out.carry:fund", right: ["公开08:total:c12"], what: "公开04 年末政府性基金结转和结余应等于公开08", mode: "exact" },
  { left: "公开04:in.carry.capital:amount", right: ["公开09:total:c1"], what: "公开04 年初国有资本经营结转和结余应等于公开09", mode: "exact" },
  { left: "公开04:out.carry:capital", right: ["公开09:total:c6"], what: "公开04 年末国有资本经营结转和结余应等于公开09", mode: "exact" },
];

const rule: Rule = {
  meta: {
    id: "cross.income",
    severity: "error",
    tables: ["公开01", "公开02", "公开04", "公开05", "公开08", "公开09"],
    description: "收入与结转结余在公开01、02、04、05、08、09 之间一致",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
  },
  check({ workbook }, report) {
    for (const id of IDENTITIES) reportCross(workbook, report, id);
  },
};

export default rule;
