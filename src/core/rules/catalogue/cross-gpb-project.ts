// 一般公共预算财政拨款 项目支出 ↔ the 项目支出 table by 经济分类: its 合计, or the sum of its 类 where it has no 合计 row.
import { publicTable } from "../../tables/model";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, reportPair } from "../cross-identities";
import { computedSum, economicClassTotals, get } from "../helpers";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "cross.gpb-project",
    severity: "error",
    tables: ["gpb", "gpb-project"],
    description: "一般公共预算财政拨款支出表的项目支出合计等于项目支出表（经济分类）的合计（无合计行时为各类之和）",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
    example: { data: { what: "{@gpb} 项目支出应等于{@gpb-project} 项目支出合计", cell: "N14", other: "{@gpb-project}表!C7", expected: "6,781.43", actual: "6,881.43", difference: "100.00" }, allowed: "0.01" },
  },
  check({ workbook }, report) {
    const gpb = publicTable(workbook, "gpb");
    const projectTable = publicTable(workbook, "gpb-project");
    if (!gpb || !projectTable) return;
    const project = get(gpb, "total", "out.project");
    const own = get(projectTable, "total", "amount");
    const right = own ?? computedSum([...economicClassTotals(projectTable).values()], "{@gpb-project} 各类之和");
    if (project && right) reportPair(report, "gpb", project, right, "{@gpb} 项目支出应等于{@gpb-project} 项目支出合计");
  },
};

export default rule;
