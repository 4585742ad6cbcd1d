import { formatAt, formulaAt, Grid, GridSheet, sheetBottom, sheetRight, valueAt } from "../../src/core/grid/grid";
import { bindWorkbook } from "../../src/core/tables/bind";
import { readGrid, readWorkbook } from "../../src/excel/read-workbook";
import { FakeExcel } from "../fakes/fake-excel";
import { loadSampleGrid } from "../helpers/sample";
import { ALL, sampleFake } from "./helpers";

/** Every non-empty cell of a sheet as "A1 → value|format|formula". */
function cellsOf(sheet: GridSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = sheet.top; r <= sheetBottom(sheet); r++) {
    for (let c = sheet.left; c <= sheetRight(sheet); c++) {
      const v = valueAt(sheet, r, c);
      if (v === null && !formulaAt(sheet, r, c)) continue;
      out.set(`${r},${c}`, JSON.stringify([v, formatAt(sheet, r, c), formulaAt(sheet, r, c)]));
    }
  }
  return out;
}

describe("readWorkbook on the sample", () => {
  let sample: Grid;
  beforeAll(async () => {
    sample = await loadSampleGrid();
  });

  it("reads every sheet's values, formats, formulas and merges as the CLI reader does", async () => {
    const fake = await sampleFake();
    const grid = await fake.run((ctx) => readGrid(ctx, ALL));
    expect(grid.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    grid.sheets.forEach((sheet, i) => {
      expect(cellsOf(sheet)).toEqual(cellsOf(sample.sheets[i]));
      const merges = (m: GridSheet["merges"]) => (m ?? []).map((r) => `${r.top},${r.left},${r.bottom},${r.right}`).sort();
      expect(merges(sheet.merges)).toEqual(merges(sample.sheets[i].merges));
    });
    const tables = (g: Grid) => bindWorkbook(g).tables.map((t) => `${t.id}@${t.sheet}`);
    expect(tables(grid)).toEqual(tables(sample));
    expect(tables(grid).length).toBeGreaterThan(10);
  });

  it("takes one sync when the sheet names are known, two when they are not", async () => {
    const fake = await sampleFake();
    const first = await fake.run((ctx) => readWorkbook(ctx, ALL));
    expect(first.syncs).toBe(2);
    const second = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: first.sheetNames }));
    expect(second.syncs).toBe(1);
    expect(fake.syncCount).toBe(3);
    expect(fake.syncLog.every((s) => s.writes === 0)).toBe(true);
  });

  it("knows every used cell's fill and that the sample has no notes, without asking again", async () => {
    const fake = await sampleFake();
    const read = await fake.run((ctx) => readWorkbook(ctx, ALL));
    const cell = { sheet: read.sheetNames[0], row: 5, col: 2 };
    expect(read.known.fill(cell)).toMatchObject({ pattern: "None" });
    expect(read.known.note(cell)).toBeNull();
    expect(read.protectedSheets.size).toBe(0);
  });

  it("recovers when a remembered sheet was renamed or a new one added", async () => {
    const fake = await sampleFake();
    const names = fake.book.sheets.map((s) => s.name);
    fake.book.sheets[0].name = "改名";
    const renamed = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names }));
    expect(renamed.sheetNames[0]).toBe("改名");
    expect(renamed.syncs).toBe(3); // failed speculative read, names, data
    fake.book.addSheet("新表").mutableCell(0, 0).value = "x";
    const added = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: renamed.sheetNames }));
    expect(added.sheetNames).toContain("新表");
    expect(added.grid.sheets.find((s) => s.name === "新表")!.values).toEqual([["x"]]);
    expect(added.syncs).toBe(2);
  });

  it("drops the fill read when the response would pass the payload limit", async () => {
    const size = async (fills: boolean) => {
      const f = await sampleFake();
      await f.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: f.book.sheets.map((s) => s.name), fills }));
      return f.syncLog[0].responseBytes;
    };
    const lean = await size(false);
    const full = await size(true);
    expect(full).toBeGreaterThan(lean);
    const fake = await sampleFake({ limits: { responseBytes: Math.round((lean + full) / 2) } });
    const read = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: fake.book.sheets.map((s) => s.name) }));
    expect(read.syncs).toBe(2);
    expect(read.known.fill({ sheet: read.sheetNames[0], row: 5, col: 2 })).toBeUndefined();
    expect(read.grid.sheets.length).toBe(fake.book.sheets.length);
  });

  it("skips merged areas and notes on a host below ExcelApi 1.13", async () => {
    const fake = await sampleFake({ apiVersion: "1.12" });
    const features = { merges: fake.isSetSupported("ExcelApi", "1.13"), notes: fake.isSetSupported("ExcelApi", "1.18") };
    const grid = await fake.run((ctx) => readGrid(ctx, features));
    expect(grid.sheets.every((s) => (s.merges ?? []).length === 0)).toBe(true);
  });
});

describe("readWorkbook on odd sheets", () => {
  it("reads a blank sheet as empty, a used range away from A1 with its offset, errors and booleans", async () => {
    const fake = new FakeExcel();
    fake.book.addSheet("空白");
    const s = fake.book.addSheet("My sheet");
    s.mutableCell(3, 2).value = { error: "#DIV/0!" };
    s.mutableCell(4, 3).value = true;
    Object.assign(s.mutableCell(4, 2), { value: 3, formula: "=1+2", numberFormat: "0.00" });
    s.mutableCell(5, 2).numberFormat = "0.00"; // formatted but empty: outside a values-only used range
    const grid = await fake.run((ctx) => readGrid(ctx, ALL));
    expect(grid.sheets[0]).toMatchObject({ name: "空白", values: [] });
    const sheet = grid.sheets[1];
    expect([sheet.top, sheet.left]).toEqual([3, 2]);
    expect(sheet.values).toEqual([[{ error: "#DIV/0!" }, null], [3, true]]);
    expect(sheet.formulas).toEqual([["", ""], ["=1+2", ""]]);
    expect(formatAt(sheet, 4, 2)).toBe("0.00");
  });
});
