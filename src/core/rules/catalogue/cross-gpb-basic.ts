// 一般公共预算财政拨款 基本支出 ↔ the 基本支出 table by 经济分类: 基本支出 = 人员经费合计 + 公用经费合计, and each of
// the two as the economic table totals it.
import { publicTable } from "../../tables/model";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, reportCross } from "../cross-identities";
import { get, plus } from "../helpers";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "cross.gpb-basic",
    severity: "error",
    tables: ["gpb", "gpb-basic"],
    description: "一般公共预算财政拨款支出表的基本支出合计等于基本支出表（经济分类）的人员经费合计 + 公用经费合计；其中人员经费、公用经费分别与基本支出表的人员经费合计、公用经费合计一致",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
    example: { data: { what: "{@gpb} 公用经费应等于{@gpb-basic} 公用经费合计", cell: "{@gpb}表!M14", other: "I44", expected: "694.12", actual: "347.06", difference: "-347.06" } },
  },
  check({ workbook }, report) {
    const gpb = publicTable(workbook, "gpb");
    const basicTable = publicTable(workbook, "gpb-basic");
    if (!gpb || !basicTable) return;
    const personnel = get(basicTable, "personnel.total", "amount");
    const pub = get(basicTable, "public.total", "amount");
    const basic = get(gpb, "total", "out.basic");
    if (basic && personnel && pub) report.sum({ table: "gpb", messageId: "cross", data: { what: "{@gpb} 基本支出应等于{@gpb-basic} 人员经费合计 + 公用经费合计", cell: basic.ref, other: `{@gpb-basic}` }, total: basic, parts: [plus(personnel), plus(pub)] });
    reportCross(workbook, report, { left: "gpb:total:out.personnel", right: ["gpb-basic:personnel.total:amount"], what: "{@gpb} 人员经费应等于{@gpb-basic} 人员经费合计", mode: "exact" });
    reportCross(workbook, report, { left: "gpb:total:out.public", right: ["gpb-basic:public.total:amount"], what: "{@gpb} 公用经费应等于{@gpb-basic} 公用经费合计", mode: "exact" });
  },
};

export default rule;
