// Reading an .xlsx package straight into the core's grid, for `check`: the zip's parts (src/cli/zip.ts) scanned as
// text, without exceljs. exceljs builds a full object model (styles, rows, cells) and takes longer to load than the
// whole check takes to run; `check` needs values, number formats, formulas and merges only. The grid is the one
// workbookToGrid makes from exceljs, cell for cell (test/cli/xlsx-read.test.ts holds them side by side), with one
// difference: exceljs rewrites the references of a shared formula for each cell, here a cell of a shared formula
// keeps the formula as its first cell writes it (the core only asks whether a cell holds a formula and whether the
// formula writes text). exceljs is still used wherever a workbook is written (check --out, fill).

import { parseRangeA1, RangeRef } from "../core/grid/address";
import { CellValue, Grid, GridSheet } from "../core/grid/grid";
import { withEmptyTextResults } from "./cached-strings";
import { cellsProblem, expansionProblem, Limits } from "./limits";
import { REASONS } from "./package-check";
import { readZipDirectory, ZipEntry, zipEntryBytes } from "./zip";
import { attr, attributes, partName, xmlText } from "./xml";

/** The package cannot be read as a workbook, or is over a limit: `reason` is the zh-CN line after the file's name. */
export class PackageReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Built-in number formats (ECMA-376 §18.8.30), as exceljs names them; the locale-dependent ids read as General. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** A date format: exceljs turns such numbers into Dates, and workbookToGrid back into serials rounded to the ms. */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function dateSerial(ms: number): number {
  return ms / 86400000 + 25569;
}

class Package {
  private readonly entries: Map<string, ZipEntry>;
  private readonly cdOffset: number;
  constructor(
    private readonly data: Buffer,
    limits: Limits,
  ) {
    const dir = readZipDirectory(data);
    if (!dir.ok) throw new PackageReadError(REASONS[dir.problem]);
    const bomb = expansionProblem(dir.entries, data.length, limits);
    if (bomb) throw new PackageReadError(bomb);
    this.entries = new Map(dir.entries.map((e) => [e.name, e]));
    this.cdOffset = dir.cdOffset;
  }
  /** A part's text; undefined when absent. A part present but unreadable (or larger than declared) is damage. */
  text(name: string): string | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const bytes = zipEntryBytes(this.data, e, this.cdOffset);
    if (!bytes) throw new PackageReadError(REASONS.damaged);
    return bytes.toString("utf8");
  }
}

/** The `<t>` texts of a string item, without its phonetic runs (<rPh>), as exceljs joins them. */
function itemText(xml: string): string {
  const body = xml.includes("rPh") ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "") : xml;
  let text = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) text += xmlText(m[1] ?? "");
  return text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) out.push(itemText(m[1] ?? ""));
  return out;
}

/** The number format of each cell style (cellXfs), by style index. */
function cellFormats(xml: string | undefined): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = Number(a.get("numFmtId"));
    const code = a.get("formatCode");
    if (code !== undefined) custom.set(id, xmlText(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const out: string[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attributes(m[0]).get("numFmtId") ?? 0);
    out.push((id && (custom.get(id) ?? BUILTIN_FORMATS[id])) || "General");
  }
  return out;
}

