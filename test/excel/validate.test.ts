import { cellA1 } from "../../src/core/grid/address";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { clearMarks, undoLast } from "../../src/excel/clear-marks";
import { describeHostError, UserFacingError, WriteFailedError } from "../../src/excel/errors";
import { Journal } from "../../src/host/journal";
import { readWorkbook } from "../../src/excel/read-workbook";
import { validate } from "../../src/excel/validate";
import { analyze } from "../../src/core/engine";
import { Finding, Severity } from "../../src/core/findings/finding";
import { checkGrid } from "../../src/taskpane/engine";
import { BookDump, FakeExcel } from "../fakes/fake-excel";
import { loadSampleGrid } from "../helpers/sample";
import { ALL, NO_NOTES, sampleFake } from "./helpers";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "sheet!A1" of every cell whose fill differs between two dumps, with the fill colour it has now. */
function fillChanges(before: BookDump, after: BookDump): Map<string, string> {
  const out = new Map<string, string>();
  after.sheets.forEach((sheet, i) => {
    for (const [a1, cell] of Object.entries(sheet.cells)) {
      const was = before.sheets[i].cells[a1]?.fill ?? { pattern: "None" };
      if (JSON.stringify(was) !== JSON.stringify(cell.fill)) out.set(`${sheet.name}!${a1}`, cell.fill.pattern === "None" ? "none" : cell.fill.color);
    }
  });
  return out;
}

/** The mark each primary cell should carry: the colour of its worst finding (尾数 included, light blue). */
function expectedMarks(findings: readonly Finding[]): Map<string, string> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    const key = `${f.sheet}!${cellA1(f.cell)}`;
    const had = worst.get(key);
    if (!had || RANK[f.severity] < RANK[had]) worst.set(key, f.severity);
  }
  return new Map([...worst].map(([k, s]) => [k, SEVERITY_FILL[s]]));
}

async function warmNames(fake: FakeExcel): Promise<readonly string[]> {
  const names = fake.book.sheets.map((s) => s.name);
  fake.syncLog.length = 0;
  return names;
}

describe("校验 on the sample", () => {
  it("takes ≤ 2 syncs and highlights exactly the cells of the real findings, coloured by their worst severity", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    const sheetNames = await warmNames(fake);
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal, sheetNames }));
    const findings = analyze(await loadSampleGrid(), { profile: "national" }).findings;
    expect(out.report.findings).toEqual(findings);
    expect(findings.filter((f) => f.severity === "error").length).toBeGreaterThanOrEqual(30);
    expect(out.syncs).toBeLessThanOrEqual(2);
    expect(fake.syncCount).toBe(out.syncs);
    expect(fake.syncLog.map((s) => s.writes > 0)).toEqual([false, true]);
    expect(fake.syncLog[1].requestBytes).toBeLessThan(5 * 1024 * 1024);

    // Exactly the primary cells of the findings changed fill — error/warning in red/amber, and (a choice, as in the
    // CLI's annotated copy) cells whose only findings are 尾数 in light blue. Nothing else changed.
    const marks = fillChanges(original, fake.book.dump());
    expect(new Map([...marks].sort())).toEqual(new Map([...expectedMarks(findings)].sort()));
    expect(out.marked).toBe(marks.size);
    for (const f of findings.filter((x) => x.severity !== "info")) {
      expect([SEVERITY_FILL.error, SEVERITY_FILL[f.severity]]).toContain(marks.get(`${f.sheet}!${cellA1(f.cell)}`));
    }
    expect(marks.get("公开06表!I44")).toBe(SEVERITY_FILL.error);
    expect(marks.get("公开01表!F38")).toBe(SEVERITY_FILL.info); // 10602.11 vs 10602.10: a rounding tail only

    // Each marked cell's note lists every finding pointing at it.
    const i44 = fake.book.sheetByName("公开06表")!.notes.get("I44")!;
    for (const f of findings.filter((x) => x.sheet === "公开06表" && cellA1(x.cell) === "I44")) expect(i44).toContain(f.message);
    expect(i44).toContain("公用经费合计应等于 302、307、310、312、399 等其余各类之和：I44 应为 347.06，实为 694.12");
  });

  it("takes three syncs on a first run that must learn the sheet names", async () => {
    const fake = await sampleFake();
    const out = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal: new Journal() }));
    expect(out.syncs).toBe(3);
    expect(out.sheetNames).toEqual(fake.book.sheets.map((s) => s.name));
  });

  it("清除标记 leaves every cell's formatting and notes exactly as they were", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
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
    await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
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
    await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    const fewer = (g: Parameters<typeof checkGrid>[0]) => {
      const r = checkGrid(g);
      return { ...r, findings: r.findings.filter((f) => f.severity !== "warning") };
    };
    const second = await fake.run((ctx) => validate(ctx, { check: fewer, features: ALL, journal, sheetNames: fake.book.sheets.map((s) => s.name) }));
    expect(second.syncs).toBe(2);
    const w = checkGrid((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid).findings.find((f) => f.severity === "warning")!;
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
    const out = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: NO_NOTES, journal, sheetNames: fake.book.sheets.map((s) => s.name) }));
    expect(out.syncs).toBe(2);
    expect(fake.book.sheets.every((s) => s.notes.size === 0)).toBe(true);
    await fake.run((ctx) => clearMarks(ctx, journal, NO_NOTES));
    expect(fake.book.dump()).toEqual(original);
  });
});

describe("校验 refuses rather than half-applies", () => {
  it("reports a protected sheet and writes nothing", async () => {
    const fake = await sampleFake();
    const report = checkGrid((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid);
    fake.book.sheetByName(report.findings[0].cell.sheet)!.protected = true;
    const original = fake.book.dump();
    fake.syncLog.length = 0;
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
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
    const run = fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal: new Journal() }));
    await expect(run).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(describeHostError(await run.catch((e: unknown) => e))).toBe("Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。");
  });

  it("rolls back a write that fails part-way, leaving the workbook as it was", async () => {
    const fake = await sampleFake();
    const original = fake.book.dump();
    fake.failWriteAt(25, "GeneralException");
    const journal = new Journal();
    const run = fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    await expect(run).rejects.toBeInstanceOf(WriteFailedError);
    await expect(run).rejects.toMatchObject({ rolledBack: true });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    expect(fake.syncLog.find((s) => s.error)).toMatchObject({ error: "GeneralException" });
    expect(fake.syncLog.find((s) => s.error)!.writes).toBeGreaterThan(50);
    expect(fake.book.dump()).toEqual(original);
    expect(journal.last).toBeUndefined();
  });
});
