// Recognition does not depend on where or how the tables are laid out: rearranged copies of the sample bind
// to the same tables with the same figures.
import Decimal from "decimal.js";
import { analyze } from "../../src/core/engine";
import { cellA1, toA1 } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { bindWorkbook } from "../../src/core/tables/bind";
import { BoundWorkbook, cellOf, projectScorecards, publicTable } from "../../src/core/tables/model";
import { amountsAsText, insertRows, oneSheet, renameSheets, shift } from "../helpers/rearrange";
import { loadSampleGrid } from "../helpers/sample";

let sample: Grid;
let reference: BoundWorkbook;
beforeAll(async () => {
  sample = await loadSampleGrid();
  reference = bindWorkbook(sample);
});

/** A fingerprint of what was read: ids and a spread of figures (text + value), independent of position. */
function fingerprint(wb: BoundWorkbook) {
  const p01 = publicTable(wb, "summary");
  const p05 = publicTable(wb, "gpb");
  const p06 = publicTable(wb, "gpb-basic");
  const p12 = publicTable(wb, "assets");
  const cards = projectScorecards(wb);
  return {
    ids: wb.tables.map((t) => t.id),
    p01: cellOf(p01!, "in.total", "amount")?.num.value?.toString(),
    p05: cellOf(p05!, "c2150517", "income.total")?.num.value?.toString(),
    p06: cellOf(p06!, "public.total", "amount")?.num.value?.toString(),
    p12: cellOf(p12!, "total", "assets")?.num.value?.toString(),
    cards: cards.map((c) => [c.projectName, c.indicators.length, c.totalScore?.num.value?.toString(), c.grade?.text]),
    problems: wb.tables.flatMap((t) => t.problems.map((p) => p.code)).length,
  };
}

test("the reference reading of the sample", () => {
  const fp = fingerprint(reference);
  expect(fp.ids).toHaveLength(33);
  expect([fp.p01, fp.p05, fp.p06, fp.p12]).toEqual(["10590.02", "2561.02", "694.12", "6160.45"]);
  expect(fp.problems).toBe(0);
});

test("all tables on one sheet", () => {
  const wb = bindWorkbook(oneSheet(sample));
  expect(fingerprint(wb)).toEqual(fingerprint(reference));
  expect(new Set(wb.tables.map((t) => t.sheet))).toEqual(new Set(["全部"]));
  // Ranges follow the stacking: 公开02 starts below 公开01.
  expect(wb.tables[1].range.top).toBeGreaterThan(wb.tables[0].range.bottom);
});

test("sheet names that say nothing", () => {
  const wb = bindWorkbook(renameSheets(sample));
  expect(fingerprint(wb)).toEqual(fingerprint(reference));
  expect(wb.tables[0].sheet).toBe("Sheet1");
});

test("tables starting at B3", () => {
  const wb = bindWorkbook(shift(sample, 2, 1));
  expect(fingerprint(wb)).toEqual(fingerprint(reference));
  const f = cellOf(publicTable(wb, "summary")!, "in.total", "amount")!;
  expect(cellA1(f.ref)).toBe("D40"); // C38 on the original
  expect(toA1(wb.tables[0].range.top, wb.tables[0].range.left)).toBe("B3");
});

test("amounts typed as text", () => {
  const wb = bindWorkbook(amountsAsText(sample));
  expect(fingerprint(wb)).toEqual(fingerprint(reference));
  expect(cellOf(publicTable(wb, "summary")!, "in.total", "amount")?.num.decimals).toBe(2);
});

test("everything at once: one sheet named Sheet1, shifted, amounts as text — same findings by rule", () => {
  const moved = renameSheets(oneSheet(shift(amountsAsText(sample), 2, 1)));
  const a = analyze(sample).findings.map((f) => `${f.rule}/${f.check}/${f.severity}/${f.expected}/${f.actual}`).sort();
  const b = analyze(moved).findings.map((f) => `${f.rule}/${f.check}/${f.severity}/${f.expected}/${f.actual}`).sort();
  expect(b).toEqual(a);
});

describe("类/款/项 subtotal rows added to 公开03", () => {
  /** Adds 类 and 款 rows computed exactly from the leaves, each above its first child. */
  function withSubtotals(grid: Grid): Grid {
    const wb = bindWorkbook(grid);
    const t = publicTable(wb, "expenditure")!;
    const leaves = t.rows.filter((r) => r.kind === "code");
    const cols = ["total", "basic", "project"].map((k) => ({ key: k, col: t.columns.find((c) => c.key === k)!.col }));
    let sheet: GridSheet = grid.sheets.find((s) => s.name === t.sheet)!;
    // Insert bottom-up so earlier row numbers stay valid.
    const parents = new Map<string, { first: number; sums: Decimal[] }>();
    for (const r of leaves) {
      for (const p of [r.code!.slice(0, 3), r.code!.slice(0, 5)]) {
        const e = parents.get(p) ?? { first: r.row, sums: cols.map(() => new Decimal(0)) };
        cols.forEach((c, i) => (e.sums[i] = e.sums[i].plus(r.cells[c.key]?.num.value ?? 0)));
        parents.set(p, e);
      }
    }
    const ordered = [...parents.entries()].sort((a, b) => b[1].first - a[1].first || b[0].length - a[0].length);
    for (const [code, e] of ordered) {
      const row: CellValue[] = [];
      row[0] = code;
      row[3] = code.length === 3 ? "类小计" : "款小计";
      cols.forEach((c, i) => (row[c.col] = e.sums[i].toNumber()));
      sheet = insertRows(sheet, e.first, [row], [row.map(() => "#,##0.00")]);
    }
    return { sheets: grid.sheets.map((s) => (s.name === sheet.name ? sheet : s)) };
  }

  test("subtotal rows are bound as code rows and the leaves are unchanged", () => {
    const grid = withSubtotals(sample);
    const t = publicTable(bindWorkbook(grid), "expenditure")!;
    expect(t.rows.filter((r) => r.code?.length === 3).map((r) => r.code)).toEqual(["201", "208", "210", "213", "215", "221"]);
    expect(cellOf(t, "c215", "total")?.num.value?.toString()).toBe("7976.62");
    expect(cellOf(t, "c21505", "total")?.num.value?.toString()).toBe(new Decimal("1232.99").plus("336.37").plus("2578.81").toString());
    expect(cellOf(t, "c2150517", "total")?.num.value?.toString()).toBe("2578.81");
  });

  test("…and the hierarchy rules find nothing new: subtotals equal their children exactly", () => {
    const before = analyze(sample).findings.filter((f) => f.table === "公开03" && f.severity !== "info");
    const after = analyze(withSubtotals(sample)).findings.filter((f) => f.table === "公开03" && f.severity !== "info");
    expect(after).toEqual(before);
  });
});
