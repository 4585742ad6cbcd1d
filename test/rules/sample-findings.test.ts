// The real mistakes of the sample disclosure, found by the engine and confirmed here by hand arithmetic.
import Decimal from "decimal.js";
import { analyze } from "../../src/core/engine";
import { cellA1 } from "../../src/core/grid/address";
import { Finding } from "../../src/core/findings/finding";
import { loadSampleGrid } from "../helpers/sample";

let findings: readonly Finding[];
beforeAll(async () => {
  findings = analyze(await loadSampleGrid()).findings;
});

const where = (f: Finding) => `${f.sheet}!${cellA1(f.cell)}`;
const sum = (...xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);

function one(rule: string, check: string, at: string): Finding {
  const hits = findings.filter((f) => f.rule === rule && f.check === check && where(f) === at);
  if (hits.length !== 1) throw new Error(`expected one ${rule}/${check} at ${at}, found ${hits.length}: ${findings.map((f) => `${f.rule}/${f.check}@${where(f)}`).join(", ")}`);
  return hits[0];
}

test("公开06: 公用经费合计 694.12 is not the sum of its 类 (302 347.06 + 307/310/312/399 all “-”)", () => {
  const f = one("hierarchy.economic", "sum", "公开06表!I44");
  expect(f.severity).toBe("error");
  expect(f.expected).toBe(sum("347.06", "0", "0", "0", "0"));
  expect(f.actual).toBe("694.12");
  expect(f.difference).toBe("347.06");
  // The same cell is the one shared by the two cross-table identities that break with it.
  const cross = findings.filter((x) => x.rule === "cross.gpb-basic" && where(x) === "公开06表!I44");
  expect(cross.map((x) => x.table)).toEqual(["公开06", "公开06"]);
  const basic = cross.find((x) => x.message.includes("基本支出"))!;
  expect(basic.expected).toBe(sum("3455.84", "694.12")); // 公开06 人员 + 公用 as shown
  expect(basic.actual).toBe("3802.90"); // 公开05 基本支出
  expect(basic.cells.map((c) => `${c.sheet}!${cellA1(c)}`)).toEqual(["公开06表!I44", "公开05表!K14", "公开06表!C44"]);
});

test("公开07: 20921 is listed under 309 (should be 30921)", () => {
  const f = one("hierarchy.economic", "parent", "公开07表!H21");
  expect(f.message).toBe("科目编码 20921（文物和陈列品购置）列在类 309 之下，但编码不以 309 开头");
});

test("附表15-3: 总分 79.00 is graded 良 but 79.00 < 80 is 中", () => {
  const f = one("scorecard", "grade", "附表15-3!J24");
  expect(f.expected).toBe("中");
  expect(f.actual).toBe("良");
  expect(f.cells.map(cellA1)).toEqual(["J24", "I24"]);
});

test("附表15-1: 执行率 95.74% is 321.69 / 336.00 (年初预算数); by 全年预算数 it is 321.69 / 321.69 = 100%", () => {
  expect(new Decimal("321.69").dividedBy("336.00").toDecimalPlaces(4).toString()).toBe("0.9574");
  const f = one("scorecard", "rateInitial", "附表15-1!G7");
  expect(f.expected).toBe("1.0000");
  expect(f.actual).toBe("0.9574");
  // …so its 执行率得分 should be 10 × min(100%, 1) = 10.00, not 9.50.
  const s = one("scorecard", "score", "附表15-1!H7");
  expect([s.expected, s.actual]).toEqual(["10.00", "9.50"]);
});

test("附表15-4: 分值 7 + 30 + 20 + 5 + 10 + 5 + 10 + 10 = 97, not 100", () => {
  expect(sum("7", "30", "20", "5", "10", "5", "10", "10")).toBe("97.00");
  const f = one("scorecard", "weights", "附表15-4!H24");
  expect([f.expected, f.actual]).toEqual(["100", "97"]);
});

test("附表15-7: scores above their 分值 (20 > 15) and a 总分 of 100 where 10 + Σ得分 = 130", () => {
  const f = one("scorecard", "overWeight", "附表15-7!J17");
  expect([f.expected, f.actual, f.difference]).toEqual(["15", "20", "5"]);
  expect(findings.filter((x) => x.check === "overWeight" && x.sheet === "附表15-7")).toHaveLength(5);
  const total = one("scorecard", "sumScores", "附表15-7!I25");
  expect(total.expected).toBe(sum("10", "10", "20", "10", "20", "20", "15", "15", "10"));
});

