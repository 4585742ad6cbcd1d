// An empty 政府性基金 / 国有资本经营 table must say why, the reason must agree with zero funds in 公开04, and a table
// with figures must not say it is empty — in the Yunnan sample (公开08/09 in sheets 公开08表/公开09表) and in the
// national one (公开08/09 on Sheet8/Sheet9). Rule "completeness", checks emptyNoNote, emptyButFunds, notEmpty.
import { cellA1, CellRef } from "../../src/core/grid/address";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { analyze } from "../../src/core/engine";
import { cellOf, PublicTable } from "../../src/core/tables/model";
import { loadNationalGrid } from "../helpers/national";
import { a1, at, sample } from "./sample-edit";

function setCell(grid: Grid, ref: CellRef, value: CellValue): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== ref.sheet) return s;
      const values = s.values.map((r) => [...r]);
      const row = values[ref.row - s.top];
      while (row.length <= ref.col - s.left) row.push(null);
      row[ref.col - s.left] = value;
      return { ...s, values };
    }),
  };
}

const EMPTY_CHECKS = ["emptyNoNote", "emptyButFunds", "notEmpty"];
const emptyFindings = (grid: Grid) =>
  analyze(grid)
    .findings.filter((f) => f.rule === "completeness" && EMPTY_CHECKS.includes(f.check))
    .map((f) => `${f.severity} ${f.check} ${f.sheet}!${cellA1(f.cell)}`);

describe("Yunnan template", () => {
  test("the sample's empty 公开08 and 公开09 carry their notes and 公开04 has no such funds: nothing to say", () => {
    expect(emptyFindings(sample)).toEqual([]);
  });

  test("an empty 公开08 without its note", () => {
    // Row 17 (index 16) of 公开08表 is the note "2. 本部门2023年度无政府性基金预算财政拨款收入，…为空表。"
    expect(emptyFindings(setCell(sample, { sheet: "公开08表", row: 16, col: 0 }, null))).toEqual(["warning emptyNoNote 公开08表!A1"]);
  });

  test("the note is there, but 公开04 shows 政府性基金预算财政拨款 of 12.00", () => {
    const found = analyze(setCell(sample, at("公开04:in.fund:amount"), 12)).findings.filter((f) => f.check === "emptyButFunds");
    expect(found.map((f) => [f.sheet, cellA1(f.cell), f.cells.map((c) => `${c.sheet}!${cellA1(c)}`)])).toEqual([["公开08表", "A1", ["公开08表!A1", a1("公开04:in.fund:amount")]]]);
    expect(found[0].message).toBe("公开08为空表，但公开04 中政府性基金预算财政拨款为 12");
  });

  test("公开09 has a figure but its note says it is empty", () => {
    const grid = setCell(sample, at("公开09:total:income.total"), 12.5);
    expect(emptyFindings(grid)).toEqual([`error notEmpty ${a1("公开09:total:income.total")}`]);
    const f = analyze(grid).findings.find((x) => x.check === "notEmpty")!;
    expect(f.message).toBe("公开09有数（如 12.5），但注中说明为空表：“2. 本部门2023年度无国有资本经营预算财政拨款收入，《国有资本经营预算财政拨款收入支出决算表》为空表。”");
  });
});

describe("national template", () => {
  test("the national sample is clean; Sheet8 without its note; with a figure under the note", async () => {
    const national = await loadNationalGrid();
    expect(emptyFindings(national)).toEqual([]);
    expect(emptyFindings(setCell(national, { sheet: "Sheet8", row: 9, col: 0 }, null))).toEqual(["warning emptyNoNote Sheet8!A1"]);
    const fund = analyze(national).bound.tables.find((t): t is PublicTable => t.kind === "fund")!;
    const income = cellOf(fund, "total", "income.total")!.ref;
    expect(emptyFindings(setCell(national, income, 8))).toEqual([`error notEmpty Sheet8!${cellA1(income)}`]);
  });
});
