// Line tables (公开01, 公开04, 公开10, 公开11, 公开12): real values and cells from the sample workbook, then
// rearranged copies (shifted, amounts as text, spaced labels, extra columns, stacked tables, missing lines).
import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadSampleGrid } from "../helpers/sample";
import { gridOf, sheetFromTsv } from "../helpers/grid-builder";
import { bindWorkbook } from "../../src/core/tables/bind";
import { cellA1 } from "../../src/core/grid/address";
import { GridSheet } from "../../src/core/grid/grid";
import { BoundWorkbook, cellOf, PublicTable, rowByKey } from "../../src/core/tables/model";
import { tableByLabel } from "../helpers/tables";
import { FUNCTIONAL_CLASSES, functionalClassOf } from "../../src/core/glossary/functional-classes";

function table(wb: BoundWorkbook, id: string): PublicTable {
  const t = tableByLabel(wb, id);
  if (!t) throw new Error(`${id} not bound`);
  return t;
}

/** [row key, column key, A1, displayed text, exact value] */
type Expect = [string, string, string, string, string];

function expectCells(t: PublicTable, cases: Expect[]): void {
  for (const [row, col, a1, text, value] of cases) {
    const f = cellOf(t, row, col);
    expect({ row, col, a1: f && cellA1(f.ref), text: f?.text }).toEqual({ row, col, a1, text });
    expect(f?.ref.sheet).toBe(t.sheet);
    expect(f?.num.value?.equals(new Decimal(value))).toBe(true);
  }
}

