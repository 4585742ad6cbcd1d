// 附表15 against 公开03 (domain.md §4, a warning): when every project is self-evaluated, the projects'
// 全年执行数 add up to the department's 项目支出. Departments may evaluate only some projects, hence a warning.
import { Field, projectScorecards, publicTable } from "../../tables/model";
import { get, plus } from "../helpers";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "cross.scorecards",
    severity: "warning",
    tables: ["project-scorecard", "expenditure"],
    description: "全部项目均已自评时，各项目支出绩效自评表的全年执行数之和等于支出决算表的项目支出合计（部门可能只自评部分项目，故为提示）",
    tolerance: "interval",
    messages: {
      sum: "{@expenditure} 项目支出合计 {cell} 为 {actual}，{count} 张项目支出绩效自评表的全年执行数之和为 {expected}，相差 {difference}（全部项目均已自评时两者应相等）",
    },
    messagesEn: {
      sum: "{@expenditure} project spending {cell} is {actual}; the {count} project scorecards' executed amounts add up to {expected}, a difference of {difference} (equal when every project is self-evaluated)",
    },
    example: { data: { cell: "E7", count: "20", expected: "6,809.22", actual: "6,799.22", difference: "-10.00" }, allowed: "0.105" },
  },
  check({ workbook }, report) {
    const total = get(publicTable(workbook, "expenditure"), "total", "project");
    const executed = projectScorecards(workbook)
      .map((c) => c.funds.find((f) => f.key === "total")?.executed)
      .filter((f): f is Field => !!f);
    if (!total || executed.length === 0 || !report.numbers("project-scorecard", executed)) return;
    report.sum({ table: "expenditure", messageId: "sum", data: { cell: total.ref, count: String(executed.length) }, total, parts: executed.map(plus) });
  },
};

export default rule;
