// Large workbooks on WPS: a sheet read in row bands gives the same grid as in one read, and marking many cells
// on one sheet goes through multi-area ranges whose addresses stay under ET's 255 characters (the fake refuses
// longer ones), grouped per colour.

import { cellRef } from "../../src/core/grid/address";
import { sheetFromRows } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { Journal } from "../../src/host/journal";
import { CheckReport } from "../../src/host/types";
import { readBook } from "../../src/wps/read-book";
import { wpsHost } from "../../src/wps/wps-host";
import { dumpBook, fakeEtFromGrid } from "../fakes/wps/book";
import { bgr, sampleEt } from "./helpers";

describe("WPS: large sheets", () => {
  it("reads a sheet in row bands to the same grid, one Value2 read per band", async () => {
    const et = await sampleEt();
    const whole = readBook(et.app.ActiveWorkbook!);
    et.book.byMember.clear();
    const banded = readBook(et.app.ActiveWorkbook!, 200);
    expect(banded.grid).toEqual(whole.grid);
    const bands = whole.grid.sheets.reduce((n, s) => n + Math.ceil(s.values.length / Math.max(1, Math.floor(200 / (s.values[0]?.length || 1)))), 0);
    expect(et.book.byMember.get("Value2")).toBeGreaterThanOrEqual(bands);
    expect(et.book.byMember.get("Value2")).toBeGreaterThan(whole.grid.sheets.length);
  });

  it("marks 1,200 scattered cells of one sheet through address lists under 255 characters, one group per colour", async () => {
    const rows = Array.from({ length: 400 }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 10 + c));
    const et = fakeEtFromGrid({ sheets: [sheetFromRows("大表", rows)] });
    const cells = rows.flatMap((_, r) => [0, 2, 4].map((c) => cellRef("大表", r, c)));
    const finding = (cell: ReturnType<typeof cellRef>, i: number): Finding => ({
      rule: "test", check: "sum", severity: i % 2 ? "warning" : "error", table: "大表", kind: "summary", sheet: "大表", cell, cells: [cell], data: {}, message: `第 ${i} 条`,
    });
    const report: CheckReport = { findings: cells.map(finding), tables: [], problems: [] };
    et.book.byMember.clear();
    const out = await wpsHost(et.app).validate({ check: () => report, journal: new Journal() });
    expect(out.marked).toBe(1200);
    const painted = [...dumpBook(et.book).values()].filter((c) => c.fill.pattern === 1);
    expect(painted.length).toBe(1200);
    expect(new Set(painted.map((c) => c.fill.color))).toEqual(new Set([bgr("#FFC7CE"), bgr("#FFEB9C")]));
    // Colour written per multi-area range, not per cell.
    expect(et.book.byMember.get("Color=")).toBeLessThan(100);
    expect(et.book.writesWithScreenOn).toBe(0);
  });
});
