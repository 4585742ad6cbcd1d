// Reading one input workbook for `check` and `fill`: the package checks, exceljs, the grid — and with --recalc the
// formula results LibreOffice computes in a temporary copy. The exceljs workbook returned is always the ORIGINAL
// file (annotated and filled copies are written from it, values untouched); only the grid's formula results come
// from the recalculated copy.

import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { CellValue, Grid, GridSheet } from "../core/grid/grid";
import { InputError, readWorkbookFile } from "./files";
import { Limits } from "./limits";
import { LibreOfficeError, recalculate, SOFFICE_MISSING } from "./libreoffice";
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from "./xlsx-grid";

export { SOFFICE_MISSING } from "./libreoffice";

export interface LoadedWorkbook {
  /** The original workbook, as read from the file. */
  readonly wb: ExcelJS.Workbook;
  /** What the engine reads: the original's cells, with formula results from LibreOffice when recalculated. */
  readonly grid: Grid;
}

function recalcReason(e: LibreOfficeError): string {
  if (e.kind === "missing") return SOFFICE_MISSING;
  if (e.kind === "timeout") return "LibreOffice 重新计算超时（超过 2 分钟），未能读取；可在 Excel/WPS 中重新计算并保存后再校验，或不加 --recalc";
  return "LibreOffice 无法打开或重新计算此文件；可在 Excel/WPS 中重新计算并保存后再校验，或不加 --recalc";
}

/**
 * The original grid with each formula cell's value taken from the recalculated grid (same sheet, same cell).
 * Text, number formats, merges and constants stay the original's: LibreOffice may rewrite number formats, and the
 * shown precision of a figure is read from its format.
 */
export function withRecalculatedResults(original: Grid, recalculated: Grid): Grid {
  const bySheet = new Map(recalculated.sheets.map((s) => [s.name, s]));
  return {
    sheets: original.sheets.map((sheet): GridSheet => {
      const other = bySheet.get(sheet.name);
      if (!other || !sheet.formulas) return sheet;
      const values = sheet.values.map((row, r) =>
        row.map((v, c): CellValue => {
          if (!sheet.formulas?.[r]?.[c]) return v;
          const rr = r + sheet.top - other.top;
          const cc = c + sheet.left - other.left;
          return other.values[rr]?.[cc] ?? null;
        }),
      );
      return { ...sheet, values };
    }),
  };
}

/** exceljs's model of a package read already; a package it cannot parse is the input's problem, said in zh-CN. */
export async function workbookOf(data: Buffer, display: string): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(data);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new InputError(display, e.message);
    throw e;
  }
}

export async function loadInput(file: string, display: string, options: { recalc?: boolean; limits?: Limits } = {}): Promise<LoadedWorkbook> {
  const data = await readWorkbookFile(file, display, options.limits);
  const wb = await workbookOf(data, display);
  const grid = workbookToGrid(wb);
  if (!options.recalc) return { wb, grid };
  let copy: string;
  try {
    copy = await recalculate(file);
  } catch (e) {
    if (e instanceof LibreOfficeError) throw new InputError(display, recalcReason(e));
    throw e;
  }
  try {
    const recalculated = workbookToGrid(await loadWorkbook(await fs.readFile(copy)));
    return { wb, grid: withRecalculatedResults(grid, recalculated) };
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new InputError(display, recalcReason(new LibreOfficeError("failed", e.detail)));
    throw e;
  } finally {
    await fs.rm(path.dirname(copy), { recursive: true, force: true });
  }
}
