// Reads every sheet into the core's Grid: per sheet one Value2 and one Formula read of the used range (in row
// bands for very large sheets), its NumberFormat (one call when the sheet shares one format, else narrowed down
// by halving, only where there are numbers) and its merged areas (MergeCells, halving where they are mixed).

import { parseRangeA1, RangeRef, rangeA1 } from "../core/grid/address";
import { CellValue, Grid, GridSheet } from "../core/grid/grid";
import { EtRange, EtWorkbook, EtWorksheet } from "./et";

/** Cells per Value2 / Formula read; a larger used range is read in row bands. */
export const READ_BAND_CELLS = 200_000;

export interface BookRead {
  readonly grid: Grid;
  readonly sheetNames: readonly string[];
  readonly protectedSheets: ReadonlySet<string>;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);

/** WPS in Chinese may name the general format by its local name; the core knows it as "General". */
export function formatOf(f: string | null | undefined): string {
  return !f || f === "G/通用格式" ? "General" : f;
}

/** One cell as Value2 gives it: undefined or "" when empty; an error shows as its code. */
export function cellValueOf(v: unknown, formula: string): CellValue {
  if (v === undefined || v === null) return formula ? "" : null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  if (formula && ERRORS.has(s)) return { error: s };
  return s === "" ? (formula ? "" : null) : s;
}

/** Value2 / Formula of one cell is a scalar, of several cells rows of them: always rows here. */
export function asRows(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows * cols === 1) return [[Array.isArray(v) ? (v as unknown[][])[0]?.[0] : v]];
  return v as unknown[][];
}

export function readBook(book: EtWorkbook, bandCells = READ_BAND_CELLS): BookRead {
  const sheets = book.Worksheets;
  const count = sheets.Count;
  const out: GridSheet[] = [];
  const names: string[] = [];
  const protectedSheets = new Set<string>();
  for (let i = 1; i <= count; i++) {
    const ws = sheets.Item(i);
    const name = ws.Name;
    names.push(name);
    if (ws.ProtectContents) protectedSheets.add(name);
    out.push(readSheet(ws, name, bandCells));
  }
  return { grid: { sheets: out }, sheetNames: names, protectedSheets };
}

export function readSheet(ws: EtWorksheet, name: string, bandCells = READ_BAND_CELLS): GridSheet {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const area: RangeRef = { sheet: name, top, left, bottom: top + rows - 1, right: left + cols - 1 };
  const raw: unknown[][] = [];
  const formulaRows: unknown[][] = [];
  const bandRows = Math.max(1, Math.floor(bandCells / cols));
  for (let r = 0; r < rows; r += bandRows) {
    const n = Math.min(bandRows, rows - r);
    const band = n === rows ? used : ws.Range(rangeA1({ ...area, top: top + r, bottom: top + r + n - 1 }));
    raw.push(...asRows(band.Value2, n, cols));
    formulaRows.push(...asRows(band.Formula, n, cols));
  }
  // A constant reports itself as its formula; text such as "=" (指标性质) is a constant, not a formula.
  const formulas = formulaRows.map((row, i) => row.map((f, j) => (typeof f === "string" && f.startsWith("=") && f !== raw[i][j] ? f : "")));
  const values = raw.map((row, i) => row.map((v, j) => cellValueOf(v, formulas[i][j])));
  if (values.every((row) => row.every((v) => v === null))) return { name, top: 0, left: 0, values: [], formats: [], formulas: [], merges: [] };
  const formats = values.map((row) => row.map(() => "General"));
  readFormats(ws, used.NumberFormat, area, values, formats, true);
  const merges: RangeRef[] = [];
  readMerges(ws, used, area, merges);
  return { name, top, left, values, formats, formulas, merges };
}

const isNumber = (v: CellValue) => typeof v === "number";

/** The bounding box of the numeric cells inside `a`, or undefined. */
function numericBox(a: RangeRef, origin: RangeRef, values: CellValue[][]): RangeRef | undefined {
  let box: RangeRef | undefined;
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      if (!isNumber(values[r - origin.top][c - origin.left])) continue;
      box = box
        ? { ...box, top: Math.min(box.top, r), bottom: Math.max(box.bottom, r), left: Math.min(box.left, c), right: Math.max(box.right, c) }
        : { sheet: a.sheet, top: r, bottom: r, left: c, right: c };
    }
  }
  return box;
}

/**
 * Splits an area in two, across its columns first for formats (a table's formats run down its columns) and
 * across its rows first for merges (titles and headers are merged along rows).
 */
function halves(a: RangeRef, rowsFirst: boolean): [RangeRef, RangeRef] {
  if (rowsFirst ? a.top !== a.bottom : a.left === a.right) {
    const mid = Math.floor((a.top + a.bottom) / 2);
    return [{ ...a, bottom: mid }, { ...a, top: mid + 1 }];
  }
  const mid = Math.floor((a.left + a.right) / 2);
  return [{ ...a, right: mid }, { ...a, left: mid + 1 }];
}

/** Number formats matter to the core only for numbers (how a figure is shown); text keeps "General". */
function readFormats(ws: EtWorksheet, known: string | null | undefined, a: RangeRef, values: CellValue[][], formats: string[][], whole: boolean, origin = a): void {
  const box = numericBox(a, origin, values);
  if (!box) return;
  const format = whole && box.top === a.top && box.bottom === a.bottom && box.left === a.left && box.right === a.right
    ? known : ws.Range(rangeA1(box)).NumberFormat;
  if (typeof format === "string") {
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) formats[r - origin.top][c - origin.left] = formatOf(format);
    return;
  }
  if (box.top === box.bottom && box.left === box.right) return;
  for (const h of halves(box, false)) readFormats(ws, undefined, h, values, formats, false, origin);
}

function readMerges(ws: EtWorksheet, range: EtRange, a: RangeRef, out: RangeRef[]): void {
  const merged = range.MergeCells;
  if (merged === false) return;
  if (merged === true) {
    const single = a.top === a.bottom && a.left === a.right;
    const area = single ? range.MergeArea : ws.Range(rangeA1({ ...a, bottom: a.top, right: a.left })).MergeArea;
    const m = parseRangeA1(area.Address(false, false), a.sheet);
    if (!m) throw new Error(`unreadable merged area on ${a.sheet}`);
    if (!out.some((o) => o.top === m.top && o.left === m.left)) out.push({ ...m, sheet: a.sheet });
    // The rest of `a` outside this merge: below it, and to its right.
    const below = { ...a, top: m.bottom + 1 };
    const right = { ...a, top: Math.max(a.top, m.top), bottom: Math.min(a.bottom, m.bottom), left: m.right + 1 };
    for (const rest of [right, below]) if (rest.top <= rest.bottom && rest.left <= rest.right) readMerges(ws, ws.Range(rangeA1(rest)), rest, out);
    return;
  }
  if (a.top === a.bottom && a.left === a.right) return;
  for (const h of halves(a, true)) readMerges(ws, ws.Range(rangeA1(h)), h, out);
}
