// The WPS adapter passes the Office.js adapter's behaviour tests on the fake ET object model: 校验 paints and
// writes no value, 清除标记 and 撤销 put back exactly what was there (no fill, white, patterns, comments),
// 填充 writes formulas and formats, 插入模板 adds a sheet and never replaces one.

import { analyze } from "../../src/core/engine";
import { cellA1 } from "../../src/core/grid/address";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { Severity } from "../../src/core/findings/finding";
import { Journal } from "../../src/host/journal";
import { checkGrid } from "../../src/taskpane/engine";
import { addWaiver, WAIVER_SHEET, waiverRows } from "../../src/core/waivers/index";
import { wpsHost } from "../../src/wps/wps-host";
import { dumpBook } from "../fakes/wps/book";
import { loadSampleGrid } from "../helpers/sample";
import { bgr, sampleEt } from "./helpers";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

async function expectedMarks(): Promise<Map<string, number>> {
  const worst = new Map<string, Severity>();
  for (const f of analyze(await loadSampleGrid(), { profile: "national" }).findings) {
    const key = `${f.sheet}!${cellA1(f.cell)}`;
    const had = worst.get(key);
    if (!had || RANK[f.severity] < RANK[had]) worst.set(key, f.severity);
  }
  return new Map([...worst].map(([k, s]) => [k, bgr(SEVERITY_FILL[s])]));
}

describe("校验 on the sample in WPS 表格", () => {
  it("reports what analyze() reports, paints exactly the findings' cells by worst severity, comments them, writes no value", async () => {
    const et = await sampleEt();
    const before = dumpBook(et.book);
    const host = wpsHost(et.app);
    const journal = new Journal();
    const out = await host.validate({ check: checkGrid, journal });
    expect(out.report.findings).toEqual(analyze(await loadSampleGrid(), { profile: "national" }).findings);
    const after = dumpBook(et.book);
    const painted = new Map([...after].filter(([, c]) => c.fill.pattern === 1).map(([k, c]) => [k, c.fill.color]));
    const expected = await expectedMarks();
    expect(painted).toEqual(expected);
    expect(out.marked).toBe(expected.size);
    for (const [key, cell] of after) {
      const was = before.get(key) ?? { value: null, formula: "", numberFormat: "General" };
      expect([key, cell.value, cell.formula, cell.numberFormat]).toEqual([key, was.value, was.formula, was.numberFormat]);
    }
    const gpb = after.get("公开06!I39") ?? [...after.values()].find((c) => c.comment?.includes("694.12"));
    expect(gpb?.comment).toMatch(/694\.12|347\.06/);
    expect(et.book.screenUpdating).toBe(true);
    expect(et.book.writesWithScreenOn).toBe(0);
  });

  it("清除标记 puts back no fill, white, patterns and existing comments exactly", async () => {
    const et = await sampleEt();
    const targets = [...(await expectedMarks()).keys()].slice(0, 3).map((k) => k.split("!") as [string, string]);
    const ws = (name: string) => et.app.ActiveWorkbook!.Worksheets.Item(name);
    const [white, patterned, commented] = targets;
    ws(white[0]).Range(white[1]).Interior.Color = 0xffffff;
    const p = ws(patterned[0]).Range(patterned[1]).Interior;
    p.Color = bgr("#00B050");
    p.Pattern = -4125; // xlGray50
    p.PatternColor = bgr("#7030A0");
    ws(commented[0]).Range(commented[1]).AddComment("张三：此数据已与财务核对");
    const original = dumpBook(et.book);
    const host = wpsHost(et.app);
    const journal = new Journal();
    await host.validate({ check: checkGrid, journal });
    const marked = dumpBook(et.book);
    expect(marked.get(commented.join("!"))?.comment).toMatch(/^张三：此数据已与财务核对\n——\n/);
    expect(marked.get(white.join("!"))?.fill.pattern).toBe(1);
    expect(marked.get(white.join("!"))?.fill.color).not.toBe(0xffffff);

    const cleared = await host.clearMarks(journal);
    expect(cleared.cleared).toBe((await expectedMarks()).size);
    expect(dumpBook(et.book)).toEqual(original);
    expect(original.get(white.join("!"))?.fill).toEqual({ pattern: 1, color: 0xffffff, tintAndShade: 0, patternColor: 0, patternTintAndShade: 0 });
    expect(original.get(patterned.join("!"))?.fill.pattern).toBe(-4125);

    // 撤销 of 清除标记 brings the marks back; 撤销 of 校验 then restores the original again.
    await host.undo(journal);
    expect(dumpBook(et.book)).toEqual(marked);
    expect((await host.undo(journal))?.label).toBe("校验");
    expect(dumpBook(et.book)).toEqual(original);
    expect(await host.undo(journal)).toBeUndefined();
  });

  it("a second 校验 puts back cells no longer marked and keeps the original comment under a re-marked cell", async () => {
    const et = await sampleEt();
    const host = wpsHost(et.app);
    const journal = new Journal();
    const [sheet, a1] = [...(await expectedMarks()).keys()][0].split("!");
    et.app.ActiveWorkbook!.Worksheets.Item(sheet).Range(a1).AddComment("原有批注");
    const original = dumpBook(et.book);
    await host.validate({ check: checkGrid, journal });
    await host.validate({ check: checkGrid, journal });
    const twice = dumpBook(et.book).get(`${sheet}!${a1}`)!.comment!;
    expect(twice.startsWith("原有批注\n——\n")).toBe(true);
    expect(twice.split("——").length).toBe(2);
    await host.validate({ check: () => ({ findings: [], tables: [], problems: [] }), journal });
    expect(dumpBook(et.book)).toEqual(original);
  });

  it("on a protected sheet marks nothing, says so, and changes nothing", async () => {
    const et = await sampleEt();
    const [sheet] = [...(await expectedMarks()).keys()][0].split("!");
    et.book.sheet(sheet).protected = true;
    const original = dumpBook(et.book);
    const out = await wpsHost(et.app).validate({ check: checkGrid, journal: new Journal() });
    expect(out.marked).toBe(0);
    expect(out.notMarked).toContain(`工作表“${sheet}”受保护`);
    expect(dumpBook(et.book)).toEqual(original);
  });
});

