// 填充 against the fake Excel: the plan from the pure engine, written as formulas + number formats in as few
// syncs as possible, never over a non-empty cell without the user's agreement, and undone exactly by 撤销.
import { cellA1, cellKey, parseA1 } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { derivationsOf, planFill } from "../../src/core/fill/plan";
import { packById } from "../../src/core/packs/index";
import { bindWorkbook } from "../../src/core/tables/bind";
import { fillWorkbook, overwritable } from "../../src/excel/fill-workbook";
import { Journal } from "../../src/host/journal";
import { readGrid } from "../../src/excel/read-workbook";
import { undo } from "../../src/excel/undo";
import { AddinContext } from "../../src/excel/office-host";
import { BookDump, FakeExcel, fakeExcelFromGrid } from "../fakes/fake-excel";
import { FakeTemplateExcel } from "../fakes/fake-excel-template";
import { blankableDerivedCells } from "../fill/blanking";
import { consistentWorkbook } from "../helpers/consistent-workbook";
import { loadSampleGrid } from "../helpers/sample";
import { ALL } from "./helpers";

const names = (fake: FakeExcel) => fake.book.sheets.map((s) => s.name);
const asAddin = (ctx: unknown) => ctx as AddinContext;

async function templateFake(grid: Grid): Promise<FakeTemplateExcel> {
  return fakeExcelFromGrid(grid, {}, (o) => new FakeTemplateExcel(o));
}

/** Values, formulas and formats of every cell (fills and notes are not 填充's business). */
function contents(dump: BookDump): Record<string, { value: unknown; formula: string; numberFormat: string }> {
  const out: Record<string, { value: unknown; formula: string; numberFormat: string }> = {};
  for (const s of dump.sheets) {
    for (const [a1, c] of Object.entries(s.cells)) {
      if (c.value === null && c.formula === "" && c.numberFormat === "General") continue;
      out[`${s.name}!${a1}`] = { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
    }
  }
  return out;
}

describe("填充 on the sample", () => {
  it("plans in one sync and writes nothing while non-empty cells disagree with their formula", async () => {
    const fake = await templateFake(await loadSampleGrid());
    const original = fake.book.dump();
    const out = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal: new Journal(), profile: "national", sheetNames: names(fake) }));
    expect(out.needsConfirmation).toBe(true);
    expect(out.syncs).toBe(1);
    expect(out.written).toEqual([]);
    // The same plan as the engine's: one empty cell (附表14 上年结转 预算确定数) and the cells that differ.
    const plan = planFill(await loadSampleGrid(), { profile: "national" });
    expect(out.plan).toEqual(plan);
    expect(plan.writes.map((w) => `${w.cell.sheet}!${cellA1(w.cell)} ${w.formula}`)).toEqual(["附表14!F11 =SUM(D11,E11)"]);
    expect(overwritable(plan).length).toBeGreaterThan(20);
    expect(fake.book.dump()).toEqual(original);
  });

  it("fills only the empty cells when the user says so: one read and one write", async () => {
    const fake = await templateFake(await loadSampleGrid());
    const journal = new Journal();
    const out = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal, profile: "national", sheetNames: names(fake), overwrite: new Set() }));
    expect(out.syncs).toBe(2);
    expect(out.written.map((w) => `${w.cell.sheet}!${cellA1(w.cell)}`)).toEqual(["附表14!F11"]);
    expect(out.keptDiffering).toBe(overwritable(planFill(await loadSampleGrid())).length);
    const f11 = fake.book.sheetByName("附表14")!.cell(10, 5);
    expect(f11).toMatchObject({ formula: "=SUM(D11,E11)", numberFormat: out.written[0].numberFormat ?? f11.numberFormat });
    expect(journal.last?.label).toBe("填充");
  });

  it("填充 then 撤销 leaves values, formulas and formats exactly as before, overwritten cells included", async () => {
    const grid = await loadSampleGrid();
    const fake = await templateFake(grid);
    // A derived cell that holds a formula of its own (with a stale cached result): its formula must come back.
    const f38 = fake.book.sheetByName("公开01表")!.mutableCell(37, 5);
    Object.assign(f38, { formula: "=F12+F13", value: 10600.11 }); // 2.00 off: beyond 尾数, so a conflict
    const original = fake.book.dump();
    const journal = new Journal();
    const first = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal, profile: "national", sheetNames: names(fake) }));
    const agreed = new Set(overwritable(first.plan).map((c) => cellKey(c.cell)));
    expect(agreed.has(cellKey({ sheet: "公开01表", row: 37, col: 5 }))).toBe(true);

    fake.syncLog.length = 0;
    const out = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal, profile: "national", sheetNames: first.sheetNames, overwrite: agreed }));
    // Every write is the empty cell or one the user agreed to (once subtotals are replaced, some totals agree).
    expect(out.written.filter((w) => w.replaced !== undefined && !agreed.has(cellKey(w.cell)))).toEqual([]);
    expect(out.written.length).toBeGreaterThan(agreed.size / 2);
    // Cells that agreed until the agreed ones were replaced are not overwritten unasked: they are counted.
    expect(out.keptDiffering).toBe(out.plan.writes.length - out.written.length);
    expect(out.syncs).toBe(2);
    expect(fake.syncLog.map((s) => s.writes > 0)).toEqual([false, true]);
    for (const w of out.written) {
      const cell = fake.book.sheetByName(w.cell.sheet)!.cell(w.cell.row, w.cell.col);
      expect(cell.formula).toBe(w.formula);
      if (w.numberFormat) expect(cell.numberFormat).toBe(w.numberFormat);
    }
    expect(contents(fake.book.dump())).not.toEqual(contents(original));

    const undone = await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(undone?.label).toBe("填充");
    // The fake has no calc engine: a restored formula comes back uncalculated; compare it without its cached value.
    const after = fake.book.dump();
    const restored = after.sheets.find((s) => s.name === "公开01表")!.cells.F38;
    expect(restored).toMatchObject({ formula: "=F12+F13", value: null });
    restored.value = 10600.11;
    expect(after).toEqual(original);
    expect(contents(after)).toEqual(contents(original));
  });
});

