import { cellA1 } from "../../src/core/grid/address";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { clearMarks, undoLast } from "../../src/excel/clear-marks";
import { describeHostError, UserFacingError, WriteFailedError } from "../../src/excel/errors";
import { Journal } from "../../src/excel/journal";
import { readWorkbook } from "../../src/excel/read-workbook";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fakes/fake-excel";
import { ALL, NO_NOTES, sampleFake, syntheticCheck } from "./helpers";

async function warmNames(fake: FakeExcel): Promise<readonly string[]> {
  const names = fake.book.sheets.map((s) => s.name);
  fake.syncLog.length = 0;
  return names;
}

describe("校验 on the sample", () => {
  it("reads in one sync and marks in one sync when the sheet list is known", async () => {
    const fake = await sampleFake();
    const sheetNames = await warmNames(fake);
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal, sheetNames }));
    expect(out.report.findings.length).toBeGreaterThan(20);
    expect(out.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.syncLog.map((s) => s.writes > 0)).toEqual([false, true]);
    expect(fake.syncLog[1].requestBytes).toBeLessThan(5 * 1024 * 1024);

    const error = out.report.findings.find((f) => f.severity === "error")!;
    const sheet = fake.book.sheetByName(error.cell.sheet)!;
    expect(sheet.cell(error.cell.row, error.cell.col).fill).toMatchObject({ pattern: "Solid", color: SEVERITY_FILL.error, tintAndShade: 0 });
    expect(sheet.notes.get(cellA1(error.cell))).toContain(error.message);
  });

  it("takes three syncs on a first run that must learn the sheet names", async () => {
    const fake = await sampleFake();
    const out = await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal: new Journal() }));
    expect(out.syncs).toBe(3);
    expect(out.sheetNames).toEqual(fake.book.sheets.map((s) => s.name));
  });

  it("清除标记 leaves every cell's formatting and notes exactly as they were", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal }));
    expect(fake.book.dump()).not.toEqual(original);
    const cleared = await fake.run((ctx) => clearMarks(ctx, journal, ALL));
    expect(cleared.cleared).toBeGreaterThan(20);
    expect(cleared.syncs).toBe(2); // probe current state (for 撤销), write
    expect(fake.book.dump()).toEqual(original);
    expect(journal.marks).toBeUndefined();
  });

  it("撤销 undoes 清除标记, then the 校验 itself", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal }));
    const marked = fake.book.dump();
    await fake.run((ctx) => clearMarks(ctx, journal, ALL));
    expect((await fake.run((ctx) => undoLast(ctx, journal, ALL)))!.label).toBe("清除标记");
    expect(fake.book.dump()).toEqual(marked);
    expect(journal.marks!.cells.length).toBeGreaterThan(0);
    expect((await fake.run((ctx) => undoLast(ctx, journal, ALL)))!.label).toBe("校验");
    expect(fake.book.dump()).toEqual(original);
    expect(await fake.run((ctx) => undoLast(ctx, journal, ALL))).toBeUndefined();
  });

  it("a second 校验 puts back cells no longer found and keeps the originals under the marks", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal }));
    const fewer = (g: Parameters<typeof syntheticCheck>[0]) => {
      const r = syntheticCheck(g);
      return { ...r, findings: r.findings.filter((f) => f.severity !== "warning") };
    };
    const second = await fake.run((ctx) => validate(ctx, { check: fewer, features: ALL, journal, sheetNames: fake.book.sheets.map((s) => s.name) }));
    expect(second.syncs).toBe(2);
    const w = syntheticCheck((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid).findings.find((f) => f.severity === "warning")!;
    const cell = fake.book.sheetByName(w.cell.sheet)!.cell(w.cell.row, w.cell.col);
    expect(cell.fill.pattern).toBe("None");
    expect(fake.book.sheetByName(w.cell.sheet)!.notes.has(cellA1(w.cell))).toBe(false);
    await fake.run((ctx) => clearMarks(ctx, journal, ALL));
    expect(fake.book.dump()).toEqual(original);
  });

  it("works without notes (ExcelApi below 1.18): fills only, still restored exactly", async () => {
    const fake = await sampleFake({ apiVersion: "1.13" });
    const original = fake.book.dump();
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: NO_NOTES, journal, sheetNames: fake.book.sheets.map((s) => s.name) }));
    expect(out.syncs).toBe(2);
    expect(fake.book.sheets.every((s) => s.notes.size === 0)).toBe(true);
    await fake.run((ctx) => clearMarks(ctx, journal, NO_NOTES));
    expect(fake.book.dump()).toEqual(original);
  });
});

describe("校验 refuses rather than half-applies", () => {
  it("reports a protected sheet and writes nothing", async () => {
    const fake = await sampleFake();
    const report = syntheticCheck((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid);
    fake.book.sheetByName(report.findings[0].cell.sheet)!.protected = true;
    const original = fake.book.dump();
    fake.syncLog.length = 0;
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal }));
    expect(out.marked).toBe(0);
    expect(out.notMarked).toMatch(/受保护/);
    expect(out.report.findings.length).toBe(report.findings.length);
    expect(fake.syncLog.every((s) => s.writes === 0)).toBe(true);
    expect(fake.book.dump()).toEqual(original);
    expect(journal.last).toBeUndefined();
  });

  it("turns cell-edit mode into a zh-CN message", async () => {
    const fake = await sampleFake();
    fake.book.cellEditMode = true;
    const run = fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal: new Journal() }));
    await expect(run).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(describeHostError(await run.catch((e: unknown) => e))).toBe("Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。");
  });

  it("rolls back a write that fails part-way, leaving the workbook as it was", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    fake.failWriteAt(25, "GeneralException");
    const journal = new Journal();
    const run = fake.run((ctx) => validate(ctx, { check: syntheticCheck, features: ALL, journal }));
    await expect(run).rejects.toBeInstanceOf(WriteFailedError);
    await expect(run).rejects.toMatchObject({ rolledBack: true });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    expect(fake.syncLog.find((s) => s.error)).toMatchObject({ error: "GeneralException" });
    expect(fake.syncLog.find((s) => s.error)!.writes).toBeGreaterThan(50);
    expect(fake.book.dump()).toEqual(original);
    expect(journal.last).toBeUndefined();
  });
});
