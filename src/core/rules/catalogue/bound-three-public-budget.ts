// “三公”经费 spent beyond the year's full budget (决算数 > 全年预算数) is worth a look, not an error of arithmetic.
import { publicTable } from "../../tables/model";
import { get } from "../helpers";
import { ABOVE_MESSAGES, ABOVE_MESSAGES_EN } from "../cross-identities";
import { Rule } from "../rule";
import { AMOUNT_ROWS } from "./cross-three-public-tables";

const rule: Rule = {
  meta: {
    id: "bound.three-public-budget",
    severity: "warning",
    tables: [["three-public", "three-public-gpb"]],
    description: "“三公”经费各项决算数不超过全年预算数（超预算为提示；只在列有全年预算数的表上检查）",
    tolerance: "interval",
    messages: ABOVE_MESSAGES,
    messagesEn: ABOVE_MESSAGES_EN,
    example: { data: { what: "公务接待费决算数超过全年预算数（超预算）", cell: "D12", expected: "7.99", actual: "8.99", difference: "1.00" }, allowed: "0.01" },
  },
  check({ workbook }, report) {
    for (const t of [publicTable(workbook, "three-public"), publicTable(workbook, "three-public-gpb")]) {
      if (!t) continue;
      for (const row of AMOUNT_ROWS) {
        const final = get(t, row, "final");
        const full = get(t, row, "full");
        if (!final || !full || full.num.kind !== "number") continue;
        const label = t.rows.find((r) => r.key === row)?.label ?? row;
        report.bound({ table: t.kind, messageId: "bound", data: { what: `${label}决算数超过全年预算数（超预算）`, cell: final.ref }, left: final, op: "<=", right: full });
      }
    }
  },
};

export default rule;
