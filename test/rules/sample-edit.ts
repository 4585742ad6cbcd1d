// Sheets of the sample (real layouts), edited by hand, for the table-driven rule tests. Cells are named by the
// table's label, row key and column key ("公开12:total:current"); addresses come from the reference binding,
// which test/tables verifies cell by cell.
import { cellA1 } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { bindWorkbook } from "../../src/core/tables/bind";
import { BoundWorkbook, cellOf } from "../../src/core/tables/model";
import { sampleGridSync } from "../helpers/sample-sync";
import { tableByLabel } from "../helpers/tables";

// jest collects tests synchronously, so the cases are built from the sample read by the global setup.
export const sample: Grid = sampleGridSync();
export const ref: BoundWorkbook = bindWorkbook(sample);

export function sheets(...names: string[]): Grid {
  return { sheets: names.map((n) => sample.sheets.find((s) => s.name === n)!) };
}

/** "公开12:total:current" → the cell's sheet, row and col in the sample. */
export function at(path: string) {
  const [id, row, col] = path.split(":");
  const f = cellOf(tableByLabel(ref, id)!, row, col);
  if (!f) throw new Error(`${path} is not bound in the sample`);
  return f.ref;
}

/** "公开12表!C15". */
export const a1 = (path: string) => `${at(path).sheet}!${cellA1(at(path))}`;

export function edit(grid: Grid, edits: [string, CellValue][]): Grid {
  return {
    sheets: grid.sheets.map((s: GridSheet) => {
      const mine = edits.filter(([p]) => at(p).sheet === s.name);
      if (!mine.length) return s;
      const values = s.values.map((r) => [...r]);
      for (const [p, v] of mine) values[at(p).row - s.top][at(p).col - s.left] = v;
      return { ...s, values };
    }),
  };
}
