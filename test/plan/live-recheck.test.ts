// 自动复查's pure part on the sample: an edit re-read as one fresh sheet, the findings checked again, and the
// marks that change. 附表15-3!J24 says 良 for a 总分 of 79.00 (should be 中): an error mark; typing 中 removes it;
// 公开01表!F38 (本年支出合计 10,602.11 against its parts' 10,602.10) is a 尾数 mark; typing 10,612.11 makes it an error.
import { cellKey, CellRef } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet, valueAt } from "../../src/core/grid/grid";
import { replaceSheets } from "../../src/core/grid/replace-sheets";
import { analyze } from "../../src/core/engine";
import { highlightsFromFindings } from "../../src/core/plan/highlights";
import { diffHighlights } from "../../src/core/plan/highlight-diff";
import { sampleGridSync } from "../helpers/sample-sync";
import { a1, at } from "../rules/sample-edit";

const sample = sampleGridSync();
const F38 = at("公开01:out.total:amount");
const J24 = { sheet: "附表15-3", row: 23, col: 9 };

function sheetWith(grid: Grid, value: CellValue, cell: CellRef = F38): GridSheet {
  const s = grid.sheets.find((x) => x.name === cell.sheet)!;
  const values = s.values.map((r) => [...r]);
  values[cell.row - s.top][cell.col - s.left] = value;
  return { ...s, values };
}

const marks = (grid: Grid) => highlightsFromFindings(analyze(grid).findings);

test("the cell under test is 公开01表!F38 and is marked 尾数 in the sample", () => {
  expect(a1("公开01:out.total:amount")).toBe("公开01表!F38");
  expect(marks(sample).find((h) => cellKey(h.cell) === cellKey(F38))?.severity).toBe("info");
});

test("replaceSheets puts the fresh sheet in place of its namesake and keeps the order", () => {
  const fresh = sheetWith(sample, 10602.1);
  const grid = replaceSheets(sample, [fresh]);
  expect(grid.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
  expect(grid.sheets.find((s) => s.name === F38.sheet)).toBe(fresh);
  expect(grid.sheets.filter((s) => s.name !== F38.sheet).every((s, i) => s === sample.sheets.filter((x) => x.name !== F38.sheet)[i])).toBe(true);
  expect(replaceSheets(sample, [])).toBe(sample);
  expect(replaceSheets(sample, [{ name: "新表", top: 0, left: 0, values: [["x"]] }]).sheets.map((s) => s.name).slice(-1)).toEqual(["新表"]);
});

test("fixing J24 (中) unmarks it and changes no other mark", () => {
  expect(valueAt(sample.sheets.find((s) => s.name === J24.sheet)!, J24.row, J24.col)).toBe("良");
  const before = marks(sample);
  expect(before.find((h) => cellKey(h.cell) === cellKey(J24))?.severity).toBe("error");
  const diff = diffHighlights(before, marks(replaceSheets(sample, [sheetWith(sample, "中", J24)])));
  expect(diff.unmark.map(cellKey)).toEqual([cellKey(J24)]);
  expect(diff.mark).toEqual([]);
  expect(diff.unchanged).toBe(before.length - 1);
});

test("breaking F38 (10,612.11) turns its mark into an error", () => {
  const before = marks(sample);
  const diff = diffHighlights(before, marks(replaceSheets(sample, [sheetWith(sample, 10612.11)])));
  expect(diff.unmark).toEqual([]);
  const f38 = diff.mark.find((h) => cellKey(h.cell) === cellKey(F38));
  expect(f38?.severity).toBe("error");
  expect(f38?.note).toMatch(/10,612\.11/);
});

test("no change, no work", () => {
  const m = marks(sample);
  expect(diffHighlights(m, m)).toEqual({ unmark: [], mark: [], unchanged: m.length });
});
