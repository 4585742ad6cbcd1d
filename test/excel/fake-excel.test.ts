// The fake must hold the adapter to Office.js' rules, or the adapter tests prove nothing.
import { FakeExcel, FakeOfficeError, noFill } from "../fakes/fake-excel";

function twoSheets(apiVersion = "1.18"): FakeExcel {
  const fake = new FakeExcel({ apiVersion });
  const s = fake.book.addSheet("Sheet1");
  s.mutableCell(0, 0).value = 1;
  s.mutableCell(1, 1).value = "x";
  fake.book.addSheet("Empty");
  return fake;
}

describe("fake Excel: load before read", () => {
  it("throws PropertyNotLoaded for a property never loaded, or loaded but not yet synced", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([[1, ""], ["", "x"]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(() => ctx.workbook.worksheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("runs queued writes only at sync and counts every sync", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
    expect(fake.book.sheets[0].cell(0, 0).value).toBe(1);
    await ctx.sync();
    expect(fake.book.sheets[0].cell(0, 0).value).toBe(2);
    expect(fake.syncCount).toBe(1);
    expect(ctx.syncs[0]).toMatchObject({ writes: 1 });
  });

  it("fails a batch on a missing sheet and leaves earlier writes of that batch applied", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[3]];
    ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[4]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.book.sheets[0].cell(0, 0).value).toBe(3);
  });

  it("gives a null object for a blank sheet's used range, and A1 from getUsedRange", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const empty = ctx.workbook.worksheets.getItem("Empty");
    const orNull = empty.getUsedRangeOrNullObject(true);
    const used = empty.getUsedRange(true).load("address");
    expect(() => orNull.isNullObject).toThrow();
    await ctx.sync();
    expect(orNull.isNullObject).toBe(true);
    expect(used.address).toBe("Empty!A1");
  });
});

describe("fake Excel: fills", () => {
  it("tells no fill from white only by the pattern, and clear() restores no fill", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1").format.fill.color = "#FFFFFF";
    await ctx.sync();
    const props = sheet.getRange("A1:B1").getCellProperties({
      format: { fill: { color: true, tintAndShade: true, pattern: true, patternColor: true, patternTintAndShade: true } },
    });
    await ctx.sync();
    const [a1, b1] = props.value[0].map((p) => p.format!.fill!);
    expect([a1.color, a1.pattern]).toEqual(["#FFFFFF", "None"]);
    expect([b1.color, b1.pattern]).toEqual(["#FFFFFF", "Solid"]);
    sheet.getRanges("A1,B1").format.fill.clear();
    await ctx.sync();
    expect(fake.book.sheets[0].cell(0, 1).fill).toEqual(noFill());
  });

  it("reports a mixed fill as null", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.fill.color = "#FFC7CE";
    const fill = sheet.getRange("A1:B1").format.fill.load("color");
    await ctx.sync();
    expect(fill.color).toBeNull();
  });
});

describe("fake Excel: limits, requirement sets, protection, edit mode", () => {
  it("rejects an address list over the limit and a request over 5 MB", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    ctx.workbook.worksheets.getItem("Sheet1").getRanges(long).format.fill.color = "#FFC7CE";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const big = "决".repeat(2_000_000);
    ctx.workbook.worksheets.getItem("Sheet1").notes.add("A1", big);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.book.sheets[0].notes.size).toBe(0);
  });

  it("has notes only from ExcelApi 1.18 and merged areas only from 1.13", async () => {
    const old = twoSheets("1.12");
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(old.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const ctx = old.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").notes.getCount();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    ctx.workbook.worksheets.getItem("Sheet1").getUsedRange(true).getMergedAreasOrNullObject();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("refuses writes on a protected sheet and every batch in cell-edit mode", async () => {
    const fake = twoSheets();
    fake.book.sheets[0].protected = true;
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FFC7CE";
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    fake.book.sheets[0].protected = false;
    fake.book.cellEditMode = true;
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("adds, reads, changes and deletes notes; refuses a second note on a cell", async () => {
    const fake = twoSheets();
    const ctx = fake.newContext();
    const notes = ctx.workbook.worksheets.getItem("Sheet1").notes;
    notes.add("B2", "第一条");
    await ctx.sync();
    const n = notes.getItem("B2").load("content");
    const missing = notes.getItemOrNullObject("C3").load("content");
    await ctx.sync();
    expect(n.content).toBe("第一条");
    expect(missing.isNullObject).toBe(true);
    notes.add("B2", "again");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    notes.getItem("B2").delete();
    await ctx.sync();
    expect(fake.book.sheets[0].notes.size).toBe(0);
  });

  it("complains when a batch leaves queued actions unsynced", async () => {
    const fake = twoSheets();
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").select())).rejects.toThrow(/never synced/);
  });
});
