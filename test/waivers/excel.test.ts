// Waivers through the typed Office.js fake: written into the very-hidden sheet in one write batch, read back by the
// ordinary readWorkbook, applied by the engine; 校验 leaves a waived finding's cell unmarked (its format comes back);
// removing the last waiver leaves an empty list. The fake enforces Office.js' rules on hidden sheets.
import { cellA1 } from "../../src/core/grid/address";
import { analyze } from "../../src/core/engine";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { addWaiver, readWaivers, removeWaiver, WAIVER_SHEET, waiverRows } from "../../src/core/waivers/index";
import { Journal } from "../../src/host/journal";
import { readWorkbook } from "../../src/excel/read-workbook";
import { validate } from "../../src/excel/validate";
import { writeWaiverSheet, WaiverHostContext } from "../../src/excel/waiver-sheet";
import { checkGrid } from "../../src/taskpane/engine";
import { FakeExcel, FakeOfficeError } from "../fakes/fake-excel";
import { FakeTemplateContext, FakeTemplateExcel, FakeTemplateWorksheets } from "../fakes/fake-excel-template";
import { ALL, sampleFake } from "../excel/helpers";

const REASON = "按省财政厅口径评定等级";
const AT = "2026-12-06T10:30:00.000Z";
const asWaiverHost = (ctx: unknown) => ctx as WaiverHostContext;
const sheets = (ctx: FakeTemplateContext) => ctx.workbook.worksheets as FakeTemplateWorksheets;

async function check(fake: FakeExcel) {
  const read = await fake.run((ctx) => readWorkbook(ctx, ALL));
  return analyze(read.grid);
}

