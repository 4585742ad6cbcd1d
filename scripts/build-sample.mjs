#!/usr/bin/env node
// Builds assets/sample/sample.xlsx from assets/sample/seed.txt, the text dump of a real 2023 disclosure
// (one line per row, one tab per column). Each table goes on its own sheet, as departments publish them.
//   - numbers become numbers with the format that shows them as the dump does ("10,584.32" → #,##0.00,
//     "95.74%" → 0.00%), so a reader must go through formats, as it must with real files;
//   - "-", "—", words and 科目编码 stay text (codes are identifiers, not amounts);
//   - a header label followed by empty cells over a row of sub-headers is merged across them, which is how
//     the dump renders a merged header.
// Usage: node scripts/build-sample.mjs [seed.txt] [out.xlsx]

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const seedPath = process.argv[2] ?? path.join(here, "../assets/sample/seed.txt");
const outPath = process.argv[3] ?? path.join(here, "../assets/sample/sample.xlsx");

const lines = readFileSync(seedPath, "utf8").replace(/\r/g, "").split("\n");

// ---- 1. Split the dump into sheets ------------------------------------------------------------
const isTitle = (l) => /(决算表|情况表|自评表|自评情况)\s*$/.test(l.split("\t")[0].trim()) && !l.startsWith("注");
const starts = [];
for (let i = 0; i < lines.length; i++) {
  const first = lines[i].split("\t")[0].trim();
  if (!first) continue;
  if (/^附表\d+(-\d+)?$/.test(first)) {
    starts.push(i);
  } else if (isTitle(lines[i])) {
    // A title belongs to a preceding 附表 marker when one stands within the last three lines.
    const prev = lines.slice(Math.max(0, i - 3), i).some((l) => /^附表\d+/.test(l.trim()));
    if (!prev) starts.push(i);
  }
}
const blocks = starts.map((s, k) => lines.slice(s, k + 1 < starts.length ? starts[k + 1] : lines.length));

function sheetName(block, index, counters) {
  const text = block.join("\n");
  const pub = /公开(\d{2})表/.exec(text);
  if (pub) return `公开${pub[1]}表`;
  if (/部门整体支出绩效自评情况/.test(block[0])) return "部门整体自评情况";
  if (/部门整体支出绩效自评表/.test(text)) return "附表14";
  if (/项目支出绩效自评表/.test(text)) {
    counters.project += 1;
    return `附表15-${counters.project}`;
  }
  return `表${index + 1}`;
}

// ---- 2. Cell values and formats ---------------------------------------------------------------
const CODE = /^[23]\d{2}(\d{2}(\d{2})?)?$/;
function cellOf(text, publicTable) {
  const t = text;
  if (t === "") return null;
  const trimmed = t.trim();
  if (publicTable && CODE.test(trimmed)) return { value: trimmed };
  let m = /^(-?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(trimmed);
  if (m) {
    const decimals = m[3] ? m[3].length : 0;
    const value = Number(`${m[1]}${m[2].replace(/,/g, "")}${m[3] ? "." + m[3] : ""}`);
    return { value, numFmt: decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0" };
  }
  m = /^(-?\d+)(?:\.(\d+))?%$/.exec(trimmed);
  if (m) {
    const decimals = m[2] ? m[2].length : 0;
    const value = Number(`${m[1]}${m[2] ? "." + m[2] : ""}`) / 100;
    return { value: Number(value.toPrecision(12)), numFmt: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  m = /^(-?\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (m && trimmed.length < 15) {
    const decimals = m[2] ? m[2].length : 0;
    return { value: Number(trimmed), numFmt: decimals ? `0.${"0".repeat(decimals)}` : "General" };
  }
  return { value: t };
}

// ---- 3. Merges: a header label spanning empty cells over sub-headers -------------------------
function headerMerges(rows) {
  const merges = [];
  const isDataRow = (cells) => cells.some((c) => /^-?[\d,]+\.\d+$|^[23]\d{2,6}$/.test(c.trim()));
  const headerRows = [];
  for (let r = 0; r < rows.length; r++) {
    if (isDataRow(rows[r])) break;
    if (rows[r].filter((c) => c.trim()).length >= 2) headerRows.push(r);
  }
  for (const r of headerRows) {
    const cells = rows[r];
    for (let c = 0; c < cells.length; c++) {
      if (!cells[c].trim()) continue;
      let end = c;
      while (end + 1 < cells.length && !cells[end + 1].trim()) end++;
      if (end === c) continue;
      const below = headerRows.filter((x) => x > r);
      const isLabel = (x) => x && x.trim() && !/^\d+$/.test(x.trim());
      const spanned = below.some((b) => rows[b].slice(c, end + 1).filter(isLabel).length >= 2);
      if (spanned) merges.push([r, c, r, end]);
    }
  }
  return merges;
}

// ---- 4. Write the workbook --------------------------------------------------------------------
const wb = new ExcelJS.Workbook();
wb.creator = "juesuan build-sample";
wb.created = new Date(Date.UTC(2024, 8, 1));
wb.modified = wb.created;
const counters = { project: 0 };
blocks.forEach((block, index) => {
  while (block.length && !block[block.length - 1].trim()) block.pop();
  const name = sheetName(block, index, counters);
  const ws = wb.addWorksheet(name);
  const publicTable = name.startsWith("公开");
  const rows = block.map((l) => l.split("\t"));
  let width = 0;
  rows.forEach((cells, r) => {
    width = Math.max(width, cells.length);
    cells.forEach((text, c) => {
      const cell = cellOf(text, publicTable);
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (typeof cell.value === "number") target.alignment = { horizontal: "right" };
    });
  });
  const title = rows.findIndex((cells) => /(决算表|情况表|自评表|自评情况)\s*$/.test(cells[0].trim()));
  if (title >= 0) ws.getCell(title + 1, 1).font = { bold: true, size: 16 };
  for (const [r1, c1, r2, c2] of headerMerges(rows)) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = c <= 3 ? 16 : 13;
});

await wb.xlsx.writeFile(outPath);
console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${wb.worksheets.length} sheets`);