/** A sheet from rows of cells; "⏎" inside a cell becomes a line break. */
function sheetOf(name: string, rows: string[][], at: { top?: number; left?: number } = {}): GridSheet {
  const s = sheetFromTsv(name, rows.map((r) => r.join("\t")).join("\n"), at);
  return { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/⏎/g, "\n") : v))) };
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = (n: number) => (n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11]}` : `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ""}`);

const problemsOf = (t: PublicTable, code: string) => t.problems.filter((p) => p.code === code);

describe("line tables in the sample workbook", () => {
  let wb: BoundWorkbook;
  beforeAll(async () => {
    wb = bindWorkbook(await loadSampleGrid());
  });

  test("公开01: both halves, with the two 总计 lines kept apart", () => {
    const t = table(wb, "公开01");
    expect(t.problems).toEqual([]);
    expect(t.empty).toBe(false);
    expectCells(t, [
      ["in.gpb", "amount", "C12", "10,584.32", "10584.32"],
      ["in.superior", "amount", "C15", "-", "0"],
      ["in.other", "amount", "C19", "5.70", "5.7"],
      ["in.total", "amount", "C38", "10,590.02", "10590.02"],
      ["in.reserve", "amount", "C39", "", "0"],
      ["in.carry", "amount", "C40", "1,503.88", "1503.88"],
      ["in.grand", "amount", "C41", "12,093.90", "12093.9"],
      ["out.201", "amount", "F12", "1,007.53", "1007.53"],
      ["out.215", "amount", "F25", "7,976.62", "7976.62"],
      ["out.234", "amount", "F37", "", "0"],
      ["out.total", "amount", "F38", "10,602.11", "10602.11"],
      ["out.carry", "amount", "F40", "1,491.79", "1491.79"],
      ["out.grand", "amount", "F41", "12,093.90", "12093.9"],
    ]);
    expect(cellOf(t, "in.superior", "amount")?.num.kind).toBe("dash");
    const out215 = rowByKey(t, "out.215");
    expect(out215?.code).toBe("215");
    expect(out215?.label).toBe("十四、资源勘探工业信息等支出");
    expect(out215?.labelRef && cellA1(out215.labelRef)).toBe("D25");
    expect(rowByKey(t, "in.grand")?.kind).toBe("total");
    expect(rowByKey(t, "in.carry")?.kind).toBe("line");
    expect(t.rows.filter((r) => r.key.startsWith("out.2"))).toHaveLength(26);
    expect(t.columns.map((c) => [c.section, c.key, c.col])).toEqual([
      ["in", "amount", 2],
      ["out", "amount", 5],
    ]);
    // Each half's rows carry only their own half's cell, though they share sheet rows.
    expect(Object.keys(rowByKey(t, "in.gpb")?.cells ?? {})).toEqual(["amount"]);
  });

  test("公开04: fund columns, and the fund lines under 年初结转 told apart by position", () => {
    const t = table(wb, "公开04");
    expect(t.problems).toEqual([]);
    expectCells(t, [
      ["in.gpb", "amount", "C12", "10,584.32", "10584.32"],
      ["in.total", "amount", "C38", "10,584.32", "10584.32"],
      ["in.carry", "amount", "C39", "79.98", "79.98"],
      ["in.carry.gpb", "amount", "C40", "79.98", "79.98"],
      ["in.carry.fund", "amount", "C41", "", "0"],
      ["in.carry.capital", "amount", "C42", "", "0"],
      ["in.grand", "amount", "C43", "10,664.30", "10664.3"],
      ["out.215", "total", "F25", "7,958.84", "7958.84"],
      ["out.215", "gpb", "G25", "7,958.84", "7958.84"],
      ["out.215", "fund", "H25", "", "0"],
      ["out.total", "total", "F38", "10,584.32", "10584.32"],
      ["out.carry", "gpb", "G39", "79.98", "79.98"],
      ["out.carry", "capital", "I39", "-", "0"],
      ["out.grand", "total", "F43", "10,664.30", "10664.3"],
    ]);
    expect(t.columns.filter((c) => c.section === "out").map((c) => c.key)).toEqual(["total", "gpb", "fund", "capital"]);
  });

  test("公开10: amounts, counts and 机关运行经费; the 行次 column is not an amount", () => {
    const t = table(wb, "公开10");
    expect(t.problems).toEqual([]);
    expectCells(t, [
      ["total", "budget", "C12", "33.30", "33.3"],
      ["total", "full", "D12", "32.62", "32.62"],
      ["total", "final", "E12", "32.62", "32.62"],
      ["car.operation", "budget", "C16", "24.83", "24.83"],
      ["reception", "final", "E17", "7.99", "7.99"],
      ["reception.domestic", "budget", "C18", "—", "0"],
      ["reception.domestic.foreign", "final", "E19", "", "0"],
      ["n.car.fleet", "final", "E25", "10.00", "10"],
      ["n.reception.batches", "final", "E26", "29.00", "29"],
      ["n.reception.batches.foreign", "final", "E27", "", "0"],
      ["n.reception.people", "final", "E28", "293.00", "293"],
      ["n.reception.people.foreign", "final", "E29", "", "0"],
      ["opex", "final", "E32", "238.67", "238.67"],
      ["opex.admin", "final", "E33", "238.67", "238.67"],
    ]);
    expect(cellOf(t, "reception.domestic", "budget")?.num.kind).toBe("dash");
    expect(t.columns.map((c) => c.key)).toEqual(["budget", "full", "final"]);
    expect(t.columns.some((c) => c.col === 1)).toBe(false);
    expect(rowByKey(t, "reception.domestic.foreign")?.row).toBe(18);
    expect(rowByKey(t, "n.reception.batches.foreign")?.row).toBe(26);
  });

  test("公开11: the same lines without counts", () => {
    const t = table(wb, "公开11");
    expect(t.problems).toEqual([]);
    expectCells(t, [
      ["total", "final", "E12", "32.62", "32.62"],
      ["abroad", "full", "D13", "0", "0"],
      ["car.purchase", "final", "E15", "0", "0"],
      ["reception", "final", "E17", "7.99", "7.99"],
      ["reception.domestic", "final", "E18", "7.99", "7.99"],
    ]);
    expect(rowByKey(t, "n.car.fleet")).toBeUndefined();
    expect(rowByKey(t, "opex")).toBeUndefined();
  });

  test("公开12: 19 columns under a three-row merged header", () => {
    const t = table(wb, "公开12");
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.key, r.kind])).toEqual([["total", "total"]]);
    expect(t.columns).toHaveLength(19);
    expectCells(t, [
      ["total", "assets", "C15", "6,160.45", "6160.45"],
      ["total", "original", "D15", "11,061.02", "11061.02"],
      ["total", "current", "E15", "4,105.05", "4105.05"],
      ["total", "fixed.orig", "F15", "6,658.08", "6658.08"],
      ["total", "fixed.net", "G15", "1,871.99", "1871.99"],
      ["total", "building.net", "I15", "1,094.47", "1094.47"],
      ["total", "equipment.net", "M15", "-", "0"],
      ["total", "otherfixed.orig", "N15", "3,819.66", "3819.66"],
      ["total", "investment", "P15", "-", "0"],
      ["total", "construction", "Q15", "-", "0"],
      ["total", "intangible.orig", "R15", "297.89", "297.89"],
      ["total", "intangible.net", "S15", "183.41", "183.41"],
      ["total", "otherasset.net", "U15", "-", "0"],
    ]);
  });
});

// ---- Rearranged copies ------------------------------------------------------------------------

const IN01 = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

/** 公开01 at B3: spaced headers, no 栏次 row, an empty column between the halves, some amounts as text. */
function t01Rows(drop: string[] = []): string[][] {
  const rows: string[][] = [
    ["收入支出决算表"],
    ["公开01表"],
    ["部门：测试单位", "", "", "", "", "", "金额单位：万元"],
    ["收 入", "", "", "", "支 出", "", ""],
    ["项 目", "行次", "金 额", "", "项目（按功能分类）", "行次", "金额"],
  ];
  const left: [string, string][] = IN01.map((l, i) => [`${cn(i + 1)}、${l}`, i === 0 ? "'10,584.32" : i === 7 ? "5.70" : "-"]);
  while (left.length < 26) left.push(["", ""]);
  left.push(["本年收入⏎合计", "'10,590.02"], ["使用专用结余", ""], ["年初结转 和结余", "1,503.88"], ["总 计", "12,093.90"]);
  const right: [string, string][] = FUNCTIONAL_CLASSES.map((c, i) => [i % 2 ? `${i + 1}. ${c.name}` : `${cn(i + 1)}、${c.name}`, c.code === "215" ? "'7,976.62" : ""]);
  right.push(["本年支出合计", "10,602.11"], ["结余分配", ""], ["年末结转和结余", "1,491.79"], ["总计", "'12,093.90"]);
  left.forEach(([l, a], i) => {
    const [rl, ra] = right[i];
    rows.push([drop.includes(l) ? "" : l, String(i + 1), drop.includes(l) ? "" : a, "", rl, String(i + 31), ra]);
  });
  rows.push([], ["注：本表反映部门本年度的总收支。"]);
  return rows;
}

describe("rearranged 公开01", () => {
  test("shifted to B3, amounts as text, labels with spaces and line breaks", () => {
    const t = table(bindWorkbook(gridOf(sheetOf("表1", t01Rows(), { top: 2, left: 1 }))), "公开01");
    expect(t.problems).toEqual([]);
    expect(t.department?.text).toBe("测试单位");
    expectCells(t, [
      ["in.gpb", "amount", "D8", "10,584.32", "10584.32"],
      ["in.other", "amount", "D15", "5.70", "5.7"],
      ["in.total", "amount", "D34", "10,590.02", "10590.02"],
      ["in.carry", "amount", "D36", "1,503.88", "1503.88"],
      ["in.grand", "amount", "D37", "12,093.90", "12093.9"],
      ["out.215", "amount", "H21", "7,976.62", "7976.62"],
      ["out.total", "amount", "H34", "10,602.11", "10602.11"],
      ["out.grand", "amount", "H37", "12,093.90", "12093.9"],
    ]);
    expect(cellOf(t, "in.gpb", "amount")?.num.kind).toBe("number");
    expect(rowByKey(t, "in.total")?.label).toBe("本年收入 合计");
  });

  test("a missing line is a ReadProblem, the other lines still bind", () => {
    const t = table(bindWorkbook(gridOf(sheetOf("表1", t01Rows(["使用专用结余"]), { top: 2, left: 1 }))), "公开01");
    const missing = problemsOf(t, "missing-row");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("使用专用结余");
    expect(missing[0].cell && cellA1(missing[0].cell)).toBe("B3");
    expect(rowByKey(t, "in.reserve")).toBeUndefined();
    expect(cellOf(t, "in.carry", "amount")?.text).toBe("1,503.88");
  });
});

/** 公开04 at D1: no 行次 on the right, header labels broken by line feeds, amounts as text. */
function t04Rows(dropFirstGpb = false): string[][] {
  const funds = ["一、一般公共预算 财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"];
  const left: [string, string][] = funds.map((f, i) => [f, i === 0 ? "'100.00" : ""]);
  if (dropFirstGpb) left[0] = ["", ""];
  while (left.length < 26) left.push(["", ""]);
  left.push(["本年收入合计", "100.00"], ["年初财政拨款结转和结余", "'20.50"]);
  funds.forEach((f, i) => left.push([f, i === 1 ? "20.50" : "-"]));
  left.push(["总计", "120.50"]);
  const right: string[][] = FUNCTIONAL_CLASSES.map((c, i) => [`${cn(i + 1)}、${c.name}`, ...(c.code === "201" ? ["'60.00", "40.00", "20.00", ""] : ["", "", "", ""])]);
  right.push(["本年支出合计", "'110.00", "90.00", "20.00", ""], ["年末财政拨款结转和结余", "10.50", "10.50", "-", "-"]);
  right.push([], [], [], ["总计", "120.50", "100.50", "20.00", "-"]);
  return [
    ["财政拨款收入支出决算表"],
    ["公开04表", "", "", "", "", "", "", "单位：万元"],
    ["收入", "", "", "支出", "", "", "", ""],
    ["项 目", "行 次", "决算数", "项目（按功能分类）", "合计", "一般公共预算⏎财政拨款", "政府性基金⏎预算财政拨款", "国有资本经营⏎预算财政拨款"],
    ["栏 次", "", "1", "栏 次", "2", "3", "4", "5"],
    ...left.map(([label, amount], i) => [label, String(i + 1), amount, ...right[i]]),
  ];
}

describe("rearranged 公开04", () => {
  const grid = (drop = false) => gridOf(sheetOf("Sheet1", t04Rows(drop), { left: 3 }));

  test("fund columns by header label; carry lines by position", () => {
    const t = table(bindWorkbook(grid()), "公开04");
    expect(t.problems).toEqual([]);
    expectCells(t, [
      ["in.gpb", "amount", "F6", "100.00", "100"],
      ["in.carry", "amount", "F33", "20.50", "20.5"],
      ["in.carry.fund", "amount", "F35", "20.50", "20.5"],
      ["in.grand", "amount", "F37", "120.50", "120.5"],
      ["out.201", "total", "H6", "60.00", "60"],
      ["out.201", "gpb", "I6", "40.00", "40"],
      ["out.201", "fund", "J6", "20.00", "20"],
      ["out.total", "total", "H32", "110.00", "110"],
      ["out.carry", "fund", "J33", "-", "0"],
      ["out.grand", "gpb", "I37", "100.50", "100.5"],
    ]);
  });

  test("without the first 一般公共预算 line the carry line is not taken for it", () => {
    const t = table(bindWorkbook(grid(true)), "公开04");
    expect(problemsOf(t, "missing-row").map((p) => p.message)).toEqual(["公开04：未找到收入部分“一般公共预算财政拨款”行"]);
    expect(rowByKey(t, "in.gpb")).toBeUndefined();
    expect(rowByKey(t, "in.carry.gpb")?.row).toBe(33);
  });
});

/** 公开10 and 公开11 stacked on one sheet at B3, half-width brackets, short "其中" labels. */
function sangongRows(withFull = true): string[][] {
  const head = (cols: string[]) => (withFull ? cols : cols.filter((c) => !/全年/.test(c)));
  const line = (label: string, b: string, f: string, d: string) => (withFull ? [label, b, f, d] : [label, b, d]);
  return [
    ["财政拨款“三公”经费、行政参公单位机关运行经费情况表"],
    ["公开10表"],
    ["单位：万元"],
    head(["项 目", "预算数", "全年⏎预算数", "决算数"]),
    withFull ? ["栏 次", "1", "2", "3"] : ["栏 次", "1", "3"],
    line("一、“三公”经费支出", "—", "—", "—"),
    line("(一) 支出合计", "'33.30", "32.62", "'32.62"),
    line("1. 因公出国(境)费", "", "", ""),
    line("2. 公务用车购置及运行维护费", "24.83", "24.63", "24.63"),
    line("(1) 公务用车购置费", "", "", ""),
    line("(2) 公务用车运行维护费", "24.83", "24.63", "'24.63"),
    line("3. 公务接待费", "8.47", "7.99", "7.99"),
    line("(1) 国内接待费", "8.47", "7.99", "7.99"),
    line("其中：外事接待", "—", "—", "1.00"),
    line("(2) 国(境)外接待费", "—", "—", ""),
    line("(二) 相关统计数", "—", "—", "—"),
    line("1. 因公出国(境)团组数(个)", "—", "—", ""),
    line("2. 因公出国(境)人次(人)", "—", "—", ""),
    line("3. 公务用车购置数(辆)", "—", "—", ""),
    line("4. 公务用车保有量(辆)", "—", "—", "10"),
    line("5. 国内公务接待批次(个)", "—", "—", "29"),
    line("其中：外事接待", "—", "—", "2"),
    line("6. 国内公务接待人次(人)", "—", "—", "293"),
    line("其中：外事接待", "—", "—", "7"),
    line("7. 国(境)外公务接待批次(个)", "—", "—", ""),
    line("8. 国(境)外公务接待人次(人)", "—", "—", ""),
    line("二、机关运行经费", "—", "—", "238.67"),
    line("(一) 行政单位", "—", "—", "'238.67"),
    line("(二) 参照公务员法管理事业单位", "—", "—", ""),
    [],
    ["一般公共预算“三公”经费情况表"],
    ["公开11表"],
    ["项目", "行次", "预算数", "全年预算数", "决算统计数"],
    ["“三公”经费支出", "1.00", "—", "—", "—"],
    ["（一）支出合计", "2.00", "—", "—", "—"],
    ["1.因公出国（境）费", "3.00", "", "", ""],
    ["2.公务用车购置及运行维护费", "4.00", "0", "", "-"],
    ["（1）公务用车购置费", "5.00", "", "", ""],
    ["（2）公务用车运行维护费", "6.00", "", "", ""],
    ["3.公务接待费", "7.00", "", "", ""],
    ["（1）国内接待费", "8.00", "—", "—", ""],
    ["其中：外事接待费", "9.00", "—", "—", ""],
    ["（2）国（境）外接待费", "10.00", "—", "—", ""],
  ];
}

describe("rearranged 公开10 / 公开11", () => {
  const bind = (withFull = true) => bindWorkbook(gridOf(sheetOf("三公", sangongRows(withFull), { top: 2, left: 1 })));

  test("stacked on one sheet, each table keeps its own lines; 其中 lines keyed by their parent", () => {
    const wb = bind();
    const t10 = table(wb, "公开10");
    expect(t10.problems).toEqual([]);
    expect(t10.range.bottom).toBe(30);
    expectCells(t10, [
      ["total", "budget", "C9", "33.30", "33.3"],
      ["total", "final", "E9", "32.62", "32.62"],
      ["car.operation", "final", "E13", "24.63", "24.63"],
      ["reception.domestic.foreign", "final", "E16", "1.00", "1"],
      ["n.car.fleet", "final", "E22", "10", "10"],
      ["n.reception.batches.foreign", "final", "E24", "2", "2"],
      ["n.reception.people.foreign", "final", "E26", "7", "7"],
      ["opex.admin", "final", "E30", "238.67", "238.67"],
    ]);
    expect(t10.rows.every((r) => r.row <= 30)).toBe(true);

    const t11 = table(wb, "公开11");
    expect(t11.problems).toEqual([]);
    expect(t11.empty).toBe(true);
    expect(t11.columns.map((c) => c.key)).toEqual(["budget", "full", "final"]);
    expect(rowByKey(t11, "total")?.row).toBe(36);
    expect(cellOf(t11, "car", "budget")?.ref.col).toBe(3);
    expect(cellOf(t11, "reception.domestic.foreign", "final")?.ref.row).toBe(43);
  });

  test("a missing column is a ReadProblem", () => {
    const t = table(bind(false), "公开10");
    expect(problemsOf(t, "missing-column").map((p) => p.message)).toEqual(["公开10：未找到“全年预算数”列"]);
    expect(cellOf(t, "total", "final")?.text).toBe("32.62");
    expect(cellOf(t, "total", "final")?.ref.col).toBe(3);
  });
});

/** 公开12 at C2 without merges or 栏次 row, an extra empty column, two sub-units. */
function t12Rows(withTotal = true): string[][] {
  const blank = (n: number) => Array<string>(n).fill("");
  const rows: string[][] = [
    ["国有资产使用情况表"],
    ["公开12表"],
    ["部门：测试单位"],
    ["项目", "行次", "资产总额", "资产原值⏎合计", "流动资产", "", "固定资产", ...blank(9), "对外投资/⏎有价证券", "在建工程", "无形资产", "", "其他资产", ""],
    [...blank(6), "小计", "", "房屋构筑物", "", "车辆", "", "单价200万以上⏎大型设备", "", "其他固定资产", ...blank(3), "原值", "净值", "原值", "净值"],
    [...blank(6), ..."原值 净值 原值 净值 原值 净值 原值 净值 原值 净值".split(" "), ...blank(6)],
  ];
  const total = ["合计", "1", "'6,160.45", "11,061.02", "4,105.05", "", "6,658.08", "1,871.99", "1,593.88", "1,094.47", "443.34", "91.57", "801.20", "-", "3,819.66", "685.95", "-", "-", "297.89", "183.41", "-", "-"];
  if (withTotal) rows.push(total);
  rows.push(["本级", "2", "6,000.00", ...blank(19)], ["下属单位", "3", "160.45", ...blank(19)], [], ["注：资产总额=流动资产+…"]);
  return rows;
}

describe("rearranged 公开12", () => {
  const bind = (withTotal = true) => table(bindWorkbook(gridOf(sheetOf("资产", t12Rows(withTotal), { top: 1, left: 2 }))), "公开12");

  test("group headers carried over blank cells; sub-units keyed by sheet row", () => {
    const t = bind();
    expect(t.problems).toEqual([]);
    expect(t.columns).toHaveLength(19);
    expectCells(t, [
      ["total", "assets", "E8", "6,160.45", "6160.45"],
      ["total", "original", "F8", "11,061.02", "11061.02"],
      ["total", "fixed.orig", "I8", "6,658.08", "6658.08"],
      ["total", "fixed.net", "J8", "1,871.99", "1871.99"],
      ["total", "otherfixed.net", "R8", "685.95", "685.95"],
      ["total", "investment", "S8", "-", "0"],
      ["total", "intangible.orig", "U8", "297.89", "297.89"],
      ["total", "otherasset.net", "X8", "-", "0"],
      ["r8", "assets", "E9", "6,000.00", "6000"],
      ["r9", "assets", "E10", "160.45", "160.45"],
    ]);
    expect(t.rows.map((r) => [r.key, r.kind, r.label])).toEqual([
      ["total", "total", "合计"],
      ["r8", "line", "本级"],
      ["r9", "line", "下属单位"],
    ]);
  });

  test("without the 合计 line: a ReadProblem, sub-units still bound", () => {
    const t = bind(false);
    expect(problemsOf(t, "missing-row").map((p) => p.message)).toEqual(["公开12：未找到“合计”行"]);
    expect(t.rows.map((r) => r.key)).toEqual(["r7", "r8"]);
    expect(cellOf(t, "r7", "assets")?.text).toBe("6,000.00");
  });
});

test("the whole seed stacked on one sheet at C5, without merges", () => {
  const seed = readFileSync(path.join(__dirname, "../../assets/sample/seed.txt"), "utf8").replace(/\r/g, "");
  const wb = bindWorkbook(gridOf(sheetFromTsv("all", seed, { top: 4, left: 2 })));
  for (const id of ["公开01", "公开04", "公开10", "公开11", "公开12"] as const) expect([id, table(wb, id).problems]).toEqual([id, []]);
  expectCells(table(wb, "公开01"), [["in.grand", "amount", "E46", "12,093.90", "12093.9"], ["out.215", "amount", "H30", "7,976.62", "7976.62"]]);
  expectCells(table(wb, "公开04"), [["in.carry.gpb", "amount", "E167", "79.98", "79.98"], ["out.215", "gpb", "I152", "7,958.84", "7958.84"]]);
  expectCells(table(wb, "公开10"), [["n.car.fleet", "final", "G366", "10.00", "10"]]);
  expectCells(table(wb, "公开11"), [["total", "full", "F392", "32.62", "32.62"]]);
  expectCells(table(wb, "公开12"), [["total", "investment", "R418", "-", "0"], ["total", "intangible.orig", "T418", "297.89", "297.89"]]);
});

test("functional class names match tolerantly", () => {
  expect(functionalClassOf("二十六、抗疫特别国债安排的支出")?.code).toBe("234");
  expect(functionalClassOf("十四、 资源勘探工业信息等支出")?.code).toBe("215");
  expect(functionalClassOf("（九）卫生健康")?.code).toBe("210");
  expect(functionalClassOf("二十三、其他支出")?.code).toBe("229");
  expect(functionalClassOf("国有资本经营预算财政拨款收入")).toBeUndefined();
  expect(new Set(FUNCTIONAL_CLASSES.map((c) => c.code)).size).toBe(26);
});
