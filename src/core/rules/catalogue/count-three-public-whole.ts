// The counts of the “三公” table (团组, 人次, 辆, 批次) are whole numbers.
import { publicTable } from "../../tables/model";
import { shownText } from "../messages";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "count.three-public-whole",
    severity: "error",
    tables: ["three-public"],
    description: "财政拨款“三公”经费情况表中的统计数（出国团组数、人次、公务用车购置数和保有量、接待批次、人次等）为整数",
    tolerance: "none",
    messages: { whole: "{label}应为整数，实为 {value}" },
    messagesEn: { whole: "{label} should be a whole number, is {value}" },
    example: { data: { label: "国内公务接待人次（人）", value: "12.5" } },
  },
  check({ workbook }, report) {
    const t = publicTable(workbook, "three-public");
    if (!t) return;
    for (const r of t.rows.filter((x) => x.key.startsWith("n."))) {
      const f = r.cells.final;
      if (f?.num.value && !f.num.value.isInteger()) report.issue({ table: "three-public", messageId: "whole", data: { label: r.label, value: shownText(f) }, cell: f.ref });
    }
  },
};

export default rule;
