// What disclosure inspections check before any arithmetic (domain.md §6): the required tables are there, an
// empty table says why, every table names the same 部门 and year and uses 万元, every code has its name.
import { cellRef } from "../../grid/address";
import { isPublicTable, KIND_ORDER, publicTable } from "../../tables/model";
import { KIND_NAMES } from "../../packs/identify";
import { packById } from "../../packs/index";
import { EMPTY_NOTE } from "../../packs/titles";
import { shownText } from "../messages";
import { Rule } from "../rule";

/** A note that says the table is empty ("…为空表", "本部门2023年度无政府性基金预算财政拨款收入"). */
const SAYS_EMPTY = /空表|本(部门|单位)[^。]*年度?无[^。]*(收入|支出|资金|拨款)/;

const rule: Rule = {
  meta: {
    id: "completeness",
    severity: "error",
    tables: [KIND_ORDER],
    description: "模板要求公开的表齐全；空表（如无政府性基金、国有资本经营预算拨款）附有说明，且财政拨款收入支出决算总表中该项资金为 0，有数的表不说自己是空表；各表部门名称、年度一致；金额单位为万元；支出决算表和一般公共预算财政拨款支出表的科目编码有科目名称",
    tolerance: "none",
    messages: {
      missingTable: "缺少{table}（{title}）",
      emptyNoNote: "{table}为空表，但没有说明为何为空（如“本部门{year}年度无…，本表为空表”）",
      emptyButFunds: "{table}为空表，但{@fiscal-summary} 中{fund}为 {amount}",
      notEmpty: "{table}有数（如 {figure}），但注中说明为空表：“{note}”",
      department: "部门名称“{name}”与{firstTable}的“{first}”不一致",
      year: "年度 {year} 与{firstTable}的 {first} 不一致",
      unit: "金额单位为“{unit}”，公开表应以万元为单位",
      noName: "科目编码 {code} 没有科目名称",
    },
    messagesEn: {
      missingTable: "{table} ({title}) is missing",
      emptyNoNote: "{table} is empty but carries no note saying why (year {year})",
      emptyButFunds: "{table} is empty but {@fiscal-summary} shows {fund} of {amount}",
      notEmpty: "{table} has figures (such as {figure}) but its note says it is empty: \"{note}\"",
      department: "Department name \"{name}\" differs from \"{first}\" in {firstTable}",
      year: "Year {year} differs from {first} in {firstTable}",
      unit: "Unit is \"{unit}\"; the disclosure tables use 万元",
      noName: "Code {code} has no name",
    },
    example: { messageId: "emptyNoNote", data: { table: "{@fund}", year: "2023" } },
  },
  check({ workbook }, report) {
    const tables = workbook.tables;
    if (tables.length === 0) return;
    const first = tables[0];
    const anchor = cellRef(first.sheet, first.range.top, first.range.left);
    const pack = packById(workbook.template.id);
    // A workbook of scorecards alone (the 绩效自评 annex, a filled template) is no disclosure: nothing is missing.
    const disclosure = tables.some(isPublicTable);
    for (const entry of disclosure && pack ? pack.tables.filter((e) => e.required) : []) {
      if (tables.some((t) => t.kind === entry.kind)) continue;
      const label = entry.number !== undefined ? pack!.label(entry.number) : KIND_NAMES[entry.kind];
      report.issue({ table: entry.kind, messageId: "missingTable", data: { table: label, title: KIND_NAMES[entry.kind] }, cell: anchor });
    }
    const year = tables.map((t) => t.year).find((y) => y !== undefined);
    const p04 = publicTable(workbook, "fiscal-summary");
    for (const t of tables) {
      if (!isPublicTable(t)) continue;
      const titleCell = cellRef(t.sheet, t.range.top, t.range.left);
      const note = pack?.tables.find((e) => e.kind === t.kind)?.emptyNote ?? (t.kind === "fund" || t.kind === "capital" ? EMPTY_NOTE : undefined);
      if (t.empty && note) {
        if (!t.notes.some((n) => note.test(n))) report.issue({ table: t.kind, messageId: "emptyNoNote", severity: "warning", data: { table: t.id, year: String(year ?? "") }, cell: titleCell });
        const fundKey = t.kind === "fund" ? "in.fund" : "in.capital";
        const fund = p04?.rows.find((r) => r.key === fundKey)?.cells.amount;
        if (fund?.num.value && !fund.num.value.isZero()) {
          report.issue({ table: t.kind, messageId: "emptyButFunds", data: { table: t.id, fund: t.kind === "fund" ? "政府性基金预算财政拨款" : "国有资本经营预算财政拨款", amount: shownText(fund) }, cell: titleCell, cells: [fund.ref] });
        }
      }
      const saysEmpty = note && !t.empty ? t.notes.find((n) => SAYS_EMPTY.test(n)) : undefined;
      if (saysEmpty) {
        const figure = t.rows.flatMap((r) => Object.values(r.cells)).find((f) => f.num.value && !f.num.value.isZero());
        if (figure) report.issue({ table: t.kind, messageId: "notEmpty", data: { table: t.id, figure: shownText(figure), note: saysEmpty }, cell: figure.ref });
      }
      if (t.unit && !/^万元$/.test(t.unit.text.replace(/\s/g, ""))) report.issue({ table: t.kind, messageId: "unit", severity: "warning", data: { unit: t.unit.text }, cell: t.unit.ref });
      if (t.kind === "expenditure" || t.kind === "gpb") {
        for (const r of t.rows) if (r.kind === "code" && !r.label) {
          const cell = Object.values(r.cells)[0]?.ref ?? titleCell;
          report.issue({ table: t.kind, messageId: "noName", severity: "warning", data: { code: r.code ?? "" }, cell: cellRef(cell.sheet, cell.row, t.range.left) });
        }
      }
    }
    // 部门 and year: the first table that names them is the reference.
    const named = tables.filter((t) => t.department && t.department.text.trim());
    const ref = named[0];
    for (const t of named.slice(1)) {
      const a = (t.department?.text ?? "").replace(/\s/g, "");
      const b = (ref.department?.text ?? "").replace(/\s/g, "");
      if (a && b && a !== b && t.department) report.issue({ table: t.kind, messageId: "department", data: { name: t.department.text, first: ref.department?.text ?? "", firstTable: ref.id }, cell: t.department.ref, cells: ref.department ? [ref.department.ref] : [] });
    }
    const dated = tables.filter((t) => t.year !== undefined);
    for (const t of dated.slice(1)) {
      if (t.year !== dated[0].year) report.issue({ table: t.kind, messageId: "year", severity: "warning", data: { year: String(t.year), first: String(dated[0].year), firstTable: dated[0].id }, cell: cellRef(t.sheet, t.range.top, t.range.left) });
    }
  },
};

export default rule;
