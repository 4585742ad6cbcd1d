// 插入模板 as a journaled change: two inserts give two sheets with distinct names, 撤销 deletes them again (found by
// id, so a rename does not matter), and the journal keeps 校验's marks straight around them.
import { insertScorecard } from "../../src/excel/insert-scorecard";
import { Journal } from "../../src/host/journal";
import { AddinContext } from "../../src/excel/office-host";
import { undo } from "../../src/excel/undo";
import { validate } from "../../src/excel/validate";
import { checkGrid } from "../../src/taskpane/engine";
import { fakeExcelFromGrid } from "../fakes/fake-excel";
import { FakeTemplateExcel } from "../fakes/fake-excel-template";
import { loadSampleGrid } from "../helpers/sample";
import { ALL } from "./helpers";

async function sampleTemplateFake(): Promise<FakeTemplateExcel> {
  return fakeExcelFromGrid(await loadSampleGrid(), {}, (o) => new FakeTemplateExcel(o));
}

const asAddin = (ctx: unknown) => ctx as AddinContext;

describe("插入模板 in the pane", () => {
  it("inserting twice yields two sheets with distinct names; 撤销 removes them one by one", async () => {
    const fake = await sampleTemplateFake();
    const original = fake.book.dump();
    const journal = new Journal();
    const first = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "project", indicators: 6 }));
    const second = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "project", indicators: 6 }));
    // The sample already has 附表15-1 … 附表15-20.
    expect([first.name, second.name]).toEqual(["附表15-21", "附表15-22"]);
    expect(first.id).not.toBe(second.id);
    expect(fake.book.sheets.map((s) => s.name).filter((n) => n === first.name || n === second.name)).toHaveLength(2);
    expect(journal.last?.label).toBe("插入模板");

    fake.book.sheetByName(second.name)!.name = "我的项目"; // renamed by hand: still found by id
    const undone = await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(undone).toMatchObject({ label: "插入模板", removedSheet: { name: second.name, gone: false } });
    expect(fake.book.sheetByName("我的项目")).toBeUndefined();
    await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(fake.book.sheetByName(first.name)).toBeUndefined();
    expect(fake.book.dump()).toEqual(original);
    expect(journal.last).toBeUndefined();
  });

  it("inserts a 部门整体 scorecard as 附表14-2 next to the sample's 附表14, with the chosen indicator rows", async () => {
    const fake = await sampleTemplateFake();
    const journal = new Journal();
    const small = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "dept", indicators: 3 }));
    const large = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "dept", indicators: 12 }));
    expect([small.name, large.name]).toEqual(["附表14-2", "附表14-3"]);
    const rows = (name: string) => fake.book.sheetByName(name)!.usedArea(false)!.bottom;
    expect(rows(large.name) - rows(small.name)).toBe(9);
  });

  it("撤销 of an insert made after 校验 leaves the marks; the next 撤销 takes the marks away", async () => {
    const fake = await sampleTemplateFake();
    const original = fake.book.dump();
    const journal = new Journal();
    await fake.run((ctx) => validate(ctx, { check: checkGrid, features: ALL, journal }));
    const marked = fake.book.dump();
    const sheet = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "project", indicators: 4 }));
    expect(journal.marks?.cells.length).toBeGreaterThan(20);
    await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(fake.book.sheetByName(sheet.name)).toBeUndefined();
    expect(fake.book.dump()).toEqual(marked);
    expect((await fake.run((ctx) => undo(asAddin(ctx), journal, ALL)))?.label).toBe("校验");
    expect(fake.book.dump()).toEqual(original);
  });

  it("says so when the inserted sheet was deleted by hand before 撤销", async () => {
    const fake = await sampleTemplateFake();
    const journal = new Journal();
    const sheet = await fake.runTemplate((ctx) => insertScorecard(ctx, journal, { kind: "project", indicators: 2 }));
    fake.book.sheets.splice(fake.book.sheets.indexOf(fake.book.sheetByName(sheet.name)!), 1);
    const undone = await fake.run((ctx) => undo(asAddin(ctx), journal, ALL));
    expect(undone?.removedSheet).toEqual({ name: sheet.name, gone: true });
    expect(journal.last).toBeUndefined();
  });
});
