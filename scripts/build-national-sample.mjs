#!/usr/bin/env node
// Builds assets/sample/national.xlsx: the seed disclosure (assets/sample/seed.txt, 曲靖市工业和信息化局 2023, Yunnan
// layout) re-published in the Ministry of Finance's nine-table layout (docs: ../shared/docs/domain.md §7), from the
// seed's own figures, so that every identity holds except the seed's real mistakes that carry over.
//
//   表1 收入支出决算总表                      = the seed's 公开01 (same rows and values)
//   表2 收入决算表                            = the seed's 公开02
//   表3 支出决算表                            = the seed's 公开03
//   表4 财政拨款收入支出决算总表              = the seed's 公开04
//   表5 一般公共预算财政拨款支出决算表        national layout: 本年支出 小计 / 基本支出 / 项目支出 from the seed's
//                                              公开05 栏次 7 / 8 / 11; 合计 row then 类 / 款 / 项 rows
//   表6 一般公共预算财政拨款基本支出决算表    = the seed's 公开06
//   表7 一般公共预算财政拨款“三公”经费支出决算表  national horizontal layout, one data row, from the seed's 公开11
//   表8 政府性基金预算财政拨款收入支出决算表  national layout, empty (the seed's 公开08 is), with the seed's note
//   表9 国有资本经营预算财政拨款收入支出决算表 national layout like 表8, empty, with the seed's 公开09 note
//
// Conventions (as in build-sample.mjs): numbers are stored as numbers with a format that shows them as the dump
// does ("#,##0.00" for amounts, General for 行次/栏次 and a bare "0"); "-", "—", words and 科目编码 stay text; merged
// headers are real merges. Sheet names say nothing (Sheet1…Sheet9): a table is known by its title and header; the
// marker 表N stands at the top right, the title (department + year + table name) on the first row.
// The output is deterministic: fixed creator and dates, no clock, no randomness.
// Usage: node scripts/build-national-sample.mjs [seed.txt] [out.xlsx]

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const seedPath = process.argv[2] ?? path.join(here, "../assets/sample/seed.txt");
const outPath = process.argv[3] ?? path.join(here, "../assets/sample/national.xlsx");

const lines = readFileSync(seedPath, "utf8").replace(/\r/g, "").split("\n");

function fail(message) {
  throw new Error(`build-national-sample: ${message}`);
}

// ---- 1. The seed's tables ---------------------------------------------------------------------
const blank = (line) => line.trim() === "";
const PREAMBLE = /^(部门|金额单位|单位)：/;
// A line that starts the next table (its title, its marker, a scorecard's 附表 label): notes stop there.
const NEXT_TABLE = /(决算表|情况表|自评表|自评情况)\s*$|^附表\d|^公开\d{2}表$/;

/** The seed's table 公开NN: its rows (cells split on tabs, after the 部门/单位 lines) and the notes below it. */
function seedTable(no) {
  const marker = lines.findIndex((l) => l.trim() === `公开${no}表`);
  if (marker < 0) fail(`the seed has no 公开${no}表`);
  let i = marker + 1;
  while (i < lines.length && (blank(lines[i]) || PREAMBLE.test(lines[i].trim()))) i++;
  const rows = [];
  for (; i < lines.length && !blank(lines[i]); i++) rows.push(lines[i].split("\t"));
  while (i < lines.length && blank(lines[i])) i++;
  const notes = [];
  if (i < lines.length && lines[i].trim().startsWith("注")) {
    for (; i < lines.length && !NEXT_TABLE.test(lines[i].trim()); i++) if (!blank(lines[i])) notes.push(lines[i]);
  }
  if (!rows.length) fail(`公开${no}表 has no rows`);
  return { rows, notes };
}

const deptLine = lines.map((l) => /^部门：(.+)$/.exec(l.trim())).find(Boolean);
const yearNote = lines.map((l) => /本部门(\d{4})年度/.exec(l)).find(Boolean);
if (!deptLine || !yearNote) fail("the seed names no 部门 or no year");
const DEPT = deptLine[1].trim();
const YEAR = yearNote[1];
const PREFIX = `${DEPT}${YEAR}年度`;

