// Applying a fill plan to an exceljs workbook: live formulas with the engine's value cached, and the number
// format to show them in. Also tells the core which cells may not be written (locked cells on protected sheets).

import ExcelJS from "exceljs";
import { CellRef, toA1 } from "../core/grid/address";
import { FillWrite } from "../core/fill/types";

/** A locked cell on a protected sheet. Cells are locked unless their style says otherwise (Excel's default). */
export function lockedCells(wb: ExcelJS.Workbook): (ref: CellRef) => boolean {
  return (ref) => {
    const ws = wb.getWorksheet(ref.sheet);
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null } | undefined)?.sheetProtection;
    if (!ws || !protection?.sheet) return false;
    return ws.getCell(ref.row + 1, ref.col + 1).protection?.locked !== false;
  };
}

function cachedResult(w: FillWrite): number | string {
  return w.kind === "grade" ? w.value : Number(w.value);
}

/**
 * A shared formula's clones are stored relative to their master: before a master is replaced, give each of its
 * clones its own formula text, or exceljs would write clones pointing at a formula that is gone.
 */
function detachClones(ws: ExcelJS.Worksheet, masters: ReadonlySet<string>): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { sharedFormula?: string } | null;
      if (v && typeof v === "object" && v.sharedFormula && masters.has(v.sharedFormula)) {
        cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

export function applyWrites(wb: ExcelJS.Workbook, writes: readonly FillWrite[]): void {
  const bySheet = new Map<string, FillWrite[]>();
  for (const w of writes) bySheet.set(w.cell.sheet, [...(bySheet.get(w.cell.sheet) ?? []), w]);
  for (const [name, list] of bySheet) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`工作表“${name}”不存在`);
    detachClones(ws, new Set(list.map((w) => toA1(w.cell.row, w.cell.col))));
    for (const w of list) {
      const cell = ws.getCell(w.cell.row + 1, w.cell.col + 1);
      cell.value = { formula: w.formula.replace(/^=/, ""), result: cachedResult(w) } as ExcelJS.CellFormulaValue;
      if (w.numberFormat) cell.numFmt = w.numberFormat;
    }
  }
  // The cached results are the engine's; let Excel recompute everything on open all the same.
  wb.calcProperties.fullCalcOnLoad = true;
}
