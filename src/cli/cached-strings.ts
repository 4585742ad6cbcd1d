// Formula cells whose saved result is the empty string. Excel and LibreOffice save `=IF(D9=0,"",E9/D9)` showing
// nothing as <c r="G9" t="str"><f>…</f><v></v></c>; exceljs drops that empty result, so the cell would look like a
// formula that was never computed (公式未计算). Read from the package itself: sheet → addresses.

import { Grid } from "../core/grid/grid";
import { readZipDirectory, zipEntryText } from "./zip";

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out.set(m[1], m[2]);
  return out;
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** Part name of a relationship target: relative to xl/ unless absolute. */
function partName(target: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/")) {
    if (seg === "..") parts.pop();
    else if (seg && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

const EMPTY_V = /<(?:\w+:)?v\s*\/>|<(?:\w+:)?v>\s*<\/(?:\w+:)?v>/g;
const HAS_EMPTY_V = new RegExp(EMPTY_V.source);

/** Addresses ("G9") of formula cells in one sheet's XML whose cached result is an empty string. */
export function emptyStringCells(xml: string): Set<string> {
  const out = new Set<string>();
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const open = `<${prefix}c `;
  const close = `</${prefix}c>`;
  for (const v of xml.matchAll(EMPTY_V)) {
    const at = v.index ?? 0;
    const start = xml.lastIndexOf(open, at);
    if (start < 0) continue;
    const cell = xml.slice(start, at);
    if (cell.includes(close) || !cell.includes(`<${prefix}f`)) continue;
    const attrs = attributes(cell.slice(0, cell.indexOf(">")));
    const r = attrs.get("r");
    if (attrs.get("t") === "str" && r) out.add(r);
  }
  return out;
}

/** Sheet name → addresses of formula cells saved with an empty-string result; empty when the package is unreadable. */
export function emptyStringResults(data: Buffer): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const dir = readZipDirectory(data);
  if (!dir.ok) return result;
  const entries = new Map(dir.entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = entries.get(name);
    return e ? zipEntryText(data, e, dir.cdOffset) : undefined;
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, partName(xmlText(target)));
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const name = a.get("name");
    const id = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
    const part = id ? targets.get(id) : undefined;
    if (!name || !part) continue;
    const xml = text(part);
    if (!xml || !HAS_EMPTY_V.test(xml)) continue;
    const cells = emptyStringCells(xml);
    if (cells.size) result.set(xmlText(name), cells);
  }
  return result;
}

/** A formula that can yield empty text: =IF(N(D9)=0,"",…). */
const YIELDS_EMPTY_TEXT = /""/;

/**
 * exceljs reads a formula whose saved result is empty text (<c t="str"><f>…</f><v></v></c>) exactly like one saved
 * with no result at all. loadWorkbook puts those results back from the package (restoreEmptyTextResults). For the
 * rest — workbooks built in memory, or re-saved by exceljs, which drops such results: in a workbook whose formulas
 * were computed (some carry results: Excel, WPS or LibreOffice saved it), a result-less formula that can yield ""
 * did yield it; in one never computed (written by a script, our own templates), it stays unknown, and the core
 * reports it as 公式未计算.
 */
export function withEmptyTextResults(grid: Grid): Grid {
  const computed = grid.sheets.some((s) => s.values.some((row, r) => row.some((v, c) => v !== null && !!s.formulas?.[r]?.[c])));
  if (!computed) return grid;
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) => row.map((v, c) => (v === null && YIELDS_EMPTY_TEXT.test(s.formulas?.[r]?.[c] ?? "") ? "" : v))),
    })),
  };
}