describe("填充 and 插入模板 in WPS 表格", () => {
  it("填充 writes the plan's formulas and number formats and nothing else; 撤销 puts every cell back", async () => {
    const et = await sampleEt();
    const host = wpsHost(et.app);
    const journal = new Journal();
    const original = dumpBook(et.book);
    const first = await host.fill({ journal, profile: "national" });
    expect(first.needsConfirmation).toBe(true);
    expect(dumpBook(et.book)).toEqual(original);
    const out = await host.fill({ journal, profile: "national", overwrite: new Set() });
    expect(out.written.length).toBeGreaterThan(0);
    const after = dumpBook(et.book);
    for (const w of out.written) {
      const cell = after.get(`${w.cell.sheet}!${cellA1(w.cell)}`);
      expect([cellA1(w.cell), cell?.formula]).toEqual([cellA1(w.cell), w.formula]);
      if (w.numberFormat) expect(cell?.numberFormat).toBe(w.numberFormat);
    }
    const written = new Set(out.written.map((w) => `${w.cell.sheet}!${cellA1(w.cell)}`));
    for (const [key, cell] of after) if (!written.has(key)) expect(cell).toEqual(original.get(key));
    expect((await host.undo(journal))?.label).toBe("填充");
    expect(dumpBook(et.book)).toEqual(original);
  });

  it("插入模板 adds 附表15-21 after the active sheet, draws a self-scoring scorecard, and 撤销 deletes it", async () => {
    const et = await sampleEt();
    const host = wpsHost(et.app);
    const journal = new Journal();
    const names = et.book.sheets.map((s) => s.name);
    et.book.active = 2;
    const sheet = await host.insertScorecard(journal, { kind: "project", indicators: 5, year: 2024 });
    expect(sheet.name).toBe(`附表15-${names.filter((n) => /^附表15-\d+$/.test(n)).length + 1}`);
    expect(et.book.sheets.map((s) => s.name)).toEqual([...names.slice(0, 3), sheet.name, ...names.slice(3)]);
    expect(et.book.sheets[et.book.active].name).toBe(sheet.name);
    const drawn = et.book.sheet(sheet.name);
    const formulas = [...drawn.cells.values()].filter((c) => c.formula.startsWith("="));
    expect(formulas.length).toBeGreaterThan(10);
    expect(drawn.merges.length).toBeGreaterThan(5);
    expect(drawn.validations.length).toBeGreaterThan(0);
    expect([...drawn.cells.values()].some((c) => typeof c.value === "string" && c.value.includes("2024"))).toBe(true);
    expect(et.book.displayAlerts).toBe(true);
    const undone = await host.undo(journal);
    expect(undone?.removedSheet).toEqual({ name: sheet.name, gone: false });
    expect(et.book.sheets.map((s) => s.name)).toEqual(names);
    expect(et.book.displayAlerts).toBe(true);
  });

  it("without a workbook open, says so in one sentence", async () => {
    const host = wpsHost({ ActiveWorkbook: null, ScreenUpdating: true, DisplayAlerts: true });
    const error = await host.validate({ check: checkGrid, journal: new Journal() }).catch((e: unknown) => e);
    expect(host.describeError(error)).toBe("没有打开的工作簿：请先打开要校验的工作簿，再点击按钮。");
    expect(host.describeError(new Error("下标越界"))).toBe("WPS 表格报告错误：下标越界。");
  });

  it("selects a cell on another sheet, and keeps settings and waivers in the document", async () => {
    const et = await sampleEt();
    const host = wpsHost(et.app);
    await host.selectCell({ sheet: et.book.sheets[4].name, row: 9, col: 2 });
    expect(et.book.active).toBe(4);
    expect(et.book.sheets[4].selection).toBe("C10");
    await host.settings.set("juesuan.profile", "province-80-70-60");
    expect(host.settings.get("juesuan.profile")).toBe("province-80-70-60");
    expect(et.book.properties.get("juesuan.profile")).toBe("province-80-70-60");
    await host.writeWaivers([["公开05", "D7", "001", "=说明"]]);
    await host.writeWaivers([["公开06", "I39", "已核对"]]);
    const w = et.book.sheet(WAIVER_SHEET);
    expect(w.visible).toBe(2);
    expect(et.book.active).toBe(4);
    expect([w.cell(0, 0)?.value, w.cell(0, 2)?.value, w.cell(0, 3)?.value, w.cell(1, 0)?.value]).toEqual(["公开06", "已核对", null, undefined]);
    await host.writeWaivers([["公开05", "D7", "001", "=说明"]]);
    expect([w.cell(0, 2)?.value, w.cell(0, 3)?.value, w.cell(0, 3)?.numberFormat]).toEqual(["001", "=说明", "@"]);
    // A sheet that is not in the waivers' format answers nothing: the findings are the sample's.
    const out = await host.validate({ check: checkGrid, journal: new Journal() });
    expect(out.report.findings).toEqual(analyze(await loadSampleGrid(), { profile: "national" }).findings);
  });

  it("round-trips a waiver: written through the host, read back by the next 校验 from the very hidden sheet", async () => {
    const et = await sampleEt();
    const host = wpsHost(et.app);
    const journal = new Journal();
    const first = await host.validate({ check: checkGrid, journal });
    const target = first.report.findings.find((f) => f.severity === "error")!;
    const print = first.report.waivers!.fingerprint(target);
    await host.writeWaivers(waiverRows(addWaiver([], target, print, "省厅要求按年初预算数计算执行率", "2026-12-06T10:00:00.000Z")));
    expect(et.book.sheet(WAIVER_SHEET).visible).toBe(2);
    const second = await host.validate({ check: checkGrid, journal });
    const waived = second.report.findings.filter((f) => f.waiver);
    expect(waived.map((f) => [f.rule, f.check, f.sheet, f.cell, f.waiver?.reason])).toEqual([
      [target.rule, target.check, target.sheet, target.cell, "省厅要求按年初预算数计算执行率"],
    ]);
    expect(second.report.findings.length).toBe(first.report.findings.length);
  });
});
