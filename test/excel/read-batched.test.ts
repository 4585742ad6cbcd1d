// A workbook too big for one response (Excel on the web: 5 MB) is read in budgeted batches — the same grid as the
// one-sync read, every response within the limit — and 校验 still marks and clears it exactly.
import { Grid } from "../../src/core/grid/grid";
import { clearMarks } from "../../src/excel/clear-marks";
import { Journal } from "../../src/host/journal";
import { packBatches, piecesOf } from "../../src/excel/read-batched";
import { readWorkbook } from "../../src/excel/read-workbook";
import { validate } from "../../src/excel/validate";
import { checkGrid } from "../../src/taskpane/engine";
import { fakeExcelFromGrid } from "../fakes/fake-excel";
import { loadSampleGrid } from "../helpers/sample";
import { ALL } from "./helpers";

const LIMIT = 120_000;

const merges = (g: Grid) => g.sheets.map((s) => (s.merges ?? []).map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort());

describe("reading a workbook too big for one response", () => {
  it.each([
    ["whole sheets per batch", 2500],
    ["sheets cut into bands of rows", 150],
  ])("gives the grid of the one-sync read (%s)", async (_, batchCells) => {
    const sample = await loadSampleGrid();
    const names = sample.sheets.map((s) => s.name);
    const reference = await fakeExcelFromGrid(sample).run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names }));
    const fake = fakeExcelFromGrid(sample, { limits: { responseBytes: LIMIT } });
    const read = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names, batchCells }));
    expect(read.grid.sheets.map((s) => [s.name, s.top, s.left, s.values, s.formats, s.formulas])).toEqual(
      reference.grid.sheets.map((s) => [s.name, s.top, s.left, s.values, s.formats, s.formulas]));
    expect(merges(read.grid)).toEqual(merges(reference.grid));
    // with fills, without fills (both refused), the sizes, then the batches — each within the limit
    const log = fake.syncLog;
    expect(log.slice(0, 2).map((s) => s.error)).toEqual(["ResponsePayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
    expect(log.slice(2).every((s) => !s.error && s.responseBytes <= LIMIT)).toBe(true);
    expect(read.syncs).toBe(log.length);
    expect(log.length).toBeGreaterThan(4);
  });

  it("reads in batches straight away when told an earlier read needed them, and recovers from a renamed sheet", async () => {
    const sample = await loadSampleGrid();
    const names = sample.sheets.map((s) => s.name);
    const fake = fakeExcelFromGrid(sample, { limits: { responseBytes: LIMIT } });
    const first = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names, batchCells: 2500 }));
    expect(first.batched).toBe(true);
    fake.syncLog.length = 0;
    const again = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names, batchCells: 2500, batched: true }));
    expect(fake.syncLog.every((s) => !s.error)).toBe(true);
    expect(again.syncs).toBe(first.syncs - 2);
    expect(again.grid).toEqual(first.grid);

    fake.book.sheets[3].name = "改名";
    fake.syncLog.length = 0;
    const renamed = await fake.run((ctx) => readWorkbook(ctx, ALL, { sheetNames: names, batchCells: 2500, batched: true }));
    expect(renamed.sheetNames[3]).toBe("改名");
    expect(renamed.grid.sheets[3].values).toEqual(first.grid.sheets[3].values);
    expect(fake.syncLog.filter((s) => s.error).map((s) => s.error)).toEqual(["ItemNotFound"]);
  });

  it("marks and clears exactly after a batched read", async () => {
    const fake = fakeExcelFromGrid(await loadSampleGrid(), { limits: { responseBytes: 300_000 } });
    const original = fake.book.dump();
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    expect(out.marked).toBeGreaterThan(40);
    expect(fake.syncLog.every((s) => !s.error || s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    await fake.run((ctx) => clearMarks(ctx, journal, ALL));
    expect(fake.book.dump()).toEqual(original);
  });

  it("bands a sheet wider than the budget by rows and packs pieces in order", () => {
    const area = { sheet: "S", top: 2, left: 1, bottom: 101, right: 10 };
    const pieces = piecesOf("S", area, 250);
    expect(pieces.map((p) => [p.area.top, p.area.bottom, p.cells])).toEqual([[2, 26, 250], [27, 51, 250], [52, 76, 250], [77, 101, 250]]);
    const small = (name: string, cells: number) => ({ name, area: { ...area, sheet: name }, cells });
    expect(packBatches([small("a", 100), small("b", 100), small("c", 100), small("d", 300)], 250).map((b) => b.map((p) => p.name))).toEqual([["a", "b"], ["c"], ["d"]]);
  });
});
