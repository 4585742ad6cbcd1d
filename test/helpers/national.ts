// The national-layout sample (assets/sample/national.xlsx), read the way the CLI reads it, and rearrangements of
// it that must not change what the engine finds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { RangeRef } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { normLabel } from "../../src/core/text/normalize";

export const NATIONAL_PATH = path.join(__dirname, "../../assets/sample/national.xlsx");

let cached: Promise<Grid> | undefined;

export function loadNationalGrid(): Promise<Grid> {
  cached ??= loadWorkbook(readFileSync(NATIONAL_PATH)).then(workbookToGrid);
  return cached;
}

/** Replaces every cell whose folded text satisfies `test` by what `to` gives. */
export function relabel(grid: Grid, test: (label: string) => boolean, to: (label: string, sheet: GridSheet) => CellValue): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (typeof v === "string" && test(normLabel(v)) ? to(normLabel(v), s) : v))),
    })),
  };
}

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 表1 … 表9 → 表一 … 表九. */
export function chineseMarkers(grid: Grid): Grid {
  return relabel(grid, (l) => /^表\d$/.test(l), (l) => `表${NUMERALS[Number(l.slice(1))]}`);
}

/** 表1 … 表9 → 附件2-1 … 附件2-9. */
export function annexMarkers(grid: Grid): Grid {
  return relabel(grid, (l) => /^表\d$/.test(l), (l) => `附件2-${l.slice(1)}`);
}

/** Every sheet moved down `rows` and right `cols` (a table at B3 instead of A1). */
export function shifted(grid: Grid, rows: number, cols: number): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      top: s.top + rows,
      left: s.left + cols,
      merges: (s.merges ?? []).map((m) => ({ ...m, top: m.top + rows, bottom: m.bottom + rows, left: m.left + cols, right: m.right + cols })),
    })),
  };
}

/** Sheets renamed to names that say nothing ("数据1" …). */
export function renamed(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s, i) => {
      const name = `数据${i + 1}`;
      return { ...s, name, merges: (s.merges ?? []).map((m) => ({ ...m, sheet: name })) };
    }),
  };
}

/** Every sheet stacked on one sheet, two blank rows between tables. */
export function oneSheet(grid: Grid, name = "全部"): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: string[][] = [];
  const merges: RangeRef[] = [];
  for (const s of grid.sheets) {
    const offset = values.length - s.top;
    for (let r = 0; r < s.values.length; r++) {
      const row: CellValue[] = [];
      const fmt: string[] = [];
      const fml: string[] = [];
      for (let c = 0; c < s.left; c++) [row[c], fmt[c], fml[c]] = [null, "General", ""];
      s.values[r].forEach((v, c) => (row[s.left + c] = v));
      (s.formats?.[r] ?? []).forEach((f, c) => (fmt[s.left + c] = f));
      (s.formulas?.[r] ?? []).forEach((f, c) => (fml[s.left + c] = f));
      values.push(row);
      formats.push(fmt);
      formulas.push(fml);
    }
    for (const m of s.merges ?? []) merges.push({ ...m, sheet: name, top: m.top + offset, bottom: m.bottom + offset });
    values.push([], []);
    formats.push([], []);
    formulas.push([], []);
  }
  return { sheets: [{ name, top: 0, left: 0, values, formats, formulas, merges }] };
}
