// Saves the fake WPS workbook as .xlsx (values, formulas, number formats, merges) so that LibreOffice can
// recalculate what the adapter wrote. Every formula is saved with a deliberately wrong cached result.

import ExcelJS from "exceljs";
import { rangeA1 } from "../../../src/core/grid/address";
import { FakeBookState } from "./state";

export async function fakeToXlsx(book: FakeBookState, file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  let formulas = 0;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [key, c] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      const cell = ws.getCell(row + 1, col + 1);
      if (c.formula) {
        cell.value = { formula: c.formula.slice(1), result: 987654.321 } as ExcelJS.CellFormulaValue;
        formulas++;
      } else if (c.value !== null) cell.value = typeof c.value === "object" ? ({ error: c.value.error } as ExcelJS.CellErrorValue) : c.value;
      if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
    }
    for (const m of s.merges) ws.mergeCells(rangeA1(m));
  }
  await wb.xlsx.writeFile(file);
  return formulas;
}
