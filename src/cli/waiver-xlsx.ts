// The waiver sheet (忽略并说明, core/waivers/sheet.ts) written with exceljs: the same very-hidden sheet and text rows
// the Excel add-in writes, so a workbook answered in one host reads the same in the other. Used by tests and by
// anything that answers findings from Node; `check` only reads it, through the ordinary grid.

import ExcelJS from "exceljs";
import { WAIVER_SHEET } from "../core/waivers/model";
import { isWaiverSheet, waiverRows } from "../core/waivers/sheet";
import { Waiver } from "../core/waivers/model";

/** Replaces the waiver sheet's content with `waivers` (creating it, very hidden, when missing); no other sheet is touched. */
export function writeWaiverSheet(wb: ExcelJS.Workbook, waivers: readonly Waiver[]): ExcelJS.Worksheet {
  const old = wb.worksheets.find((ws) => isWaiverSheet(ws.name));
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(WAIVER_SHEET, { state: "veryHidden" });
  waiverRows(waivers).forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.numFmt = "@"; // text: a reason or a fingerprint must never turn into a number or a date
      cell.value = text;
    });
  });
  return ws;
}
