// Builds a fake host from the core's Grid, so tests can load assets/sample/sample.xlsx (via the CLI reader)
// straight into a fake Excel.

import { Grid } from "../../../src/core/grid/grid";
import { FakeExcel, FakeExcelOptions } from "./workbook";

export function fakeExcelFromGrid(grid: Grid, options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  for (const gs of grid.sheets) {
    const sheet = fake.book.addSheet(gs.name);
    gs.values.forEach((row, i) => {
      row.forEach((value, j) => {
        const r = gs.top + i;
        const c = gs.left + j;
        const format = gs.formats?.[i]?.[j] ?? "General";
        const formula = gs.formulas?.[i]?.[j] ?? "";
        if (value === null && formula === "" && format === "General") return;
        const cell = sheet.mutableCell(r, c);
        cell.value = value;
        cell.formula = formula.startsWith("=") ? formula : "";
        cell.numberFormat = format || "General";
      });
    });
    sheet.merges = (gs.merges ?? []).map((m) => ({ ...m, sheet: gs.name }));
  }
  return fake;
}
