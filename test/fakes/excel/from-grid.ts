// Builds a fake host from the core's Grid, so tests can load assets/sample/sample.xlsx (via the CLI reader)
// straight into a fake Excel.

import { Grid } from "../../../src/core/grid/grid";
import { FakeExcel, FakeExcelOptions } from "./workbook";

/** `create` makes the fake to fill (a FakeTemplateExcel, say); a plain FakeExcel by default. */
export function fakeExcelFromGrid<F extends FakeExcel = FakeExcel>(
  grid: Grid,
  options: FakeExcelOptions = {},
  create: (options: FakeExcelOptions) => F = (o) => new FakeExcel(o) as F,
): F {
  const fake = create(options);
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
