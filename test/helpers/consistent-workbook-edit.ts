// Edits of a grid for mutation and bad-input tests: set a cell, move a row, delete a column, cut a sheet off.
// Each returns a new grid and leaves its input untouched (the generated workbook is shared between tests).

import { CellRef, RangeRef } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";

function sheetIndex(grid: Grid, name: string): number {
  const i = grid.sheets.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no sheet "${name}"`);
  return i;
}

function replaceSheet(grid: Grid, name: string, edit: (s: GridSheet) => GridSheet): Grid {
  const i = sheetIndex(grid, name);
  return { sheets: grid.sheets.map((s, j) => (j === i ? edit(s) : s)) };
}

/** Sets one cell's value (and number format; General unless given). */
export function setCell(grid: Grid, ref: CellRef, value: CellValue, format = "General"): Grid {
  return replaceSheet(grid, ref.sheet, (s) => {
    const r = ref.row - s.top;
    const c = ref.col - s.left;
    const values = s.values.map((row) => [...row]);
    const formats = (s.formats ?? []).map((row) => [...row]);
    while (values.length <= r) values.push([]);
    while (formats.length <= r) formats.push([]);
    while (values[r].length <= c) values[r].push(null);
    while (formats[r].length <= c) formats[r].push("General");
    values[r][c] = value;
    formats[r][c] = format;
    return { ...s, values, formats };
  });
}

/** Sets an amount in cents, shown the way the generator shows amounts (#,##0.00). */
export function setAmount(grid: Grid, ref: CellRef, cents: number): Grid {
  return setCell(grid, ref, cents / 100, "#,##0.00");
}

/**
 * Puts a formula without a saved result in a cell, as a script or an exporter leaves it: the grid holds the
 * formula and no value (exceljs reads such a cell's result as undefined).
 */
export function setUncomputedFormula(grid: Grid, ref: CellRef, formula: string): Grid {
  const withValue = setCell(grid, ref, null, cellValue(grid, ref).format);
  return replaceSheet(withValue, ref.sheet, (s) => {
    const r = ref.row - s.top;
    const c = ref.col - s.left;
    const formulas = (s.formulas ?? []).map((row) => [...row]);
    while (formulas.length <= r) formulas.push([]);
    while (formulas[r].length <= c) formulas[r].push("");
    formulas[r][c] = formula;
    return { ...s, formulas };
  });
}

/** The value and format of a cell. */
export function cellValue(grid: Grid, ref: CellRef): { value: CellValue; format: string } {
  const s = grid.sheets[sheetIndex(grid, ref.sheet)];
  const value = s.values[ref.row - s.top]?.[ref.col - s.left] ?? null;
  const format = s.formats?.[ref.row - s.top]?.[ref.col - s.left] ?? "General";
  return { value, format };
}

/**
 * Moves a whole row (values and formats) so that it ends up at sheet row `to`; the rows in between shift by one.
 * Merges are left alone: tests move body rows, merges sit in the header.
 */
export function moveRow(grid: Grid, sheet: string, from: number, to: number): Grid {
  return replaceSheet(grid, sheet, (s) => {
    const move = <T>(rows: readonly (readonly T[])[] | undefined): T[][] | undefined => {
      if (!rows) return undefined;
      const out = rows.map((r) => [...r]);
      const [row] = out.splice(from - s.top, 1);
      out.splice(to - s.top, 0, row ?? []);
      return out;
    };
    return { ...s, values: move(s.values) ?? [], formats: move(s.formats), formulas: move(s.formulas) };
  });
}

/** Deletes a column: everything right of it moves one column left, merges included. */
export function deleteColumn(grid: Grid, sheet: string, col: number): Grid {
  return replaceSheet(grid, sheet, (s) => {
    const c = col - s.left;
    const cut = <T>(rows: readonly (readonly T[])[] | undefined): T[][] | undefined => rows?.map((r) => r.filter((_, j) => j !== c));
    const merges: RangeRef[] = [];
    for (const m of s.merges ?? []) {
      if (m.left === col && m.right === col) continue;
      const shift = (x: number) => (x > col ? x - 1 : x);
      merges.push({ ...m, left: shift(m.left), right: m.right >= col ? m.right - 1 : m.right });
    }
    return { ...s, values: cut(s.values) ?? [], formats: cut(s.formats), formulas: cut(s.formulas), merges };
  });
}

/** Keeps the sheet's rows above `fromRow` only: a table cut off at the bottom. */
export function cutOff(grid: Grid, sheet: string, fromRow: number): Grid {
  return replaceSheet(grid, sheet, (s) => {
    const keep = fromRow - s.top;
    return {
      ...s,
      values: s.values.slice(0, keep),
      formats: s.formats?.slice(0, keep),
      formulas: s.formulas?.slice(0, keep),
      merges: (s.merges ?? []).filter((m) => m.bottom < fromRow),
    };
  });
}
