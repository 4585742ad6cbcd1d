// 插入模板 against the fake Excel (test/fakes/fake-excel-template.ts adds the calls the shared fake lacks):
// a read round trip, then ONE sync that adds the sheet beside the active one and draws the whole template;
// unique names, never replacing a sheet; 撤销 deletes the sheet again.
import { parseA1, toA1 } from "../../src/core/grid/address";
import { buildTemplate } from "../../src/core/templates";
import { ProjectTemplateMap } from "../../src/core/templates/model";
import { insertTemplate, InsertedSheet, removeInsertedSheet } from "../../src/excel/insert-template";
import { columnWidthPoints } from "../../src/excel/render-template";
import { FakeTemplateExcel, looksOf } from "../fakes/fake-excel-template";

function workbook(...names: string[]): FakeTemplateExcel {
  const fake = new FakeTemplateExcel();
  for (const n of names) fake.book.addSheet(n).mutableCell(0, 0).value = `${n} 的内容`;
  return fake;
}

const sheetNames = (fake: FakeTemplateExcel) => fake.book.sheets.map((s) => s.name);
const insert = (fake: FakeTemplateExcel, kind: "project" | "dept" = "project", indicators = 8) =>
  fake.runTemplate((ctx) => insertTemplate(ctx, { kind, indicators, year: 2023 }));

