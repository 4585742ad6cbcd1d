// 机关运行经费 is paid out of 公用经费: it is at most the 基本支出 table's 公用经费合计 (a warning).
import { publicTable } from "../../tables/model";
import { get } from "../helpers";
import { ABOVE_MESSAGES, ABOVE_MESSAGES_EN } from "../cross-identities";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "bound.opex-within-public",
    severity: "warning",
    tables: ["three-public", "gpb-basic"],
    description: "机关运行经费决算数不超过一般公共预算财政拨款基本支出表的公用经费合计",
    tolerance: "interval",
    messages: ABOVE_MESSAGES,
    messagesEn: ABOVE_MESSAGES_EN,
    example: { data: { what: "机关运行经费不应超过{@gpb-basic} 公用经费合计", cell: "D22", expected: "694.12", actual: "738.67", difference: "44.55" }, allowed: "0.01" },
  },
  check({ workbook }, report) {
    const opex = get(publicTable(workbook, "three-public"), "opex", "final");
    const pub = get(publicTable(workbook, "gpb-basic"), "public.total", "amount");
    if (opex && pub) report.bound({ table: "three-public", messageId: "bound", data: { what: "机关运行经费不应超过{@gpb-basic} 公用经费合计", cell: opex.ref }, left: opex, op: "<=", right: pub });
  },
};

export default rule;
