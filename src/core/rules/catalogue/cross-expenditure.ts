// Expenditure across tables: 公开01 ↔ 公开03 by 功能类, 公开04 ↔ 公开05/08/09 by 功能类 and fund,
// 公开05 基本/项目支出 ↔ 公开06/07, and the inequalities that must hold (公开04 ≤ 公开01, 公开05 ≤ 公开03).
import { publicTable, PublicTable } from "../../tables/model";
import { computedSum, economicClassTotals, get, plus } from "../helpers";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, prefixSum, reportCross } from "../cross-identities";
import { shownText } from "../messages";
import { Reporter, Rule } from "../rule";
import { Field } from "../../tables/model";

function classRows(t: PublicTable) {
  return t.rows.filter((r) => r.key.startsWith("out.") && r.code);
}

function compare(report: Reporter, table: PublicTable, left: Field, right: Field, what: string, mode?: "exact"): void {
  report.sum({
    table: table.kind,
    messageId: "cross",
    data: { what, cell: left.ref, other: right.sources ? right.text : right.ref },
    total: left,
    parts: [plus(right)],
    mode,
  });
}

const rule: Rule = {
  meta: {
    id: "cross.expenditure",
    severity: "error",
    tables: ["summary", "expenditure", "fiscal-summary", "gpb", "gpb-basic", "gpb-project", "fund", "capital"],
    description: "支出在收入支出决算总表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出表及其基本支出、项目支出表之间一致；财政拨款各类支出不超过同类全部支出，一般公共预算各科目不超过支出决算表",
    tolerance: "interval",
    messages: { ...CROSS_MESSAGES, missing: "{@summary} {label}为 {amount}，但{@expenditure} 没有 {code} 类的科目", bound: "{what}：{cell} 为 {actual}，超过 {other} 的 {expected}，超出 {difference}" },
    messagesEn: { ...CROSS_MESSAGES_EN, missing: "{@summary} {label} is {amount} but {@expenditure} lists no code of class {code}", bound: "{what}: {cell} is {actual}, more than {expected} in {other} by {difference}" },
  },
  check({ workbook }, report) {
    const p01 = publicTable(workbook, "summary");
    const p03 = publicTable(workbook, "expenditure");
    const p04 = publicTable(workbook, "fiscal-summary");
    const p05 = publicTable(workbook, "gpb");
    const p06 = publicTable(workbook, "gpb-basic");
    const p07 = publicTable(workbook, "gpb-project");
    const p08 = publicTable(workbook, "fund");
    const p09 = publicTable(workbook, "capital");

    reportCross(workbook, report, { left: "summary:out.total:amount", right: ["expenditure:total:total"], what: "{@summary} 本年支出合计应等于{@expenditure} 合计", mode: "exact" });
    if (p01 && p03) {
      for (const r of classRows(p01)) {
        const left = r.cells.amount;
        const right = prefixSum(p03, r.code ?? "", "total");
        if (left && right) compare(report, p01, left, right, `{@summary} ${r.label}应等于{@expenditure} ${r.code} 类各科目之和`);
        else if (left && left.num.value && !left.num.value.isZero()) {
          report.issue({ table: "summary", messageId: "missing", data: { label: r.label, code: r.code ?? "", amount: shownText(left) }, cell: left.ref });
        }
      }
    }
    if (p04) {
      const funds: [string, PublicTable | undefined, string][] = [["gpb", p05, "out.total"], ["fund", p08, "out.total"], ["capital", p09, "out.total"]];
      for (const r of classRows(p04)) {
        for (const [col, source, sourceCol] of funds) {
          const left = r.cells[col];
          if (!left || !source) continue;
          const right = prefixSum(source, r.code ?? "", sourceCol);
          if (right) compare(report, p04, left, right, `{@fiscal-summary} ${r.label}（${col === "gpb" ? "一般公共预算" : col === "fund" ? "政府性基金" : "国有资本经营"}）应等于${source.id} ${r.code} 类各科目本年支出之和`);
        }
        // A part never exceeds its whole: 财政拨款 spending of a 类 ≤ all spending of that 类.
        const whole = p01 && classRows(p01).find((x) => x.code === r.code)?.cells.amount;
        const part = r.cells.total;
        if (whole && part && p01) report.bound({ table: "fiscal-summary", messageId: "bound", data: { what: `{@fiscal-summary} ${r.label}不应超过{@summary} 同类支出`, cell: part.ref, other: "{@summary}" }, left: part, op: "<=", right: whole });
      }
      const inTotal = get(p04, "in.total", "amount");
      const whole = get(p01, "in.total", "amount");
      if (inTotal && whole) report.bound({ table: "fiscal-summary", messageId: "bound", data: { what: "{@fiscal-summary} 财政拨款收入不应超过{@summary} 本年收入合计", cell: inTotal.ref, other: "{@summary}" }, left: inTotal, op: "<=", right: whole });
    }
    if (p05 && p03) {
      const byCode = new Map(p03.rows.filter((r) => r.code).map((r) => [r.code, r]));
      for (const r of p05.rows) {
        const other = r.code ? byCode.get(r.code) : undefined;
        if (!other) continue;
        for (const [mine, theirs, label] of [["out.total", "total", "本年支出合计"], ["out.basic", "basic", "基本支出"], ["out.project", "project", "项目支出"]] as const) {
          const left = r.cells[mine];
          const right = other.cells[theirs];
          if (left && right) report.bound({ table: "gpb", messageId: "bound", data: { what: `{@gpb} ${r.code} ${label}不应超过{@expenditure}`, cell: left.ref, other: right.ref }, left, op: "<=", right });
        }
      }
    }
    if (p05 && p06) {
      const personnel = get(p06, "personnel.total", "amount");
      const pub = get(p06, "public.total", "amount");
      const basic = get(p05, "total", "out.basic");
      if (basic && personnel && pub) report.sum({ table: "gpb", messageId: "cross", data: { what: "{@gpb} 基本支出应等于{@gpb-basic} 人员经费合计 + 公用经费合计", cell: basic.ref, other: `{@gpb-basic}` }, total: basic, parts: [plus(personnel), plus(pub)] });
      reportCross(workbook, report, { left: "gpb:total:out.personnel", right: ["gpb-basic:personnel.total:amount"], what: "{@gpb} 人员经费应等于{@gpb-basic} 人员经费合计", mode: "exact" });
      reportCross(workbook, report, { left: "gpb:total:out.public", right: ["gpb-basic:public.total:amount"], what: "{@gpb} 公用经费应等于{@gpb-basic} 公用经费合计", mode: "exact" });
    }
    if (p05 && p07) {
      const project = get(p05, "total", "out.project");
      const own = get(p07, "total", "amount");
      const classes = [...economicClassTotals(p07).values()];
      const right = own ?? computedSum(classes, "{@gpb-project} 各类之和");
      if (project && right) compare(report, p05, project, right, "{@gpb} 项目支出应等于{@gpb-project} 项目支出合计");
    }
  },
};

export default rule;
