// 自动复查 through the Excel host on the fake: the events it listens to, a fix and a break re-checked in two syncs
// each, folded into the 校验 in the journal (one 撤销 takes everything back), a protected sheet refused, a renamed
// sheet handled by a whole 校验, and the add-in's own writes not reported as edits.

import { Journal } from "../../src/host/journal";
import { CellRef } from "../../src/core/grid/address";
import { excelHost } from "../../src/excel/excel-host";
import { memoryStore } from "../../src/taskpane/settings";
import { checkGrid } from "../../src/taskpane/engine";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { FakeExcel } from "../fakes/fake-excel";
import { ALL, sampleFake } from "./helpers";

const tick = () => new Promise((r) => setTimeout(r, 5));

function hostOver(fake: FakeExcel) {
  return excelHost({ run: (batch) => fake.run(batch as never), features: ALL }, { settings: memoryStore() });
}

const fillAt = (fake: FakeExcel, c: CellRef) => fake.book.sheetByName(c.sheet)!.cell(c.row, c.col).fill;
const J24 = { sheet: "附表15-3", row: 23, col: 9 };
const F38 = { sheet: "公开01表", row: 37, col: 5 };

describe("自动复查 in Excel (fake)", () => {
  it("reports selections and the user's edits, not the add-in's own writes", async () => {
    const fake = await sampleFake();
    const host = hostOver(fake);
    const selected: CellRef[] = [];
    const edited: string[][] = [];
    await host.watch({ selected: (c) => selected.push(c), edited: (s) => edited.push([...s]) });
    await host.selectCell(J24);
    fake.userSelect("公开01表", "F38:G40");
    fake.userEdit("公开01表", "F38", 1);
    const journal = new Journal();
    await host.fill({ journal, profile: "national", overwrite: new Set() }); // writes formulas: ThisLocalAddin
    await tick();
    expect(selected).toEqual([J24, F38]);
    expect(edited).toEqual([["公开01表"]]);
  });

  it("a fix and a break: two syncs each, only the changed marks written, one 校验 in the journal", async () => {
    const fake = await sampleFake();
    const host = hostOver(fake);
    const journal = new Journal();
    const initial = fake.book.dump();
    await host.validate({ check: checkGrid, journal });
    expect(fillAt(fake, J24).color).toBe(SEVERITY_FILL.error);

    fake.userEdit("附表15-3", "J24", "中");
    let syncs = fake.syncCount;
    const fixed = await host.recheck({ check: checkGrid, journal, sheets: ["附表15-3"] });
    expect(fake.syncCount - syncs).toBe(2);
    expect(fixed.changed).toBe(1);
    expect(fillAt(fake, J24).pattern).toBe("None");
    expect(fake.book.sheetByName("附表15-3")!.notes.has("J24")).toBe(false);

    fake.userEdit("公开01表", "F38", 10612.11);
    syncs = fake.syncCount;
    const broken = await host.recheck({ check: checkGrid, journal, sheets: ["公开01表"] });
    expect(fake.syncCount - syncs).toBe(2);
    expect(broken.changed).toBeGreaterThanOrEqual(1);
    expect(fillAt(fake, F38).color).toBe(SEVERITY_FILL.error);

    // nothing changed: one sync (the read), nothing written
    syncs = fake.syncCount;
    const same = await host.recheck({ check: checkGrid, journal, sheets: ["公开01表"] });
    expect([fake.syncCount - syncs, same.changed]).toEqual([1, 0]);

    expect((await host.undo(journal))?.label).toBe("校验");
    expect(journal.last).toBeUndefined();
    const now = fake.book.dump();
    const differs = now.sheets.flatMap((s, i) => Object.keys({ ...s.cells, ...initial.sheets[i].cells })
      .filter((k) => JSON.stringify(s.cells[k]) !== JSON.stringify(initial.sheets[i].cells[k])).map((k) => `${s.name}!${k}`));
    expect(differs.sort()).toEqual(["公开01表!F38", "附表15-3!J24"]);
    expect(now.sheets.map((s) => s.notes)).toEqual(initial.sheets.map((s) => s.notes));
  });

  it("a protected sheet is not marked and says so; a renamed sheet is re-checked by a whole 校验", async () => {
    const fake = await sampleFake();
    const host = hostOver(fake);
    const journal = new Journal();
    await host.validate({ check: checkGrid, journal });
    fake.book.sheetByName("附表15-3")!.protected = true;
    fake.userEdit("附表15-3", "J24", "中");
    const refused = await host.recheck({ check: checkGrid, journal, sheets: ["附表15-3"] });
    expect(refused.notMarked).toMatch(/附表15-3/);
    expect(fillAt(fake, J24).color).toBe(SEVERITY_FILL.error);

    fake.book.sheetByName("附表15-3")!.protected = false;
    const unprotected = await host.recheck({ check: checkGrid, journal, sheets: ["附表15-3"] });
    expect(unprotected.changed).toBe(1);
    expect(fillAt(fake, J24).pattern).toBe("None");

    fake.userEdit("附表15-3", "J24", "良");
    fake.book.sheetByName("公开01表")!.name = "公开01表（改）";
    const whole = await host.recheck({ check: checkGrid, journal, sheets: ["公开01表", "附表15-3"] });
    expect(whole.report.tables.some((t) => t.sheet === "公开01表（改）")).toBe(true);
    expect(fillAt(fake, J24).color).toBe(SEVERITY_FILL.error);
  });
});