// ---- 2. Cell values and formats ---------------------------------------------------------------
const CODE = /^[23]\d{2}(\d{2}(\d{2})?)?$/; // 功能分类 类/款/项 and 经济分类 类/款: identifiers, kept as text
const AMOUNT = "#,##0.00";

/** A dump cell as a workbook cell: null when empty, { value, numFmt? } otherwise. */
function cellOf(text) {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return null;
  if (CODE.test(trimmed)) return { value: trimmed };
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (m && trimmed.length < 15) {
    const grouped = m[2].includes(",");
    const value = Number(`${m[1]}${m[2].replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`);
    const decimals = m[3] ? m[3].length : 0;
    if (!decimals && !grouped) return { value, numFmt: "General" };
    // "#,##0" shows the dump's grouping; a figure of 1,000 or more that the dump wrote without commas keeps "0".
    const integer = grouped || Math.abs(value) < 1000 ? "#,##0" : "0";
    return { value, numFmt: decimals ? `${integer}.${"0".repeat(decimals)}` : integer };
  }
  return { value: text };
}

/** Exact money arithmetic in cents (no binary floating point in sums). */
const cents = (cell) => (cell && typeof cell.value === "number" ? Math.round(cell.value * 100) : 0);
function amountOf(total, parts) {
  if (total !== 0) return { value: total / 100, numFmt: AMOUNT };
  return parts.some((p) => p && p.value === "-") ? { value: "-" } : null;
}

// ---- 3. Sheet scaffolding ---------------------------------------------------------------------
const THIN = { style: "thin" };
const GRID = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TITLE_ROW = 1;
const MARKER_ROW = 2;
const UNIT_ROW = 3;
const HEAD = 4; // first header row

const wb = new ExcelJS.Workbook();
wb.creator = "juesuan build-national-sample";
wb.lastModifiedBy = "juesuan build-national-sample";
wb.created = new Date(Date.UTC(2024, 8, 1));
wb.modified = wb.created;

function put(ws, row, col, cell) {
  if (!cell) return;
  const target = ws.getCell(row, col);
  target.value = cell.value;
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (typeof cell.value === "number") target.alignment = { horizontal: "right", vertical: "middle" };
}

/** A merge over cells of which only the first (top-left) holds a value. */
function merge(ws, r1, c1, r2, c2) {
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const v = ws.getCell(r, c).value;
      if ((r === r1 && c === c1) !== (v !== null && v !== undefined)) fail(`${ws.name}: bad merge at ${ws.getCell(r, c).address}`);
    }
  }
  ws.mergeCells(r1, c1, r2, c2);
}

/** A new sheet "SheetN" with the title (merged across the table), the marker 表N top right and the 部门/单位 line. */
function newSheet(n, name, width) {
  const ws = wb.addWorksheet(`Sheet${n}`);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = `${PREFIX}${name}`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  merge(ws, TITLE_ROW, 1, TITLE_ROW, width);
  ws.getRow(TITLE_ROW).height = 30;
  const marker = ws.getCell(MARKER_ROW, width);
  marker.value = `表${n}`;
  marker.alignment = { horizontal: "right" };
  ws.getCell(UNIT_ROW, 1).value = `部门：${DEPT}`;
  const unit = ws.getCell(UNIT_ROW, width);
  unit.value = "金额单位：万元";
  unit.alignment = { horizontal: "right" };
  return ws;
}

