// The two “三公” tables item by item (domain.md §4): the 一般公共预算 one is part of the 财政拨款 one, and equal to it
// when the department has no 政府性基金 or 国有资本经营 money (their tables empty or absent).
import { publicTable } from "../../tables/model";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, ABOVE_MESSAGES, ABOVE_MESSAGES_EN } from "../cross-identities";
import { get, plus } from "../helpers";
import { Rule } from "../rule";

/** The amount lines of the “三公” tables. */
export const AMOUNT_ROWS = ["total", "abroad", "car", "car.purchase", "car.operation", "reception", "reception.domestic", "reception.abroad"];
/** Their amount columns: 预算数, 全年预算数, 决算数. */
const COLS = ["budget", "full", "final"];

const rule: Rule = {
  meta: {
    id: "cross.three-public-tables",
    severity: "error",
    tables: ["three-public", "three-public-gpb"],
    description: "一般公共预算财政拨款“三公”经费表各项（预算数、全年预算数、决算数）不超过财政拨款“三公”经费表的同项；部门没有政府性基金和国有资本经营预算拨款时两表逐项相等",
    tolerance: "interval",
    messages: { cross: CROSS_MESSAGES.cross, bound: ABOVE_MESSAGES.bound },
    messagesEn: { cross: CROSS_MESSAGES_EN.cross, bound: ABOVE_MESSAGES_EN.bound },
    example: { data: { what: "无政府性基金和国有资本经营预算拨款时，{@three-public-gpb} 公务接待费应等于{@three-public}", cell: "D12", other: "{@three-public}表!D12", expected: "7.99", actual: "8.99", difference: "1.00" } },
  },
  check({ workbook }, report) {
    const all = publicTable(workbook, "three-public");
    const gpb = publicTable(workbook, "three-public-gpb");
    if (!all || !gpb) return;
    const otherFunds = [publicTable(workbook, "fund"), publicTable(workbook, "capital")].some((t) => t && !t.empty);
    for (const row of AMOUNT_ROWS) {
      for (const col of COLS) {
        const a = get(all, row, col);
        const b = get(gpb, row, col);
        if (!a || !b) continue;
        const label = all.rows.find((r) => r.key === row)?.label ?? row;
        if (otherFunds) report.bound({ table: "three-public-gpb", messageId: "bound", data: { what: `{@three-public-gpb} ${label}不应超过{@three-public}`, cell: b.ref }, left: b, op: "<=", right: a });
        else report.sum({ table: "three-public-gpb", messageId: "cross", data: { what: `无政府性基金和国有资本经营预算拨款时，{@three-public-gpb} ${label}应等于{@three-public}`, cell: b.ref, other: a.ref }, total: b, parts: [plus(a)], mode: "exact" });
      }
    }
  },
};

export default rule;
