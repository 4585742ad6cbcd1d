// "The workbook with its derived cells blanked", done carefully: a blank cell must not change how the table is
// recognised, or the test would measure the binder instead of the fill. Per sheet, the derived cells are
// blanked row by row from the bottom up; a row is kept (not blanked) when blanking it would move or lose a
// derived cell. In the sample this keeps the 公开05 合计 row (it has no label: a blank unlabelled row is no row)
// and the 项目资金 lines of scorecards whose headers stand one column left of their figures (only the figures
// show where the columns are).
import { CellRef, cellKey } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { derivationsOf } from "../../src/core/fill/plan";
import { bindWorkbook } from "../../src/core/tables/bind";

function blankSheet(sheet: GridSheet, cells: readonly CellRef[]): GridSheet {
  const values = sheet.values.map((r) => [...r]) as CellValue[][];
  for (const c of cells) {
    const row = values[c.row - sheet.top];
    if (row && c.col - sheet.left < row.length) row[c.col - sheet.left] = null;
  }
  return { ...sheet, values, formulas: undefined };
}

function targets(sheet: GridSheet): Set<string> {
  const grid: Grid = { sheets: [sheet] };
  return new Set(derivationsOf(grid, bindWorkbook(grid)).map((d) => cellKey(d.cell)));
}

export interface Blanking {
  /** Cells to blank. */
  readonly cells: CellRef[];
  /** Derived cells left as they are, by sheet. */
  readonly keptRows: Map<string, number[]>;
}

export function blankableDerivedCells(grid: Grid, derived: readonly CellRef[]): Blanking {
  const cells: CellRef[] = [];
  const keptRows = new Map<string, number[]>();
  for (const sheet of grid.sheets) {
    const mine = derived.filter((c) => c.sheet === sheet.name);
    if (mine.length === 0) continue;
    const expected = targets(sheet);
    const same = (got: Set<string>) => got.size === expected.size && [...expected].every((k) => got.has(k));
    if (same(targets(blankSheet(sheet, mine)))) {
      cells.push(...mine);
      continue;
    }
    const rows = [...new Set(mine.map((c) => c.row))].sort((a, b) => b - a);
    let chosen: CellRef[] = [];
    for (const row of rows) {
      const trial = [...chosen, ...mine.filter((c) => c.row === row)];
      if (same(targets(blankSheet(sheet, trial)))) chosen = trial;
      else keptRows.set(sheet.name, [...(keptRows.get(sheet.name) ?? []), row + 1]);
    }
    cells.push(...chosen);
  }
  return { cells, keptRows };
}
