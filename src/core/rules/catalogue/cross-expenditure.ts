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
    table: table.id,
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
    tables: ["公开01", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"],
    description: "支出在公开01、03、04、05、06、07 之间一致；公开04 各类不超过公开01，公开05 各科目不超过公开03",
    tolerance: "interval",
    messages: { ...CROSS_MESSAGES, missing: "公开01 {label}为 {amount}，但公开03 没有 {code} 类的科目", bound: "{what}：{cell} 为 {actual}，超过 {other} 的 {expected}，超出 {difference}" },
    messagesEn: { ...CROSS_MESSAGES_EN, missing: "公开01 {label} is {amount} but 公开03 lists no code of class {code}", bound: "{what}: {cell} is {actual}, more than {expected} in {other} by {difference}" },
  },
  check({ workbook }, report) {
    const p01 = publicTable(workbook, "公开01");
    const p03 = publicTable(workbook, "公开03");
    const p04 = publicTable(workbook, "公开04");
    const p05 = publicTable(workbook, "公开05");
    const p06 = publicTable(workbook, "公开06");
    const p07 = publicTable(workbook, "公开07");
    const p08 = publicTable(workbook, "公开08");
    const p09 = publicTable(workbook, "公开09");

    reportCross(workbook, report, { left: "公开01:out.total:amount", right: ["公开03:total:total"], what: "公开01 本年支出合计应等于公开03 合计", mode: "exact" });
    if (p01 && p03) {
      for (const r of classRows(p01)) {
        const left = r.cells.amount;
        const right = prefixSum(p03, r.code ?? "", "total");
        if (left && right) compare(report, p01, left, right, `公开01 ${r.label}应等于公开03 ${r.code} 类各科目之和`);
        else if (left && left.num.value && !left.num.value.isZero()) {
          report.issue({ table: "公开01", messageId: "missing", data: { label: r.label, code: r.code ?? "", amount: shownText(left) }, cell: left.ref });
        }
      }
    }
    if (p04) {
      const funds: [string, PublicTable | undefined, string][] = [["gpb", p05, "c7"], ["fund", p08, "c7"], ["capital", p09, "c5"]];
      for (const r of classRows(p04)) {
        for (const [col, source, sourceCol] of funds) {
          const left = r.cells[col];
          if (!left || !source) continue;
          const right = prefixSum(source, r.code ?? "", sourceCol);
          if (right) compare(report, p04, left, right, `公开04 ${r.label}（${col === "gpb" ? "一般公共预算" : col === "fund" ? "政府性基金" : "国有资本经营"}）应等于${source.id} ${r.code} 类各科目本年支出之和`);
        }
        // A part never exceeds its whole: 财政拨款 spending of a 类 ≤ all spending of that 类.
        const whole = p01 && classRows(p01).find((x) => x.code === r.code)?.cells.amount;
        const part = r.cells.total;
        if (whole && part && p01) report.bound({ table: "公开04", messageId: "bound", data: { what: `公开04 ${r.label}不应超过公开01 同类支出`, cell: part.ref, other: "公开01" }, left: part, op: "<=", right: whole });
      }
      const inTotal = get(p04, "in.total", "amount");
      const whole = get(p01, "in.total", "amount");
      if (inTotal && whole) report.bound({ table: "公开04", messageId: "bound", data: { what: "公开04 财政拨款收入不应超过公开01 本年收入合计", cell: inTotal.ref, other: "公开01" }, left: inTotal, op: "<=", right: whole });
    }
    if (p05 && p03) {
      const byCode = new Map(p03.rows.filter((r) => r.code).map((r) => [r.code, r]));
      for (const r of p05.rows) {
        const other = r.code ? byCode.get(r.code) : undefined;
        if (!other) continue;
        for (const [mine, theirs, label] of [["c7", "total", "本年支出合计"], ["c8", "basic", "基本支出"], ["c11", "project", "项目支出"]] as const) {
          const left = r.cells[mine];
          const right = other.cells[theirs];
          if (left && right) report.bound({ table: "公开05", messageId: "bound", data: { what: `公开05 ${r.code} ${label}不应超过公开03`, cell: left.ref, other: right.ref }, left, op: "<=", right });
        }
      }
    }
    if (p05 && p06) {
      const personnel = get(p06, "personnel.total", "amount");
      const pub = get(p06, "public.total", "amount");
      const basic = get(p05, "total", "c8");
      if (basic && personnel && pub) report.sum({ table: "公开05", messageId: "cross", data: { what: "公开05 基本支出应等于公开06 人员经费合计 + 公用经费合计", cell: basic.ref, other: `公开06` }, total: basic, parts: [plus(personnel), plus(pub)] });
      reportCross(workbook, report, { left: "公开05:total:c9", right: ["公开06:personnel.total:amount"], what: "公开05 人员经费应等于公开06 人员经费合计", mode: "exact" });
      reportCross(workbook, report, { left: "公开05:total:c10", right: ["公开06:public.total:amount"], what: "公开05 公用经费应等于公开06 公用经费合计", mode: "exact" });
    }
    if (p05 && p07) {
      const project = get(p05, "total", "c11");
      const own = get(p07, "total", "amount");
      const classes = [...economicClassTotals(p07).values()];
      const right = own ?? computedSum(classes, "公开07 各类之和");
      if (project && right) compare(report, p05, project, right, "公开05 项目支出应等于公开07 项目支出合计");
    }
  },
};

export default rule;
