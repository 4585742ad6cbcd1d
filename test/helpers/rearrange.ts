// Rearranged copies of a grid, the way real workbooks differ from the sample: everything on one sheet,
// meaningless sheet names, tables not at A1, amounts typed as text, subtotal rows added.
import { RangeRef } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet, sheetRight } from "../../src/core/grid/grid";
import { displayText } from "../../src/core/numbers/parse";

function pad<T>(rows: readonly (readonly T[])[] | undefined, height: number, fill: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < height; r++) out.push([...(rows?.[r] ?? [])].map((v) => (v === undefined ? fill : v)));
  return out;
}

/** Moves every sheet's content down and right (a table starting at B3 instead of A1). */
export function shift(grid: Grid, rows: number, cols: number): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: [...Array(rows).fill([]), ...s.values.map((r) => [...Array(cols).fill(null), ...r])],
      formats: s.formats && [...Array(rows).fill([]), ...s.formats.map((r) => [...Array(cols).fill("General"), ...r])],
      formulas: undefined,
      merges: (s.merges ?? []).map((m) => ({ ...m, top: m.top + rows, bottom: m.bottom + rows, left: m.left + cols, right: m.right + cols })),
    })),
  };
}

/** Sheet names that say nothing: Sheet1, Sheet2 … */
export function renameSheets(grid: Grid, prefix = "Sheet"): Grid {
  return {
    sheets: grid.sheets.map((s, i) => {
      const name = `${prefix}${i + 1}`;
      return { ...s, name, merges: (s.merges ?? []).map((m) => ({ ...m, sheet: name })) };
    }),
  };
}

/** All sheets stacked on one sheet, a few blank rows apart. */
export function oneSheet(grid: Grid, name = "全部", gap = 3): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const merges: RangeRef[] = [];
  for (const s of grid.sheets) {
    const top = values.length;
    const height = s.values.length;
    values.push(...pad(s.values, height, null));
    formats.push(...pad(s.formats, height, "General"));
    for (const m of s.merges ?? []) merges.push({ ...m, sheet: name, top: m.top + top - s.top, bottom: m.bottom + top - s.top });
    for (let g = 0; g < gap; g++) {
      values.push([]);
      formats.push([]);
    }
  }
  return { sheets: [{ name, top: 0, left: 0, values, formats, merges }] };
}

/** Every number replaced by the text it displays ("10,584.32" typed as text). */
export function amountsAsText(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) => row.map((v, c) => (typeof v === "number" ? displayText(v, s.formats?.[r]?.[c] ?? "General") : v))),
      formats: s.formats?.map((row) => row.map(() => "@")),
    })),
  };
}

/** Inserts rows (given as values) before a sheet row; merges below move down. */
export function insertRows(sheet: GridSheet, before: number, rows: CellValue[][], formats?: string[][]): GridSheet {
  const at = before - sheet.top;
  const values = [...sheet.values.slice(0, at), ...rows, ...sheet.values.slice(at)];
  const fmts = sheet.formats && [...sheet.formats.slice(0, at), ...(formats ?? rows.map((r) => r.map(() => "#,##0.00"))), ...sheet.formats.slice(at)];
  const merges = (sheet.merges ?? []).map((m) => (m.top >= before ? { ...m, top: m.top + rows.length, bottom: m.bottom + rows.length } : m));
  return { ...sheet, values, formats: fmts, merges };
}

export function width(sheet: GridSheet): number {
  return sheetRight(sheet) - sheet.left + 1;
}
