// 公开02/03/05/08/09 bound from the sample workbook: values, cells and column keys as the seed shows them.
import { cellA1 } from "../../src/core/grid/address";
import { bindWorkbook } from "../../src/core/tables/bind";
import { BoundWorkbook, cellOf, publicTable, PublicTable } from "../../src/core/tables/model";
import { tableByLabel } from "../helpers/tables";
import { loadSampleGrid } from "../helpers/sample";

let wb: BoundWorkbook;
beforeAll(async () => {
  wb = bindWorkbook(await loadSampleGrid());
});

function table(id: string): PublicTable {
  const t = tableByLabel(wb, id);
  if (!t) throw new Error(`${id} not found`);
  return t;
}

/** [text, A1] of a bound cell. */
function at(id: string, row: string, col: string): [string, string] {
  const f = cellOf(table(id), row, col);
  if (!f) throw new Error(`${id} ${row}/${col} not bound`);
  return [f.text, cellA1(f.ref)];
}

describe("公开02 收入决算表", () => {
  test.each([
    ["total", "total", "10,590.02", "D12"],
    ["total", "fiscal", "10,584.32", "E12"],
    ["total", "other", "5.70", "K12"],
    ["c2150517", "total", "2,566.72", "D33"],
    ["c2150517", "fiscal", "2,561.02", "E33"],
    ["c2150517", "other", "5.70", "K33"],
    ["c2210201", "fiscal", "219.13", "E35"],
  ])("%s / %s = %s at %s", (row, col, text, a1) => {
    expect(at("公开02", row, col)).toEqual([text, a1]);
  });

  test("one row per 科目编码 under the unlabelled 合计 row", () => {
    const t = table("公开02");
    expect(t.rows[0].key).toBe("total");
    expect(t.rows.filter((r) => r.kind === "code")).toHaveLength(23);
    expect(t.problems).toEqual([]);
    expect(cellOf(t, "c2080801", "superior")?.num.kind).toBe("dash");
  });
});

describe("公开03 支出决算表 (headers stand one column left of their values in the seed)", () => {
  test.each([
    ["total", "total", "10,602.11", "E12"],
    ["total", "basic", "3,802.90", "F12"],
    ["total", "project", "6,799.22", "G12"],
    ["c2150517", "total", "2,578.81", "E33"],
    ["c2150517", "basic", "70.86", "F33"],
    ["c2150517", "project", "2,507.96", "G33"],
    ["c2080801", "project", "23.54", "G23"],
  ])("%s / %s = %s at %s", (row, col, text, a1) => {
    expect(at("公开03", row, col)).toEqual([text, a1]);
  });

  test("names and codes", () => {
    const r = table("公开03").rows.find((x) => x.code === "2150805");
    expect(r?.label).toBe("中小企业发展专项");
    expect(cellA1(r!.labelRef!)).toBe("D34");
  });
});

describe("公开05 一般公共预算财政拨款收入支出决算表 (columns by 栏次 1–16, named by meaning)", () => {
  test.each([
    ["total", "carry.in.total", "79.98", "D14"],
    ["total", "income.total", "10,584.32", "G14"],
    ["total", "income.project", "6,781.42", "I14"],
    ["total", "out.total", "10,584.32", "J14"],
    ["total", "out.personnel", "3,455.84", "L14"],
    ["total", "out.public", "347.06", "M14"],
    ["total", "out.project", "6,781.43", "N14"],
    ["total", "carry.out.total", "79.98", "O14"],
    ["c2150517", "income.total", "2,561.02", "G35"],
    ["c2150517", "out.project", "2,490.17", "N35"],
    ["c2080801", "income.project", "23.53", "I25"],
  ])("%s / %s = %s at %s", (row, col, text, a1) => {
    expect(at("公开05", row, col)).toEqual([text, a1]);
  });

  test("shown precision and exact decimal", () => {
    const f = cellOf(table("公开05"), "total", "income.total")!;
    expect(f.num.value?.toString()).toBe("10584.32");
    expect(f.num.decimals).toBe(2);
    expect(cellOf(table("公开05"), "total", "carry.in.basic")!.num.decimals).toBe(0);
  });
});

describe("公开08 / 公开09: empty tables with their notes", () => {
  test.each([["公开08" as const], ["公开09" as const]])("%s is empty and says why", (id) => {
    const t = table(id);
    expect(t.empty).toBe(true);
    expect(t.notes.join("")).toContain("为空表");
    expect(t.year).toBe(2023);
    expect(t.department?.text).toBe("曲靖市工业和信息化局");
  });
});

describe("a 合计 row left blank for 填充", () => {
  test("公开05's label-less 合计 row, emptied, is still bound as the total (row 14, below the 栏次 row)", async () => {
    const grid = await loadSampleGrid();
    const blanked = {
      sheets: grid.sheets.map((s) => (s.name !== "公开05表" ? s : { ...s, values: s.values.map((r, i) => (i === 13 ? r.map(() => null) : r)) })),
    };
    const t = publicTable(bindWorkbook(blanked), "gpb")!;
    expect(t.rows[0].key).toBe("total");
    expect(t.rows[0].row).toBe(13);
    expect(cellA1(cellOf(t, "total", "income.total")!.ref)).toBe("G14");
    expect(cellOf(t, "total", "income.total")!.num.kind).toBe("empty");
    expect(t.problems).toEqual([]);
  });

  test("公开05's label-less 合计 row with 年初结转 of 179.98 is the 合计 row, not a 科目 “179” named “.98”", async () => {
    const grid = await loadSampleGrid();
    const edited = {
      sheets: grid.sheets.map((s) => (s.name !== "公开05表" ? s : { ...s, values: s.values.map((r, i) => (i === 13 ? r.map((v, j) => (j === 3 ? 179.98 : v)) : r)) })),
    };
    const t = publicTable(bindWorkbook(edited), "gpb")!;
    expect([t.rows[0].key, t.rows[0].code, cellOf(t, "total", "carry.in.total")!.text]).toEqual(["total", undefined, "179.98"]);
    expect(t.rows.filter((r) => r.code === "179")).toEqual([]);
  });

  test("no phantom total where data follows the header directly", () => {
    const t = publicTable(wb, "expenditure")!;
    expect(t.rows.filter((r) => r.kind === "total")).toHaveLength(1);
  });
});