test("附表15-3: 培训期数 ≥ 3 with 1 achieved scores 10 × 1/3 = 3.33, not 3.00", () => {
  const f = one("scorecard", "score", "附表15-3!I16");
  expect(f.expected).toBe(new Decimal(10).times(1).dividedBy(3).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
  expect(f.actual).toBe("3.00");
});

test("附表14: 项目支出 预算确定数 380.41 is not 财政拨款 315.73 + 其他资金 50.00", () => {
  const f = one("scorecard", "sum", "附表14!F8");
  expect(f.expected).toBe(sum("315.73", "50.00"));
  expect(f.difference).toBe("14.68");
});

describe("one-cent tails are 尾数 (info), never errors", () => {
  test("公开01 本年支出合计 10,602.11 vs Σ 功能类 10,602.10 (7 figures → ±0.035)", () => {
    expect(sum("1007.53", "1036.73", "342.09", "20.00", "7976.62", "219.13")).toBe("10602.10");
    const f = one("sum.summary", "sum", "公开01表!F38");
    expect(f.severity).toBe("info");
    expect([f.expected, f.actual, f.difference, f.allowed]).toEqual(["10602.10", "10602.11", "0.01", "0.035"]);
  });

  test("公开05 合计 column 7 = 8 + 11: 3,802.90 + 6,781.43 = 10,584.33 vs 10,584.32", () => {
    const f = one("row.code-tables", "sum", "公开05表!J14");
    expect([f.severity, f.expected, f.difference]).toEqual(["info", sum("3802.90", "6781.43"), "-0.01"]);
  });

  test("公开04 215 (一般公共预算) 7,958.84 vs Σ 公开05 215 rows 7,958.83", () => {
    expect(sum("0.21", "1232.99", "336.37", "2561.02", "3828.24")).toBe("7958.83");
    const f = one("cross.fiscal-expenditure-by-class", "cross", "公开04表!G25");
    expect(f.severity).toBe("info");
  });

  test("no difference of one cent anywhere is an error", () => {
    const cent = findings.filter((f) => f.difference && new Decimal(f.difference).abs().lte("0.01") && f.rule !== "scorecard");
    expect(cent.length).toBeGreaterThan(10);
    expect(cent.every((f) => f.severity === "info")).toBe(true);
  });
});

test("the whole list: every error and warning of the sample, by rule and cell", () => {
  const list = findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}/${f.check}@${where(f)}`);
  expect(list).toEqual([
    "cross.gpb-basic/cross@公开06表!I44",
    "cross.gpb-basic/cross@公开06表!I44",
    "hierarchy.economic/sum@公开06表!I44",
    "hierarchy.economic/parent@公开07表!H21",
    "scorecard/sum@附表14!F8",
    "scorecard/rateInitial@附表15-1!G7",
    "scorecard/score@附表15-1!H7",
    "scorecard/rateInitial@附表15-2!H7",
    "scorecard/score@附表15-2!I7",
    "scorecard/score@附表15-2!I21",
    "scorecard/score@附表15-2!I22",
    "scorecard/score@附表15-2!I23",
    "scorecard/rateInitial@附表15-3!G7",
    "scorecard/score@附表15-3!H7",
    "scorecard/score@附表15-3!I16",
    "scorecard/score@附表15-3!I17",
    "scorecard/grade@附表15-3!J24",
    "scorecard/sumWeights@附表15-4!H24",
    "scorecard/weights@附表15-4!H24",
    "scorecard/rateInitial@附表15-5!G7",
    "scorecard/score@附表15-5!H7",
    "scorecard/score@附表15-5!I16",
    "scorecard/split@附表15-6!I28",
    "scorecard/overWeight@附表15-7!J17",
    "scorecard/overWeight@附表15-7!J19",
    "scorecard/overWeight@附表15-7!J20",
    "scorecard/overWeight@附表15-7!J21",
    "scorecard/overWeight@附表15-7!J22",
    "scorecard/split@附表15-7!H25",
    "scorecard/sumScores@附表15-7!I25",
    "scorecard/split@附表15-8!H21",
    "scorecard/split@附表15-9!H22",
    "scorecard/split@附表15-10!H18",
    "scorecard/split@附表15-11!H18",
    "scorecard/split@附表15-13!H22",
    "scorecard/split@附表15-14!H19",
    "scorecard/rateInitial@附表15-15!H6",
    "scorecard/score@附表15-15!I6",
    "scorecard/sumScores@附表15-15!I6",
    // 附表15-15 leaves 指标性质 blank on six of its seven indicators (domain.md §6).
    "scorecard/incomplete@附表15-15!D15",
    "scorecard/incomplete@附表15-15!D16",
    "scorecard/incomplete@附表15-15!D17",
    "scorecard/incomplete@附表15-15!D18",
    "scorecard/incomplete@附表15-15!D19",
    "scorecard/incomplete@附表15-15!D20",
    "scorecard/split@附表15-15!H22",
  ]);
});
