// What disclosure inspections check before any arithmetic (domain.md §6): the required tables are there, an
// empty table says why, every table names the same 部门 and year and uses 万元, every code has its name.
import { cellRef } from "../../grid/address";
import { isPublicTable, PUBLIC_TABLE_IDS, PublicTableId } from "../../tables/model";
import { shownText } from "../messages";
import { Rule } from "../rule";

/** Always required (domain.md §6); 公开10–12 and the scorecards depend on the province. */
const REQUIRED: readonly PublicTableId[] = ["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"];

const rule: Rule = {
  meta: {
    id: "completeness",
    severity: "error",
    tables: [...PUBLIC_TABLE_IDS, "附表14", "附表15"],
    description: "必公开的表齐全；空表附说明；各表部门名称、年度一致；金额单位为万元；科目编码有科目名称",
    tolerance: "none",
    messages: {
      missingTable: "缺少{table}（{title}）",
      emptyNoNote: "{table}为空表，但没有说明为何为空（如“本部门{year}年度无…，本表为空表”）",
      emptyButFunds: "{table}为空表，但公开04 中{fund}为 {amount}",
      department: "部门名称“{name}”与{firstTable}的“{first}”不一致",
      year: "年度 {year} 与{firstTable}的 {first} 不一致",
      unit: "金额单位为“{unit}”，公开表应以万元为单位",
      noName: "科目编码 {code} 没有科目名称",
    },
    messagesEn: {
      missingTable: "{table} ({title}) is missing",
      emptyNoNote: "{table} is empty but carries no note saying why (year {year})",
      emptyButFunds: "{table} is empty but 公开04 shows {fund} of {amount}",
      department: "Department name \"{name}\" differs from \"{first}\" in {firstTable}",
      year: "Year {year} differs from {first} in {firstTable}",
      unit: "Unit is \"{unit}\"; the disclosure tables use 万元",
      noName: "Code {code} has no name",
    },
  },
  check({ workbook }, report) {
    const tables = workbook.tables;
    if (tables.length === 0) return;
    const first = tables[0];
    const anchor = cellRef(first.sheet, first.range.top, first.range.left);
    const TITLES: Record<string, string> = {
      公开01: "收入支出决算表", 公开02: "收入决算表", 公开03: "支出决算表", 公开04: "财政拨款收入支出决算表",
      公开05: "一般公共预算财政拨款收入支出决算表", 公开06: "一般公共预算财政拨款基本支出决算表",
      公开07: "一般公共预算财政拨款项目支出决算表", 公开08: "政府性基金预算财政拨款收入支出决算表", 公开09: "国有资本经营预算财政拨款收入支出决算表",
    };
    // A workbook of scorecards alone (the 绩效自评 annex, a filled template) is no disclosure: nothing is missing.
    const disclosure = tables.some(isPublicTable);
    for (const id of disclosure ? REQUIRED : []) {
      if (!tables.some((t) => t.id === id)) report.issue({ table: id, messageId: "missingTable", data: { table: id, title: TITLES[id] }, cell: anchor });
    }
    const year = tables.map((t) => t.year).find((y) => y !== undefined);
    const p04 = tables.find((t) => t.id === "公开04");
    for (const t of tables) {
      if (!isPublicTable(t)) continue;
      const titleCell = cellRef(t.sheet, t.range.top, t.range.left);
      if (t.empty && ["公开08", "公开09"].includes(t.id)) {
        if (!t.notes.some((n) => /空表|无.*(收入|支出|资金)/.test(n))) report.issue({ table: t.id, messageId: "emptyNoNote", severity: "warning", data: { table: t.id, year: String(year ?? "") }, cell: titleCell });
        const fundKey = t.id === "公开08" ? "in.fund" : "in.capital";
        const fund = p04 && isPublicTable(p04) ? p04.rows.find((r) => r.key === fundKey)?.cells.amount : undefined;
        if (fund?.num.value && !fund.num.value.isZero()) {
          report.issue({ table: t.id, messageId: "emptyButFunds", data: { table: t.id, fund: t.id === "公开08" ? "政府性基金预算财政拨款" : "国有资本经营预算财政拨款", amount: shownText(fund) }, cell: titleCell, cells: [fund.ref] });
        }
      }
      if (t.unit && !/^万元$/.test(t.unit.text.replace(/\s/g, ""))) report.issue({ table: t.id, messageId: "unit", severity: "warning", data: { unit: t.unit.text }, cell: t.unit.ref });
      if (["公开02", "公开03", "公开05"].includes(t.id)) {
        for (const r of t.rows) if (r.kind === "code" && !r.label && t.id !== "公开02") {
          const cell = Object.values(r.cells)[0]?.ref ?? titleCell;
          report.issue({ table: t.id, messageId: "noName", severity: "warning", data: { code: r.code ?? "" }, cell: cellRef(cell.sheet, cell.row, t.range.left) });
        }
      }
    }
    // 部门 and year: the first table that names them is the reference.
    const named = tables.filter((t) => t.department && t.department.text.trim());
    const ref = named[0];
    for (const t of named.slice(1)) {
      const a = (t.department?.text ?? "").replace(/\s/g, "");
      const b = (ref.department?.text ?? "").replace(/\s/g, "");
      if (a && b && a !== b && t.department) report.issue({ table: t.id, messageId: "department", data: { name: t.department.text, first: ref.department?.text ?? "", firstTable: ref.id }, cell: t.department.ref, cells: ref.department ? [ref.department.ref] : [] });
    }
    const dated = tables.filter((t) => t.year !== undefined);
    for (const t of dated.slice(1)) {
      if (t.year !== dated[0].year) report.issue({ table: t.id, messageId: "year", severity: "warning", data: { year: String(t.year), first: String(dated[0].year), firstTable: dated[0].id }, cell: cellRef(t.sheet, t.range.top, t.range.left) });
    }
  },
};

export default rule;
