// A part never exceeds its whole: 财政拨款 spending of a 功能分类 类 is at most the department's whole spending
// of that 类, and 财政拨款收入 at most its 本年收入合计 (财政拨款收入支出决算总表 against 收入支出决算总表).
import { publicTable } from "../../tables/model";
import { classRows, BOUND_MESSAGES, BOUND_MESSAGES_EN } from "../cross-identities";
import { get } from "../helpers";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "bound.fiscal-within-summary",
    severity: "error",
    tables: ["fiscal-summary", "summary"],
    description: "财政拨款收入支出决算总表各功能分类类级支出合计不超过收入支出决算总表同类支出；财政拨款收入合计不超过收入支出决算总表本年收入合计",
    tolerance: "interval",
    messages: BOUND_MESSAGES,
    messagesEn: BOUND_MESSAGES_EN,
    example: {
      data: { what: "{@fiscal-summary} 八、社会保障和就业支出不应超过{@summary} 同类支出", cell: "E18", other: "{@summary}", expected: "1,036.73", actual: "1,136.73", difference: "100.00" },
      allowed: "0.01",
    },
  },
  check({ workbook }, report) {
    const fiscal = publicTable(workbook, "fiscal-summary");
    const summary = publicTable(workbook, "summary");
    if (!fiscal || !summary) return;
    for (const r of classRows(fiscal)) {
      const whole = classRows(summary).find((x) => x.code === r.code)?.cells.amount;
      const part = r.cells.total;
      if (whole && part) report.bound({ table: "fiscal-summary", messageId: "bound", data: { what: `{@fiscal-summary} ${r.label}不应超过{@summary} 同类支出`, cell: part.ref, other: "{@summary}" }, left: part, op: "<=", right: whole });
    }
    const inTotal = get(fiscal, "in.total", "amount");
    const whole = get(summary, "in.total", "amount");
    if (inTotal && whole) report.bound({ table: "fiscal-summary", messageId: "bound", data: { what: "{@fiscal-summary} 财政拨款收入不应超过{@summary} 本年收入合计", cell: inTotal.ref, other: "{@summary}" }, left: inTotal, op: "<=", right: whole });
  },
};

export default rule;
