// The national nine-table set (domain.md §7) on the national-layout sample built from the seed's own figures:
// every table is known by what it is, every national identity family is checked (a planted fault is found at
// its cell), and numbering, sheet names and placement change nothing.
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { cellA1, CellRef } from "../../src/core/grid/address";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { setCell } from "../helpers/consistent-workbook-edit";
import { annexMarkers, chineseMarkers, loadNationalGrid, oneSheet, relabel, renamed, shifted } from "../helpers/national";

let grid: Grid;
beforeAll(async () => {
  grid = await loadNationalGrid();
});

const ref = (sheet: string, a1: string): CellRef => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { sheet, row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
};
const where = (f: Finding) => `${f.sheet}!${cellA1(f.cell)}`;
const brief = (f: Finding) => `${f.severity} ${f.rule} ${where(f)}`;
const errors = (g: Grid) => analyze(g).findings.filter((f) => f.severity === "error");
/** Findings a grid has beyond the unedited sample's. */
function added(g: Grid): Finding[] {
  const before = new Set(analyze(grid).findings.map(brief));
  return analyze(g).findings.filter((f) => !before.has(brief(f)));
}

test("detected as the national set; every table has its kind, layout and national number", () => {
  const { bound } = analyze(grid);
  expect(bound.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: false });
  expect(bound.tables.map((t) => [t.id, t.kind, t.layout, t.sheet, t.marker])).toEqual([
    ["公开01", "summary", "summary", "Sheet1", "表1"],
    ["公开02", "income", "income", "Sheet2", "表2"],
    ["公开03", "expenditure", "expenditure", "Sheet3", "表3"],
    ["公开04", "fiscal-summary", "fiscal-summary", "Sheet4", "表4"],
    ["公开05", "gpb", "gpb-expenditure", "Sheet5", "表5"],
    ["公开06", "gpb-basic", "economic-basic", "Sheet6", "表6"],
    ["公开07", "three-public-gpb", "three-public-gpb-horizontal", "Sheet7", "表7"],
    ["公开08", "fund", "fund-national", "Sheet8", "表8"],
    ["公开09", "capital", "capital-national", "Sheet9", "表9"],
  ]);
  expect(bound.tables.flatMap((t) => t.problems)).toEqual([]);
  expect(bound.unrecognised).toEqual([]);
});

test("the 三公 table laid across is read as its items: 预算数 and 决算数 per line", () => {
  const t = analyze(grid).bound.tables.find((x) => x.kind === "three-public-gpb");
  if (!t || !("rows" in t)) throw new Error("no 三公 table");
  const shown = t.rows.map((r) => [r.key, r.cells.budget?.text, cellA1(r.cells.budget!.ref), r.cells.final?.text, cellA1(r.cells.final!.ref)]);
  // the seed's 公开11: 全年预算数 32.62 (出国 0, 车 24.63 = 0 + 24.63, 接待 7.99) and 决算数 the same
  expect(shown).toEqual([
    ["total", "32.62", "A7", "32.62", "G7"],
    ["abroad", "0", "B7", "0", "H7"],
    ["car", "24.63", "C7", "24.63", "I7"],
    ["car.purchase", "0", "D7", "0", "J7"],
    ["car.operation", "24.63", "E7", "24.63", "K7"],
    ["reception", "7.99", "F7", "7.99", "L7"],
  ]);
});

test("the only errors are the seed's own mistake that carries over (公用经费合计 694.12 for 347.06)", () => {
  expect(errors(grid).map(brief)).toEqual([
    "error cross.gpb-basic Sheet6!I39",
    "error hierarchy.economic Sheet6!I39",
  ]);
});