/** Grid lines over the table, header cells centred and wrapped. */
function frame(ws, headerRows, lastRow, width) {
  for (let r = HEAD; r <= lastRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = GRID;
      if (r < HEAD + headerRows) cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
}

/** The seed's notes, one per row, one empty row below the table. */
function notes(ws, lastRow, noteLines) {
  noteLines.forEach((text, k) => (ws.getCell(lastRow + 2 + k, 1).value = text));
}

const widthOf = (rows) => Math.max(...rows.map((cells) => cells.reduce((w, t, c) => (t.trim() ? c + 1 : w), 0)));

// ---- 4. Tables copied from the seed as they are (表1–表4, 表6) -----------------------------------
/**
 * `merges` are header merges relative to the table's first row, each checked against the label it spans, so that a
 * changed seed fails loudly instead of merging the wrong cells.
 */
function copied(n, name, no, merges) {
  const { rows, notes: noteLines } = seedTable(no);
  const width = widthOf(rows);
  const ws = newSheet(n, name, width);
  rows.forEach((cells, r) => cells.forEach((text, c) => put(ws, HEAD + r, c + 1, cellOf(text))));
  const headerRows = rows.findIndex((cells) => cells.some((t) => /^-?[\d,]+\.\d+$/.test(t.trim()) || CODE.test(t.trim())));
  if (headerRows < 1) fail(`公开${no}: no header above the figures`);
  for (const [r, from, to, label] of merges) {
    if (rows[r][from].trim() !== label) fail(`公开${no}: expected "${label}" at row ${r + 1}, column ${from + 1}`);
    merge(ws, HEAD + r, from + 1, HEAD + r, to + 1);
  }
  const lastRow = HEAD + rows.length - 1;
  frame(ws, headerRows, lastRow, width);
  notes(ws, lastRow, noteLines);
  const labelled = no === "01" || no === "04" ? [1, 4] : []; // line tables: long 项目 labels in A and D
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = labelled.includes(c) ? 34 : c <= 4 ? 18 : 14;
}

// ---- 5. 表5: national 一般公共预算财政拨款支出决算表 from the seed's 公开05 -----------------------
// 款 names are not in the seed's 公开05 (it lists 项 only): these are the 2023 政府收支分类科目 names of the 款 whose
// 项 the seed lists. 类 names are the same classification's and are checked against the seed's 公开01 rows below.
const CLASS_NAMES = {
  201: "一般公共服务支出",
  208: "社会保障和就业支出",
  210: "卫生健康支出",
  213: "农林水支出",
  215: "资源勘探工业信息等支出",
  221: "住房保障支出",
};
const SECTION_NAMES = {
  20104: "发展与改革事务",
  20113: "商贸事务",
  20132: "组织事务",
  20199: "其他一般公共服务支出",
  20805: "行政事业单位养老支出",
  20808: "抚恤",
  20899: "其他社会保障和就业支出",
  21011: "行政事业单位医疗",
  21308: "普惠金融发展支出",
  21501: "资源勘探开发",
  21505: "工业和信息产业监管",
  21508: "支持中小企业发展和管理支出",
  22102: "住房改革支出",
};

function table5() {
  const { rows, notes: noteLines } = seedTable("05");
  // The seed's 栏次 row ("类|款|项|1|2|…|16") names each numbered column.
  const lanci = rows.findIndex((cells) => cells[0].trim() === "类" && cells.some((t) => t.trim() === "16"));
  if (lanci < 0) fail("公开05 has no 栏次 row");
  const column = (k) => {
    const c = rows[lanci].findIndex((t) => t.trim() === String(k));
    if (c < 0) fail(`公开05 has no 栏次 ${k}`);
    return c;
  };
  // 本年支出: 合计 = 栏次 7, 基本支出 (小计) = 栏次 8, 项目支出 = 栏次 11.
  const sources = [column(7), column(8), column(11)];
  const data = rows.slice(lanci + 1);
  const [total, ...items] = data;
  if (total[0].trim() !== "" || !items.every((cells) => /^\d{7}$/.test(cells[0].trim()))) fail("公开05: expected a 合计 row, then 项 rows");

  const pub01Labels = new Set(seedTable("01").rows.flatMap((cells) => cells.map((t) => t.trim().replace(/^[一二三四五六七八九十]+、/, ""))));
  const leaves = items.map((cells) => ({ code: cells[0].trim(), name: cells[1].trim(), amounts: sources.map((c) => cellOf(cells[c])) }));
  const byCode = new Map(leaves.map((leaf) => [leaf.code, leaf]));
  for (const leaf of leaves) {
    for (const [code, names] of [[leaf.code.slice(0, 3), CLASS_NAMES], [leaf.code.slice(0, 5), SECTION_NAMES]]) {
      if (byCode.has(code)) continue;
      if (!names[code]) fail(`公开05: no name for ${code}`);
      if (code.length === 3 && !pub01Labels.has(names[code])) fail(`公开05: ${code} ${names[code]} is not a 公开01 row`);
      const children = leaves.filter((l) => l.code.startsWith(code));
      const amounts = [0, 1, 2].map((k) => amountOf(children.reduce((s, l) => s + cents(l.amounts[k]), 0), children.map((l) => l.amounts[k])));
      byCode.set(code, { code, name: names[code], amounts });
    }
  }
  const body = [...byCode.keys()].sort().map((code) => byCode.get(code)); // a prefix sorts before its extensions

  const width = 5;
  const ws = newSheet(5, "一般公共预算财政拨款支出决算表", width);
  const h = HEAD;
  ws.getCell(h, 1).value = "项目";
  ws.getCell(h, 3).value = "本年支出";
  ["科目编码", "科目名称", "小计", "基本支出", "项目支出"].forEach((t, c) => (ws.getCell(h + 1, c + 1).value = t));
  ws.getCell(h + 2, 1).value = "栏次";
  [1, 2, 3].forEach((k, c) => put(ws, h + 2, c + 3, { value: k, numFmt: "General" }));
  merge(ws, h, 1, h, 2);
  merge(ws, h, 3, h, 5);
  const first = h + 3;
  ws.getCell(first, 2).value = "合计";
  sources.forEach((c, k) => put(ws, first, k + 3, cellOf(total[c])));
  body.forEach((row, k) => {
    ws.getCell(first + 1 + k, 1).value = row.code;
    ws.getCell(first + 1 + k, 2).value = row.name;
    row.amounts.forEach((cell, j) => put(ws, first + 1 + k, j + 3, cell));
  });
  const lastRow = first + body.length;
  frame(ws, 3, lastRow, width);
  notes(ws, lastRow, noteLines);
  [14, 34, 16, 16, 16].forEach((w, c) => (ws.getColumn(c + 1).width = w));
}

// ---- 6. 表7: national horizontal “三公” table from the seed's 公开11 --------------------------------
// The national table's 预算数 is the 全年预算数 (the budget after adjustments; the Ministry's note: "预算数为“三公”经费
// 全年预算数，反映按规定程序调整后的预算数"), so it comes from the seed's 全年预算数 column, not its (年初) 预算数 column.
function table7() {
  const { rows, notes: noteLines } = seedTable("11");
  const header = rows.findIndex((cells) => cells.some((t) => t.trim() === "全年预算数"));
  if (header < 0) fail("公开11 has no 全年预算数 column");
  const budgetCol = rows[header].findIndex((t) => t.trim() === "全年预算数");
  const finalCol = rows[header].findIndex((t) => /^决算(统计)?数$/.test(t.trim()));
  if (finalCol < 0) fail("公开11 has no 决算数 column");
  const ORDINAL = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+\.)\s*/;
  const rowOf = (label) => {
    const found = rows.filter((cells) => cells[0].replace(ORDINAL, "").trim() === label);
    if (found.length !== 1) fail(`公开11: ${found.length} rows labelled ${label}`);
    return found[0];
  };
  // National columns in order ← the seed's 公开11 rows.
  const items = ["支出合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"].map(rowOf);

  const width = 12;
  const ws = newSheet(7, "一般公共预算财政拨款“三公”经费支出决算表", width);
  const h = HEAD;
  [
    [0, "预算数"],
    [6, "决算数"],
  ].forEach(([offset, group]) => {
    const c = offset + 1;
    ws.getCell(h, c).value = group;
    ws.getCell(h + 1, c).value = "合计";
    ws.getCell(h + 1, c + 1).value = "因公出国（境）费";
    ws.getCell(h + 1, c + 2).value = "公务用车购置及运行费";
    ws.getCell(h + 2, c + 2).value = "小计";
    ws.getCell(h + 2, c + 3).value = "公务用车购置费";
    ws.getCell(h + 2, c + 4).value = "公务用车运行费";
    ws.getCell(h + 1, c + 5).value = "公务接待费";
  });
  [0, 6].forEach((offset) => {
    const c = offset + 1;
    merge(ws, h, c, h, c + 5);
    merge(ws, h + 1, c, h + 2, c);
    merge(ws, h + 1, c + 1, h + 2, c + 1);
    merge(ws, h + 1, c + 2, h + 1, c + 4);
    merge(ws, h + 1, c + 5, h + 2, c + 5);
  });
  const dataRow = h + 3;
  items.forEach((cells, k) => {
    put(ws, dataRow, k + 1, cellOf(cells[budgetCol]));
    put(ws, dataRow, k + 7, cellOf(cells[finalCol]));
  });
  frame(ws, 3, dataRow, width);
  notes(ws, dataRow, noteLines);
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = 14;
}

