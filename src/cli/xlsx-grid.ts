// Reads an .xlsx file (exceljs) into the core's grid: values as Excel holds them (formula results for formulas),
// number formats, formulas and merged areas.

import ExcelJS from "exceljs";
import { parseRangeA1, RangeRef } from "../core/grid/address";
import { CellValue, Grid, GridSheet } from "../core/grid/grid";
import { emptyStringResults, withEmptyTextResults } from "./cached-strings";
import { REASONS } from "./package-check";

/** exceljs could not parse the package. The message is a zh-CN reason; the library's own text is never shown. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly detail: string) {
    super(REASONS.unparsable);
  }
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // exceljs turns a number under a date format into a Date, and one out of the date range (or a text result
  // under a date format) into an invalid Date: the value is then unknown, and unknown is never a number.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: "#NUM!" } : excelSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      // Callers pass cell.result for formula cells: exceljs drops a cached 0 from cell.value.
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

/** Excel's serial day number (1900 system) for a date. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function formulaOf(cell: ExcelJS.Cell): string {
  const f = cell.formula;
  return f ? `=${f}` : "";
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): GridSheet {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: string[][] = [];
  const rowCount = ws.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = [];
    const fmts: string[] = [];
    const fms: string[] = [];
    const cellCount = row.cellCount;
    for (let c = 1; c <= cellCount; c++) {
      const cell = row.getCell(c);
      // Slaves of a merged area repeat the master's value in exceljs; Excel shows them empty.
      const isSlave = cell.isMerged && cell.master !== cell;
      const raw = cell.formula ? (cell.result as ExcelJS.CellValue) : cell.value;
      vals.push(isSlave ? null : plainValue(raw));
      fmts.push(cell.numFmt || "General");
      fms.push(isSlave ? "" : formulaOf(cell));
    }
    values.push(vals);
    formats.push(fmts);
    formulas.push(fms);
  }
  const merges: RangeRef[] = [];
  for (const a1 of (ws.model as { merges?: string[] }).merges ?? []) {
    const range = parseRangeA1(a1, ws.name);
    if (range) merges.push(range);
  }
  return { name: ws.name, top: 0, left: 0, values, formats, formulas, merges };
}

export function workbookToGrid(wb: ExcelJS.Workbook): Grid {
  return withEmptyTextResults({ sheets: wb.worksheets.map(worksheetToGrid) });
}

/**
 * Loads a workbook from a buffer; anything exceljs cannot open becomes an UnreadableWorkbookError (zh-CN message;
 * exceljs's own text kept in `detail` for debugging, never shown to users). Check the package first
 * (`packageProblem`): exceljs reads some broken packages without complaint.
 */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError(String((e as Error)?.message ?? e));
  }
  restoreEmptyTextResults(wb, emptyStringResults(data));
  return wb;
}

/**
 * Gives back the empty-text result ("") exceljs dropped from formula cells saved with one (read from the package by
 * emptyStringResults). Then the reader sees "" (not a formula without a saved result, 公式未计算), and copies
 * written from this workbook (check --out, fill) save it again as <v></v>. The result is set on exceljs's formula
 * value itself: assigning cell.value would drop a falsy result and turn a shared formula into a plain one.
 */
function restoreEmptyTextResults(wb: ExcelJS.Workbook, saved: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [name, addresses] of saved) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    for (const address of addresses) {
      const cell = ws.getCell(address);
      const value = (cell as unknown as { _value?: { result?: unknown } } | undefined)?._value;
      if (cell?.type === ExcelJS.ValueType.Formula && value && value.result === undefined) value.result = "";
    }
  }
}