describe("a planted fault in each national identity family is found at its cell", () => {
  const planted = (edits: [string, string, CellValue][]) => edits.reduce((g, [sheet, a1, v]) => setCell(g, ref(sheet, a1), v, "#,##0.00"), grid);

  test("公开05 per row: 小计 = 基本支出 + 项目支出", () => {
    // 2150517 产业发展: 2,561.02 = 70.86 + 2,490.17 (尾数 0.01); 项目支出 typed 2,590.17
    const found = added(planted([["Sheet5", "E44", 2590.17]]));
    expect(found.map(brief)).toContain("error row.code-tables Sheet5!E44");
  });

  test("公开05 hierarchy: a 款 row against its 项", () => {
    const found = added(planted([["Sheet5", "C41", 4230.38]])); // 21505 小计 4,130.38 → 4,230.38
    expect(found.filter((f) => f.rule === "hierarchy.functional").map(where)).toContain("Sheet5!C41");
  });

  test("公开05 ↔ 公开04 一般公共预算 by 类", () => {
    const found = added(planted([["Sheet4", "G20", 8058.84]])); // 215 类 一般公共预算 7,958.84 → 8,058.84
    expect(found.filter((f) => f.rule === "cross.fiscal-expenditure-by-class" && f.severity === "error").map(where)).toContain("Sheet4!G20");
  });

  test("公开05 基本支出 ↔ 公开06 人员经费 + 公用经费", () => {
    const found = added(planted([["Sheet5", "D7", 3902.9]])); // 3,802.90 → 3,902.90
    const cross = found.filter((f) => f.rule === "cross.gpb-basic" && f.check === "cross" && f.severity === "error");
    expect(cross.map((f) => f.cells.map((c) => `${c.sheet}!${cellA1(c)}`))).toContainEqual(expect.arrayContaining(["Sheet5!D7"]));
  });

  test("三公 合计 and 车 小计, in 预算数 and in 决算数", () => {
    expect(added(planted([["Sheet7", "A7", 33.62]])).map(brief)).toEqual(["error sum.three-public-gpb Sheet7!A7"]);
    // 公务接待费 决算数 also no longer matches 经济分类 30217 in 公开06 (a warning: 三公 are statistical)
    expect(added(planted([["Sheet7", "L7", 8.99]])).map(brief)).toEqual(["warning cross.three-public-economic Sheet7!L7", "error sum.three-public-gpb Sheet7!L7"]);
    const car = added(planted([["Sheet7", "J7", 1]])); // 购置费 决算数 0 → 1: 小计 24.63 ≠ 0 + 1 + 24.63 … and 合计
    expect(car.filter((f) => f.severity === "error").map((f) => f.data.what)).toContain("公务用车购置及运行维护费应等于购置费 + 运行维护费");
  });

  test("公开08 per row: 年末 = 年初 + 收入 − 支出, and 小计 = 基本 + 项目", () => {
    // 合计 row: 年初 10, 收入 5, 支出 小计 8 (基本 3, 项目 5), 年末 9 — should be 7
    const g = planted([["Sheet8", "C7", 10], ["Sheet8", "D7", 5], ["Sheet8", "E7", 8], ["Sheet8", "F7", 3], ["Sheet8", "G7", 5], ["Sheet8", "H7", 9]]);
    const rows = added(g).filter((f) => f.rule === "row.carry-forward");
    expect(added(g).filter((f) => f.rule === "row.code-tables")).toEqual([]); // 小计 8 = 3 + 5 holds
    expect(rows.map((f) => [where(f), f.expected, f.actual])).toEqual([["Sheet8!H7", "7.00", "9.00"]]);
    expect(rows[0].message).toContain("年末结转和结余应等于 年初结转和结余 + 本年收入 − 本年支出小计");
  });

  test("公开09 per row: 年末 = 年初 + 收入 − 支出", () => {
    const g = planted([["Sheet9", "C7", 4], ["Sheet9", "D7", 6], ["Sheet9", "E7", 7], ["Sheet9", "F7", 3], ["Sheet9", "G7", 4], ["Sheet9", "H7", 4]]);
    const rows = added(g).filter((f) => f.rule === "row.carry-forward");
    expect(rows.map((f) => [where(f), f.expected, f.actual])).toEqual([["Sheet9!H7", "3.00", "4.00"]]);
  });
});

