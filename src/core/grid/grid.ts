// A workbook as the core sees it: sheets of cell values with number formats, formulas and merged areas.
// Hosts (the Excel adapter, the CLI's exceljs reader, tests) build it; the core only reads it.

import { RangeRef, rangeContains } from "./address";

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export interface GridSheet {
  readonly name: string;
  /** Row and column of values[0][0] on the sheet (0-based); a used range need not start at A1. */
  readonly top: number;
  readonly left: number;
  /** Dense rows; missing entries read as empty. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats parallel to values ("General" when absent). */
  readonly formats?: readonly (readonly string[])[];
  /** Formulas parallel to values ("=SUM(A1:A3)"), empty string or absent when the cell holds a constant. */
  readonly formulas?: readonly (readonly string[])[];
  readonly merges?: readonly RangeRef[];
}

export interface Grid {
  readonly sheets: readonly GridSheet[];
}

export function sheetBottom(sheet: GridSheet): number {
  return sheet.top + sheet.values.length - 1;
}

export function sheetRight(sheet: GridSheet): number {
  let width = 0;
  for (const row of sheet.values) width = Math.max(width, row.length);
  return sheet.left + width - 1;
}

export function valueAt(sheet: GridSheet, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function formatAt(sheet: GridSheet, row: number, col: number): string {
  const f = sheet.formats?.[row - sheet.top]?.[col - sheet.left];
  return f || "General";
}

export function formulaAt(sheet: GridSheet, row: number, col: number): string {
  const f = sheet.formulas?.[row - sheet.top]?.[col - sheet.left];
  return typeof f === "string" && f.startsWith("=") ? f : "";
}

/** The merged area a cell belongs to, if any. */
export function mergeAt(sheet: GridSheet, row: number, col: number): RangeRef | undefined {
  return sheet.merges?.find((m) => rangeContains(m, row, col));
}

/** Text of a cell as a label: numbers and booleans stringified, errors as their code, empty as "". */
export function rawText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

/** Builds a sheet from rows of values; handy for hosts and tests. */
export function sheetFromRows(
  name: string,
  rows: readonly (readonly CellValue[])[],
  options: { top?: number; left?: number; formats?: string[][]; merges?: RangeRef[]; formulas?: string[][] } = {},
): GridSheet {
  return {
    name,
    top: options.top ?? 0,
    left: options.left ?? 0,
    values: rows,
    formats: options.formats,
    formulas: options.formulas,
    merges: options.merges ?? [],
  };
}