describe("填充 on a consistent workbook with its derived cells blanked", () => {
  it("writes every derived cell without asking (nothing to overwrite), in two syncs, and 撤销 empties them again", async () => {
    const grid = consistentWorkbook({ scorecards: 2 }).grid;
    const derived = derivationsOf(grid, bindWorkbook(grid)).map((d) => d.cell);
    const { cells } = blankableDerivedCells(grid, derived);
    const fake = await templateFake(grid);
    for (const c of cells) Object.assign(fake.book.sheetByName(c.sheet)!.mutableCell(c.row, c.col), { value: null, formula: "" });
    const original = fake.book.dump();
    const blanked = await fake.run((ctx) => readGrid(ctx, ALL));
    const journal = new Journal();
    const out = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal, profile: "national", sheetNames: names(fake) }));
    expect(out.needsConfirmation).toBe(false);
    expect(out.syncs).toBe(2);
    // Exactly the engine's plan (blanked cells whose inputs are all zero or blank are left empty, as the CLI does).
    expect(out.written).toEqual(planFill(blanked, { profile: "national" }).writes);
    expect(out.written.length).toBeGreaterThan(400);
    const blankedKeys = new Set(cells.map(cellKey));
    expect(out.written.every((w) => blankedKeys.has(cellKey(w.cell)))).toBe(true);
    const a1 = parseA1(cellA1(out.written[0].cell))!;
    expect(fake.book.sheetByName(out.written[0].cell.sheet)!.cell(a1.row, a1.col).formula).toMatch(/^=/);

    await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(fake.book.dump()).toEqual(original);
    expect(journal.last).toBeUndefined();
  });

  it("plans against the template chosen in the pane: a forced pack binds the tables it names", async () => {
    const grid = await loadSampleGrid();
    const derived = derivationsOf(grid, bindWorkbook(grid)).map((d) => d.cell);
    const { cells } = blankableDerivedCells(grid, derived);
    const fake = await templateFake(grid);
    for (const c of cells) Object.assign(fake.book.sheetByName(c.sheet)!.mutableCell(c.row, c.col), { value: null, formula: "" });
    const blanked = await fake.run((ctx) => readGrid(ctx, ALL));
    const plan = (template?: string) =>
      fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal: new Journal(), profile: "national", template, sheetNames: names(fake) })).then((o) => o.plan);
    const engine = (template?: string) => planFill(blanked, { profile: "national" }, bindWorkbook(blanked, { template: template ? packById(template) : undefined }));
    const detected = await plan(undefined);
    const national = await plan("national");
    expect(detected).toEqual(engine(undefined));
    expect(await plan("yunnan-2023")).toEqual(detected); // the sample is a 云南 workbook: forcing its own pack changes nothing
    expect(national).toEqual(engine("national"));
    // and forcing 全国 does (today: its 三公 table has the horizontal layout only, so the sample's vertical 公开11表
    // gets no 合计/小计 formulas)
    expect(national.writes).not.toEqual(detected.writes);
  });

  it("never writes on a protected sheet: its cells are reported, the others filled", async () => {
    const grid = consistentWorkbook({ scorecards: 1 }).grid;
    const derived = derivationsOf(grid, bindWorkbook(grid)).map((d) => d.cell);
    const { cells } = blankableDerivedCells(grid, derived);
    const fake = await templateFake(grid);
    for (const c of cells) Object.assign(fake.book.sheetByName(c.sheet)!.mutableCell(c.row, c.col), { value: null, formula: "" });
    const locked = cells[0].sheet;
    fake.book.sheetByName(locked)!.protected = true;
    const out = await fake.run((ctx) => fillWorkbook(ctx, { features: ALL, journal: new Journal(), profile: "national", sheetNames: names(fake) }));
    expect(out.written.some((w) => w.cell.sheet === locked)).toBe(false);
    expect(out.plan.conflicts.filter((c) => c.reason === "protected").map((c) => c.cell.sheet)).toContain(locked);
    expect(out.written.length).toBeGreaterThan(0);
  });
});
