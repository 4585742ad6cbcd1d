// 收入决算表: 其中：教育收费 is part of 事业收入, never more, on every row.
import { isPublicTable } from "../../tables/model";
import { get } from "../helpers";
import { Rule } from "../rule";
import { rowName } from "./code-table-rows";

const rule: Rule = {
  meta: {
    id: "bound.tuition-within-business",
    severity: "error",
    tables: ["income"],
    description: "收入决算表每一行：“其中：教育收费”不超过事业收入",
    tolerance: "interval",
    messages: { bound: "{what}：教育收费 {cell} 为 {actual}，超过事业收入 {other} 的 {expected}，超出 {difference}" },
    messagesEn: { bound: "{what}: tuition {cell} is {actual}, more than the operating income {other} of {expected} by {difference}" },
    example: { messageId: "bound", data: { what: "2050305 高等职业教育", cell: "G9", other: "F9", expected: "120.00", actual: "150.00", difference: "30.00" }, allowed: "0.01" },
  },
  check({ workbook }, report) {
    for (const t of workbook.tables) {
      if (t.kind !== "income" || !isPublicTable(t)) continue;
      for (const row of t.rows) {
        const tuition = get(t, row.key, "business.tuition");
        const business = get(t, row.key, "business");
        if (!tuition || !business || !tuition.num.value?.gt(0)) continue;
        report.bound({ table: "income", messageId: "bound", data: { what: rowName(row), cell: tuition.ref, other: business.ref }, left: tuition, op: "<=", right: business });
      }
    }
  },
};

export default rule;