// ---- 7. 表8 / 表9: national 收入支出 layout, empty as the seed's 公开08 / 公开09 ---------------------
function emptyFundTable(n, name, no, zero) {
  const { rows, notes: noteLines } = seedTable(no);
  if (rows.some((cells) => cells.some((t) => /\d\.\d/.test(t)))) fail(`公开${no} holds figures: this script only lays it out empty`);
  if (!noteLines.some((t) => /为空表/.test(t))) fail(`公开${no} has no empty-table note`);
  const width = 8;
  const ws = newSheet(n, name, width);
  const h = HEAD;
  ws.getCell(h, 1).value = "项目";
  ws.getCell(h, 3).value = "年初结转和结余";
  ws.getCell(h, 4).value = "本年收入";
  ws.getCell(h, 5).value = "本年支出";
  ws.getCell(h, 8).value = "年末结转和结余";
  ["科目编码", "科目名称"].forEach((t, c) => (ws.getCell(h + 1, c + 1).value = t));
  ["小计", "基本支出", "项目支出"].forEach((t, c) => (ws.getCell(h + 1, c + 5).value = t));
  ws.getCell(h + 2, 1).value = "栏次";
  [1, 2, 3, 4, 5, 6].forEach((k, c) => put(ws, h + 2, c + 3, { value: k, numFmt: "General" }));
  merge(ws, h, 1, h, 2);
  merge(ws, h, 3, h + 1, 3);
  merge(ws, h, 4, h + 1, 4);
  merge(ws, h, 5, h, 7);
  merge(ws, h, 8, h + 1, 8);
  const total = h + 3;
  ws.getCell(total, 2).value = "合计";
  if (zero) for (let c = 3; c <= width; c++) put(ws, total, c, { value: zero });
  frame(ws, 3, total, width);
  notes(ws, total, noteLines);
  [14, 30, 16, 14, 14, 14, 14, 16].forEach((w, c) => (ws.getColumn(c + 1).width = w));
}

// ---- 8. The workbook --------------------------------------------------------------------------
copied(1, "收入支出决算总表", "01", [
  [0, 0, 2, "收入"],
  [0, 3, 5, "支出"],
]);
copied(2, "收入决算表", "02", [[0, 0, 2, "项目"]]);
copied(3, "支出决算表", "03", [[0, 0, 2, "项目"]]);
copied(4, "财政拨款收入支出决算总表", "04", [
  [0, 0, 2, "收 入"],
  [0, 3, 8, "支 出"],
]);
table5();
copied(6, "一般公共预算财政拨款基本支出决算表", "06", [
  [0, 0, 2, "人员经费"],
  [0, 3, 8, "公用经费"],
]);
table7();
// The seed leaves both 合计 rows blank; real disclosures show an empty table's zeros either way, so 表8 writes "-"
// and 表9 keeps the blanks, and a reader meets both.
emptyFundTable(8, "政府性基金预算财政拨款收入支出决算表", "08", "-");
emptyFundTable(9, "国有资本经营预算财政拨款收入支出决算表", "09", null);

await wb.xlsx.writeFile(outPath);
console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${wb.worksheets.length} sheets`);