describe("insertTemplate", () => {
  test("one read, then one sync that adds the sheet right after the active one and draws all of it", async () => {
    const fake = workbook("公开01表", "公开02表", "附表14");
    fake.book.activeSheetId = fake.book.sheetByName("公开02表")!.id;
    const inserted = await insert(fake);

    expect(inserted).toEqual({ name: "附表15-1", id: expect.any(String) });
    expect(sheetNames(fake)).toEqual(["公开01表", "公开02表", "附表15-1", "附表14"]);
    expect(fake.book.activeSheetId).toBe(fake.book.sheetByName("附表15-1")!.id);
    expect(fake.syncLog.map((s) => s.writes > 0)).toEqual([false, true]);
    expect(fake.syncLog[1].writes).toBeGreaterThan(50);
    expect(fake.syncLog.every((s) => !s.error)).toBe(true);
  });

  test("every constant and formula of the template lands in its cell; number formats too", async () => {
    const fake = workbook("Sheet1");
    await insert(fake, "project", 6);
    const sheet = fake.book.sheetByName("附表15-1")!;
    const t = buildTemplate("project", { indicators: 6, year: 2023, sheetName: "附表15-1" });
    for (const c of t.cells) {
      const got = sheet.cell(c.row, c.col);
      const where = toA1(c.row, c.col);
      if (c.formula) expect([where, got.formula]).toEqual([where, c.formula]);
      else if (c.value !== undefined) expect([where, got.value]).toEqual([where, c.value]);
      else expect([where, got.value, got.formula]).toEqual([where, null, ""]);
      expect([where, got.numberFormat]).toEqual([where, t.styles[c.style].numberFormat ?? "General"]);
    }
    expect(sheet.cell(0, 0).value).toBe("附表15-1");
    const map = t.map as ProjectTemplateMap;
    const at = (a1: string) => sheet.cell(parseA1(a1)!.row, parseA1(a1)!.col);
    expect(at(map.total.rate).formula).toBe("=IFERROR(E7/D7,0)");
    expect(at(map.grade).formula).toContain('"优"');
  });

  test("merges, fonts, alignment, grid, widths, heights, hidden lists, validation, print set-up", async () => {
    const fake = workbook("Sheet1");
    await insert(fake, "project", 8);
    const sheet = fake.book.sheetByName("附表15-1")!;
    const t = buildTemplate("project", { indicators: 8, year: 2023 });
    expect(sheet.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`)).toEqual(t.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`));

    const looks = looksOf(sheet);
    expect(looks.cells.get("A3")).toMatchObject({ name: "宋体", size: 16, bold: true, horizontal: "Center" });
    expect(looks.cells.get("C15")).toMatchObject({ name: "宋体", size: 10, bold: true, wrap: true });
    expect(looks.cells.get("B12")).toMatchObject({ horizontal: "Left", vertical: "Top", wrap: true });
    expect(looks.cells.get("A26")).toMatchObject({ italic: true, color: "#C00000" });
    for (const a1 of ["A4", "J4", "A25", "J25", "E16"]) {
      expect([a1, looks.cells.get(a1)?.borders]).toEqual([a1, { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" }]);
    }
    expect(looks.cells.get("A26")?.borders).toEqual({}); // the 分值 check under the grid is no part of it
    expect(looks.columnWidths.get(2)).toBe(columnWidthPoints(24));
    expect([...looks.hiddenColumns].sort((a, b) => a - b)).toEqual([11, 12, 13, 14, 15]);
    expect(looks.rowHeights.get(11)).toBe(80);
    expect(looks.validations.map((v) => [v.address, v.rule?.list?.source, v.errorAlert?.style])).toEqual([
      ["A16:A23", "产出指标,效益指标,满意度指标", "Stop"],
      ["B16:B23", "=OFFSET($M$1,IFERROR(MATCH($A16,$L$1:$L$3,0),1)-1,0,1,COUNTA(OFFSET($M$1,IFERROR(MATCH($A16,$L$1:$L$3,0),1)-1,0,1,4)))", "Warning"],
      ["D16:D23", "≥,≤,＝", "Stop"],
    ]);
    expect(looks.validations[0].rule?.list?.inCellDropDown).toBe(true);
    expect(looks.validations[2].prompt?.message).toContain("反向指标");
    expect([looks.orientation, looks.printArea]).toEqual(["Landscape", "A1:J34"]);
  });

  test("inserting twice gives two sheets under distinct names; no existing sheet is touched", async () => {
    const fake = workbook("Sheet1");
    const before = fake.book.dump().sheets[0];
    const first = await insert(fake);
    const second = await insert(fake);
    expect([first.name, second.name]).toEqual(["附表15-1", "附表15-2"]);
    expect(first.id).not.toBe(second.id);
    // the second goes right after the active sheet, which is the first template by then
    expect(sheetNames(fake)).toEqual(["Sheet1", "附表15-1", "附表15-2"]);
    expect(fake.book.dump().sheets[0]).toEqual(before);
    expect(fake.syncLog.filter((s) => s.writes > 0)).toHaveLength(2);
  });

  test("a taken name is skipped, whatever its case; 附表14 numbering for the department's table", async () => {
    const fake = workbook("附表15-1", "附表14");
    expect((await insert(fake)).name).toBe("附表15-2");
    expect((await insert(fake, "dept", 5)).name).toBe("附表14-2");
    expect(fake.book.sheetByName("附表15-1")!.cell(0, 0).value).toBe("附表15-1 的内容");
    expect(fake.book.sheetByName("附表14-2")!.cell(0, 0).value).toBe("附表14-2");
  });

  test("a name taken between the read and the write: a clear error, and the other sheet is left alone", async () => {
    const fake = workbook("Sheet1");
    const ctx = fake.newContext();
    const sync = ctx.sync.bind(ctx);
    let calls = 0;
    ctx.sync = async () => {
      await sync();
      if (++calls === 1) fake.book.addSheet("附表15-1").mutableCell(0, 0).value = "别人的表";
    };
    await expect(insertTemplate(ctx, { kind: "project", indicators: 3 })).rejects.toThrow("工作簿中刚刚出现了同名工作表“附表15-1”");
    expect(sheetNames(fake)).toEqual(["Sheet1", "附表15-1"]);
    expect(fake.book.sheetByName("附表15-1")!.cell(0, 0).value).toBe("别人的表");
  });

  test("a write failing part-way: the half-drawn sheet is removed and the error reported", async () => {
    const fake = workbook("Sheet1");
    const before = fake.book.dump();
    fake.failWriteAt(20);
    await expect(insert(fake)).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.book.dump()).toEqual(before);
  });
});

describe("撤销: removeInsertedSheet", () => {
  test("deletes the inserted sheet, by id even after a rename; the rest stays", async () => {
    const fake = workbook("Sheet1", "Sheet2");
    const inserted: InsertedSheet = await insert(fake);
    fake.book.sheetByName(inserted.name)!.name = "改过名的模板";
    const before = fake.syncCount;
    expect(await fake.runTemplate((ctx) => removeInsertedSheet(ctx, inserted))).toBe(true);
    expect(sheetNames(fake)).toEqual(["Sheet1", "Sheet2"]);
    expect(fake.syncCount - before).toBe(2);
    expect(fake.book.sheetByName("Sheet1")!.cell(0, 0).value).toBe("Sheet1 的内容");
  });

  test("a sheet deleted already: nothing to do", async () => {
    const fake = workbook("Sheet1");
    const inserted = await insert(fake);
    await fake.runTemplate((ctx) => removeInsertedSheet(ctx, inserted));
    expect(await fake.runTemplate((ctx) => removeInsertedSheet(ctx, inserted))).toBe(false);
    expect(sheetNames(fake)).toEqual(["Sheet1"]);
  });
});