describe("the waiver sheet through the Office.js fake", () => {
  it("is written in one write batch (very hidden, text cells), read back by readWorkbook, and answers the finding", async () => {
    const fake = await sampleFake();
    const before = fake.book.dump();
    const first = await check(fake);
    const grade = first.findings.find((f) => f.sheet === "附表15-3" && f.check === "grade")!;
    const waivers = addWaiver([], grade, first.waivers.fingerprint(grade), REASON, AT);
    fake.syncLog.length = 0;
    const out = await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(waivers)));
    expect(out).toEqual({ created: true, syncs: 2 });
    expect(fake.syncLog.map((s) => s.writes > 0)).toEqual([false, true]);

    const after = fake.book.dump();
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets); // no other sheet touched
    const sheet = after.sheets[after.sheets.length - 1];
    expect(sheet.name).toBe(WAIVER_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(Object.values(sheet.cells).every((c) => c.numberFormat === "@")).toBe(true);
    expect(sheet.cells.A1.value).toBe("juesuan-waivers");
    expect(sheet.cells.G3.value).toBe(REASON);
    expect(fake.book.activeSheetId).toBe(fake.book.sheets[0].id);

    const second = await check(fake);
    expect(second.waivers.list).toEqual(waivers);
    const waived = second.findings.filter((f) => f.waiver);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({ sheet: "附表15-3", check: "grade", waiver: { reason: REASON, at: AT } });
    expect(second.bound.tables).toHaveLength(first.bound.tables.length);
  });

  it("校验 does not mark a waived finding's cell, and after 撤销忽略 marks it again", async () => {
    const fake = await sampleFake();
    const first = await check(fake);
    const grade = first.findings.find((f) => f.sheet === "附表15-3" && f.check === "grade")!;
    const fill = () => fake.book.sheetByName("附表15-3")!.cell(grade.cell.row, grade.cell.col).fill;
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    expect(fill()).toMatchObject({ pattern: "Solid", color: SEVERITY_FILL.error });

    const waivers = addWaiver([], grade, first.waivers.fingerprint(grade), REASON, AT);
    await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(waivers)));
    const waived = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    expect(waived.report.findings.filter((f) => f.waiver).map((f) => `${f.sheet}!${cellA1(f.cell)}`)).toEqual(["附表15-3!J24"]);
    expect(fill()).toMatchObject({ pattern: "None", color: "#FFFFFF" }); // its own format back
    expect(fake.book.sheetByName("附表15-3")!.notes.has("J24")).toBe(false);

    await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(removeWaiver(waivers, waivers[0].fingerprint))));
    const back = await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    expect(back.report.findings.filter((f) => f.waiver)).toEqual([]);
    expect(fill()).toMatchObject({ pattern: "Solid", color: SEVERITY_FILL.error });
  });

  it("rewrites an existing sheet: rows of removed waivers are cleared, the sheet stays very hidden", async () => {
    const fake = await sampleFake();
    const a = await check(fake);
    const errors = a.findings.filter((f) => f.severity === "error").slice(0, 3);
    let waivers = errors.reduce((list, f) => addWaiver(list, f, a.waivers.fingerprint(f), `理由 ${f.rule}`, AT), [] as ReturnType<typeof addWaiver>);
    await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(waivers)));
    waivers = removeWaiver(waivers, waivers[1].fingerprint);
    fake.book.sheetByName(WAIVER_SHEET)!.visibility = "Visible"; // someone unhid it by VBA
    const out = await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(waivers)));
    expect(out.created).toBe(false);
    const sheet = fake.book.sheetByName(WAIVER_SHEET)!;
    expect(sheet.visibility).toBe("VeryHidden");
    expect(sheet.usedArea(true)).toEqual({ sheet: WAIVER_SHEET, top: 0, left: 0, bottom: 3, right: 7 });
    const read = readWaivers((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid);
    expect(read.waivers.map((w) => w.reason)).toEqual([`理由 ${errors[0].rule}`, `理由 ${errors[2].rule}`]);
  });

  it("keeps a reason that looks like a formula or starts with an apostrophe as text", async () => {
    const fake = await sampleFake();
    const a = await check(fake);
    const f = a.findings[0];
    const reasons = ["=SUM(A1:A3)", "'引号开头", "+86 说明", "-1 的差额"];
    for (const reason of reasons) {
      const waivers = addWaiver([], f, a.waivers.fingerprint(f), reason, AT);
      await fake.run((ctx) => writeWaiverSheet(asWaiverHost(ctx), waiverRows(waivers)));
      const read = readWaivers((await fake.run((ctx) => readWorkbook(ctx, ALL))).grid);
      expect(read.waivers[0].reason).toBe(reason);
      expect(fake.book.sheetByName(WAIVER_SHEET)!.cell(2, 6).formula).toBe("");
    }
  });
});

describe("the fake's rules for hidden sheets, as Office.js", () => {
  it("refuses to hide the last visible sheet and to activate a hidden one; add appends a visible sheet", async () => {
    const fake = new FakeTemplateExcel();
    fake.book.addSheet("只有一张");
    await expect(fake.runTemplate(async (ctx) => {
      sheets(ctx).getItem("只有一张").visibility = "Hidden";
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
    const added = await fake.runTemplate(async (ctx) => {
      const s = sheets(ctx).add("新表");
      s.load("name,visibility,position");
      await ctx.sync();
      return { name: s.name, visibility: s.visibility, position: s.position };
    });
    expect(added).toEqual({ name: "新表", visibility: "Visible", position: 1 });
    await fake.runTemplate(async (ctx) => {
      sheets(ctx).getItem("新表").visibility = "VeryHidden";
      await ctx.sync();
    });
    await expect(fake.runTemplate(async (ctx) => {
      sheets(ctx).getItem("新表").activate();
      await ctx.sync();
    })).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(fake.runTemplate(async (ctx) => {
      sheets(ctx).getItem("只有一张").delete();
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(fake.runTemplate(async (ctx) => {
      sheets(ctx).add("新表");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.book.sheets.map((s) => [s.name, s.visibility])).toEqual([["只有一张", "Visible"], ["新表", "VeryHidden"]]);
  });
});