/** "AB12" → 0-based row and column; undefined when it is not a cell address. */
function decodeAddress(a: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  const row = Number(a.slice(i));
  if (!col || !Number.isInteger(row) || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A shared formula as seen from another cell: relative references moved by the offset (exceljs's slideFormula). */
function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (match, sheet: string | undefined, _s, addr: string, paren) => {
    if (paren) return match;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    const ref = decodeAddress(`${letters}${m[4]}`)!;
    const col = m[1] ? ref.col : ref.col + to.col - from.col;
    const row = m[3] ? ref.row : ref.row + to.row - from.row;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row + 1}`;
  });
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly string[];
  readonly date1904: boolean;
  /** Cells read so far in the workbook, against limits.maxCells. */
  cells: number;
  readonly limits: Limits;
}

const CELL_CONTENT = /<(?:\w+:)?(f|v|is)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?\1>)/g;

function cellValue(type: string | undefined, v: string | undefined, inline: string | undefined, format: string, ctx: SheetContext): CellValue {
  if (type === "inlineStr") return inline !== undefined ? itemText(inline) : v !== undefined ? xmlText(v) : null;
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return ctx.strings[Number(v)] ?? null;
    case "str":
      return xmlText(v);
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: xmlText(v) };
    case "d": {
      const t = new Date(xmlText(v)).getTime();
      return Number.isNaN(t) ? null : dateSerial(t);
    }
    default: {
      if (v.trim() === "") return null;
      const n = parseFloat(v);
      if (!isDateFormat(format)) return n;
      return dateSerial(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86400000));
    }
  }
}

function readSheet(name: string, xml: string, ctx: SheetContext): GridSheet {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: string[][] = [];
  const masters = new Map<string, { formula: string; at: { row: number; col: number } }>();
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  const prefix = start < 0 ? "" : (/^<(\w+:)?/.exec(xml.slice(start, start + 40))?.[1] ?? "");
  // The end tag is searched from the end: the cells lie between.
  const end = start < 0 ? -1 : xml.lastIndexOf(`</${prefix}sheetData>`);
  const data = start < 0 ? "" : xml.slice(start, end < start ? undefined : end);
  const cellClose = `</${prefix}c>`;
  const tag = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
  let row = -1;
  let col = -1;
  const ensureRow = (r: number) => {
    while (values.length <= r) {
      values.push([]);
      formats.push([]);
      formulas.push([]);
    }
  };
  const vOpen = `<${prefix}v`;
  for (let m = tag.exec(data); m; m = tag.exec(data)) {
    const attrs = m[2];
    if (m[1] === "row") {
      const r = Number(attr(attrs, "r"));
      row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
      col = -1;
      ensureRow(row);
      continue;
    }
    if (++ctx.cells > ctx.limits.maxCells) throw new PackageReadError(cellsProblem(ctx.limits));
    const at = decodeAddress(attr(attrs, "r") ?? "") ?? { row: Math.max(row, 0), col: col + 1 };
    row = at.row;
    col = at.col;
    ensureRow(row);
    let f: { attrs: string; text?: string } | undefined;
    let v: string | undefined;
    let inline: string | undefined;
    if (!m[3]) {
      const from = tag.lastIndex;
      const close = data.indexOf(cellClose, from);
      const stop = close < 0 ? data.length : close;
      tag.lastIndex = close < 0 ? data.length : close + cellClose.length;
      if (stop > from) {
        // Most cells hold just <v>…</v>: read it without a regular expression.
        const vAt = data.startsWith(vOpen, from) ? from : -1;
        const vEnd = vAt >= 0 ? data.indexOf("<", vAt + vOpen.length + 1) : -1;
        if (vAt >= 0 && data[vAt + vOpen.length] === ">" && vEnd >= 0 && vEnd + 4 + prefix.length >= stop) v = data.slice(vAt + vOpen.length + 1, vEnd);
        else {
          for (const part of data.slice(from, stop).matchAll(CELL_CONTENT)) {
            if (part[1] === "f") f = { attrs: part[2], text: part[3] };
            else if (part[1] === "v") v = part[3] ?? "";
            else inline = part[3] ?? "";
          }
        }
      }
    }
    const format = ctx.formats[Number(attr(attrs, "s") ?? 0)] ?? "General";
    const type = attr(attrs, "t");
    let formula = "";
    let value: CellValue;
    if (f) {
      const shared = attr(f.attrs, "t") === "shared";
      const si = shared ? attr(f.attrs, "si") : undefined;
      if (f.text !== undefined && f.text !== "") {
        formula = xmlText(f.text);
        if (si !== undefined && !masters.has(si)) masters.set(si, { formula, at });
      } else if (si !== undefined && masters.has(si)) {
        const master = masters.get(si)!;
        formula = slideFormula(master.formula, master.at, at);
      }
      // A formula saved with an empty text result (t="str", <v></v>) did compute "" (cached-strings.ts).
      value = v === "" && type === "str" ? "" : cellValue(type, v, inline, format, ctx);
    } else value = cellValue(type, v, inline, format, ctx);
    values[row][col] = value;
    formats[row][col] = format;
    formulas[row][col] = formula ? `=${formula}` : "";
  }
  const merges: RangeRef[] = [];
  const after = end > start ? xml.slice(end) : xml; // merged areas are listed after the cells
  for (const m of after.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
    const ref = attributes(m[0]).get("ref");
    const range = ref ? parseRangeA1(ref, name) : undefined;
    if (!range) continue;
    merges.push(range);
    // exceljs creates every cell of a merged area; the others show nothing (workbookToGrid).
    for (let r = range.top; r <= range.bottom; r++) {
      ensureRow(r);
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        values[r][c] = null;
        formulas[r][c] = "";
        formats[r][c] ??= "General";
      }
    }
  }
  // Dense rows, as exceljs gives them: holes are empty cells.
  for (let r = 0; r < values.length; r++) {
    const vals = values[r];
    for (let c = 0; c < vals.length; c++) {
      if (vals[c] === undefined) {
        vals[c] = null;
        formats[r][c] = "General";
        formulas[r][c] = "";
      } else formats[r][c] ??= "General";
    }
  }
  return { name, top: 0, left: 0, values, formats, formulas, merges };
}

/**
 * The workbook's grid. Throws PackageReadError (zh-CN reason) for a package that cannot be read or is over a limit;
 * check the package first (packageProblem) for the reasons that name what a file is instead.
 */
export function readGrid(data: Buffer, limits: Limits): Grid {
  const pkg = new Package(data, limits);
  const workbook = pkg.text("xl/workbook.xml");
  if (workbook === undefined) throw new PackageReadError(REASONS.noWorkbook);
  // Parts that are not the XML they should be: exceljs would fail on them, and so does this reader.
  if (!/<(\w+:)?workbook[\s>]/.test(workbook)) throw new PackageReadError(REASONS.unparsable);
  const rels = new Map<string, { target: string; type: string }>();
  for (const m of (pkg.text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) rels.set(id, { target: partName(xmlText(target)), type: a.get("Type") ?? "" });
  }
  const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  const ctx: SheetContext = {
    strings: sharedStrings(pkg.text(partOf("sharedStrings") ?? "xl/sharedStrings.xml")),
    formats: cellFormats(pkg.text(partOf("styles") ?? "xl/styles.xml")),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
    cells: 0,
    limits,
  };
  const sheets: GridSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
    const rel = id ? rels.get(id) : undefined;
    // Chart sheets and dialog sheets hold no cells (exceljs leaves them out too).
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const xml = pkg.text(rel.target);
    if (xml === undefined) continue;
    if (!/<(\w+:)?worksheet[\s>]/.test(xml)) throw new PackageReadError(REASONS.unparsable);
    sheets.push(readSheet(xmlText(a.get("name") ?? ""), xml, ctx));
  }
  return withEmptyTextResults({ sheets });
}