describe("rearranged copies give the same findings", () => {
  /** What a finding says, wherever its table sits. */
  const gist = (g: Grid) => analyze(g).findings.map((f) => `${f.severity} ${f.rule} ${f.check} ${f.table} ${f.expected ?? ""} ${f.actual ?? ""}`).sort();
  test.each([
    ["表一 … 表九", (g: Grid) => chineseMarkers(g)],
    ["附件2-1 … 附件2-9", (g: Grid) => annexMarkers(g)],
    ["sheet names that say nothing", (g: Grid) => renamed(g)],
    ["every table at B3", (g: Grid) => shifted(g, 2, 1)],
    ["all nine tables on one sheet", (g: Grid) => oneSheet(g)],
    ["all of these at once", (g: Grid) => oneSheet(shifted(renamed(chineseMarkers(g)), 2, 1))],
  ])("%s", (_name, rearrange) => {
    const g = rearrange(grid);
    expect(analyze(g).bound.tables.map((t) => `${t.id} ${t.kind}`)).toEqual(analyze(grid).bound.tables.map((t) => `${t.id} ${t.kind}`));
    expect(gist(g)).toEqual(gist(grid));
  });
});

test("markers shuffled among the tables never bind a table against its title and header; each moved marker is named", () => {
  const kinds = analyze(grid).bound.tables.map((t) => `${t.sheet} ${t.kind}`);
  fc.assert(
    fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }), (perm) => {
      const g = relabel(grid, (l) => /^表\d$/.test(l), (l) => `表${perm[Number(l.slice(1)) - 1]}`);
      const { bound, findings } = analyze(g);
      expect(bound.tables.map((t) => `${t.sheet} ${t.kind}`)).toEqual(kinds);
      const moved = perm.filter((n, i) => n !== i + 1).length;
      expect(findings.filter((f) => f.rule === "read.marker-mismatch")).toHaveLength(moved);
    }),
    { numRuns: 25 },
  );
});

test("the 云南 sample forced to the national set: tables the set lacks keep their own label unless the set gives it to another table, in set order; unmarked scorecards share their siblings' label", async () => {
  const { loadSampleGrid } = await import("../helpers/sample");
  const { bound, findings } = analyze(await loadSampleGrid(), { profile: "national", template: "national" });
  expect(bound.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: true });
  const publicTables = bound.tables.filter((t) => !t.kind.endsWith("scorecard")).map((t) => `${t.id} ${t.kind}`);
  expect(publicTables).toEqual([
    "公开01 summary", "公开02 income", "公开03 expenditure", "公开04 fiscal-summary", "公开05 gpb", "公开06 gpb-basic",
    "一般公共预算财政拨款项目支出决算表 gpb-project", "公开07 three-public-gpb", "公开08 fund", "公开09 capital", "公开10 three-public", "公开12 assets",
  ]);
  expect(new Set(bound.tables.filter((t) => t.kind === "project-scorecard").map((t) => t.id))).toEqual(new Set(["附表15"]));
  // the 三公 table marked 公开11表 is the national 公开07: its marker is named; so is each table laid out as 云南 has it
  expect(findings.filter((f) => f.rule === "read.marker-mismatch").map((f) => f.sheet)).toEqual(["公开11表"]);
  expect(findings.filter((f) => f.rule === "read.mixed-template").map((f) => f.sheet)).toEqual(["公开05表", "公开07表", "公开11表", "公开08表", "公开09表", "公开10表", "公开12表"]);
});

test("an unknown table with its marker is listed once, title and marker together", () => {
  const extra = { name: "Sheet10", top: 0, left: 0, values: [["曲靖市工业和信息化局2023年度政府采购情况表", null, "表十"], ["项目", "金额"], ["货物类", 12.5]] };
  const { bound } = analyze({ sheets: [...grid.sheets, extra] });
  expect(bound.unrecognised).toEqual([{ sheet: "Sheet10", row: 0, col: 0, title: "曲靖市工业和信息化局2023年度政府采购情况表", marker: "表十" }]);
  expect(bound.tables).toHaveLength(9);
});
