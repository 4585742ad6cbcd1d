// Writes a core Grid to an .xlsx file (exceljs): values, number formats and merged areas, one worksheet per
// grid sheet. Used to feed generated workbooks through the CLI's own reader (tests) and to the CLI itself (bench).

import ExcelJS from "exceljs";
import { CellValue, Grid, isCellError } from "../../src/core/grid/grid";

type ExcelErrorCode = ExcelJS.CellErrorValue["error"];

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelErrorCode };
  return v;
}

export function gridToWorkbook(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "juesuan consistent-workbook";
  // Fixed dates keep the file identical from run to run.
  wb.created = new Date(Date.UTC(2024, 8, 1));
  wb.modified = wb.created;
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(s.top + i + 1, s.left + j + 1);
        cell.value = excelValue(v);
        const format = s.formats?.[i]?.[j];
        if (format && format !== "General") cell.numFmt = format;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function writeGridXlsx(grid: Grid, file: string): Promise<void> {
  await gridToWorkbook(grid).xlsx.writeFile(file);
}

export async function gridToXlsxBuffer(grid: Grid): Promise<Buffer> {
  return Buffer.from(await gridToWorkbook(grid).xlsx.writeBuffer());
}
