// Workbooks for the fill tests: core grids written as .xlsx, copies with chosen cells blanked, the CLI run
// in-process, formula results read back (cell.result: exceljs drops a cached 0 from cell.value).
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { CellRef, cellA1, rangeA1 } from "../../src/core/grid/address";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { FillWrite } from "../../src/core/fill/types";
import { main } from "../../src/cli/main";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";

export async function gridToXlsx(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(sheet.top + r + 1, sheet.left + c + 1);
        cell.value = typeof v === "object" ? { error: v.error } as ExcelJS.CellErrorValue : v;
        const fmt = sheet.formats?.[r]?.[c];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(rangeA1(m));
  }
  await wb.xlsx.writeFile(file);
}

/** A copy of `file` with the given cells emptied (formats kept), as a person would find a form to fill. */
export async function blankCopy(file: string, cells: readonly CellRef[], out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ref of cells) {
    const ws = wb.getWorksheet(ref.sheet);
    if (!ws) throw new Error(`no sheet ${ref.sheet}`);
    ws.getCell(ref.row + 1, ref.col + 1).value = null;
  }
  await wb.xlsx.writeFile(out);
}

export async function gridOfFile(file: string): Promise<Grid> {
  return workbookToGrid(await loadWorkbook(readFileSync(file)));
}

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export interface FilledCell {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly value: string;
}

/** Formula text and cached result of cells, by "sheet!A1". */
export async function readFormulaCells(file: string, cells: readonly { sheet: string; cell: string }[]): Promise<Map<string, { formula?: string; result: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, { formula?: string; result: unknown }>();
  for (const c of cells) {
    const cell = wb.getWorksheet(c.sheet)?.getCell(c.cell);
    out.set(`${c.sheet}!${c.cell}`, { formula: cell?.formula, result: cell?.result });
  }
  return out;
}

/** Every formula's cached result replaced by a wrong one, so only a real recalculation can give the right values. */
export async function poisonCachedResults(file: string, out: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        cell.value = { formula: cell.formula, result: typeof cell.result === "string" ? "错" : 987654.321 } as ExcelJS.CellFormulaValue;
        n++;
      }),
    ),
  );
  await wb.xlsx.writeFile(out);
  return n;
}

export const a1 = (ref: CellRef) => ({ sheet: ref.sheet, cell: cellA1(ref) });

/** The grid a host would read back after applying writes: each cell holds its formula and cached value. */
export function applyToGrid(grid: Grid, writes: readonly FillWrite[]): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      const mine = writes.filter((w) => w.cell.sheet === s.name);
      if (mine.length === 0) return s;
      const values = s.values.map((r) => [...r]) as CellValue[][];
      const formulas = s.values.map((r, i) => r.map((_, j) => s.formulas?.[i]?.[j] ?? ""));
      const formats = s.values.map((r, i) => r.map((_, j) => s.formats?.[i]?.[j] ?? "General"));
      for (const w of mine) {
        const r = w.cell.row - s.top;
        const c = w.cell.col - s.left;
        while (values.length <= r) {
          values.push([]);
          formulas.push([]);
          formats.push([]);
        }
        values[r][c] = w.kind === "grade" ? w.value : Number(w.value);
        formulas[r][c] = w.formula;
        if (w.numberFormat) formats[r][c] = w.numberFormat;
      }
      return { ...s, values, formulas, formats };
    }),
  };
}

/** A grid with the given cells emptied (values and formulas). */
export function blankGrid(grid: Grid, cells: readonly CellRef[]): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      const mine = cells.filter((c) => c.sheet === s.name);
      if (mine.length === 0) return s;
      const values = s.values.map((r) => [...r]) as CellValue[][];
      for (const c of mine) if (values[c.row - s.top]) values[c.row - s.top][c.col - s.left] = null;
      return { ...s, values, formulas: undefined };
    }),
  };
}
