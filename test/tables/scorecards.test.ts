// 附表14 and 附表15 bound from the sample workbook (values and cells as the seed shows them, mistakes included)
// and from small rearranged grids.
import Decimal from "decimal.js";
import { cellA1 } from "../../src/core/grid/address";
import { CellValue } from "../../src/core/grid/grid";
import { bindWorkbook } from "../../src/core/tables/bind";
import { BoundWorkbook, DeptScorecard, Field, projectScorecards, ProjectScorecard } from "../../src/core/tables/model";
import { foldNature } from "../../src/core/tables/scorecard-indicators";
import { gridOf, sheetFromTsv } from "../helpers/grid-builder";
import { loadSampleGrid } from "../helpers/sample";

let wb: BoundWorkbook;
beforeAll(async () => {
  wb = bindWorkbook(await loadSampleGrid());
});

/** [A1, text] of a bound field. */
const at = (f: Field | undefined): [string, string] | undefined => (f ? [cellA1(f.ref), f.text] : undefined);
const value = (f: Field | undefined): string | undefined => f?.num.value?.toString();

function project(sheet: string): ProjectScorecard {
  const t = projectScorecards(wb).find((s) => s.sheet === sheet);
  if (!t) throw new Error(`${sheet} not bound`);
  return t;
}

function dept(book: BoundWorkbook): DeptScorecard {
  const t = book.tables.find((x): x is DeptScorecard => x.id === "附表14");
  if (!t) throw new Error("附表14 not bound");
  return t;
}

const sumWeights = (s: ProjectScorecard) => s.indicators.reduce((acc, i) => acc.plus(i.weight?.num.value ?? 0), new Decimal(0)).toFixed(2);

type Cell = [string, string];
// sheet, 项目名称, 年度资金总额: 全年预算数, 全年执行数, 分值, 执行率, 得分; indicators, Σ 指标分值; 总分 分值, 得分, 等级.
const PROJECTS: [string, string, Cell, Cell, Cell, Cell, Cell, number, string, Cell, Cell, Cell][] = [
  ["附表15-1", "2023年中央无线电管理经费", ["D7", "321.69"], ["E7", "321.69"], ["F7", "10.00"], ["G7", "95.74%"], ["H7", "9.50"], 6, "90.00", ["H23", "100.00"], ["I23", "99.50"], ["J23", "优"]],
  ["附表15-2", "高水平建设云南先进制造中心专项经费", ["E7", "132.43"], ["F7", "132.43"], ["G7", "10.00"], ["H7", "73.98%"], ["I7", "7.40"], 17, "90.00", ["H34", "100.00"], ["I34", "83.40"], ["J34", "良"]],
  ["附表15-3", "工业人才队伍建设培训专项经费", ["D7", "36.75"], ["E7", "36.75"], ["F7", "10.00"], ["G7", "36.75%"], ["H7", "4.00"], 7, "90.00", ["H24", "100.00"], ["I24", "79.00"], ["J24", "良"]],
  ["附表15-4", "节能降耗及节能监察专项经费", ["D7", "17.79"], ["E7", "17.79"], ["F7", "7.00"], ["G7", "100.00%"], ["H7", "7.00"], 7, "90.00", ["H24", "100.00"], ["I24", "87.00"], ["J24", "良"]],
  ["附表15-5", "遗属生活补助资金", ["D7", "23.54"], ["E7", "23.54"], ["F7", "10.00"], ["G7", "92.75%"], ["H7", "9.00"], 5, "90.00", ["H22", "100.00"], ["I22", "99.00"], ["J22", "优"]],
  ["附表15-6", "2023年省级制造业高质量发展(制造业重大项目、企业技术改造与创新方向)专项资金", ["E6", "2,175.00"], ["F6", "2,175.00"], ["G6", "10.00"], ["H6", "100.00%"], ["I6", "10.00"], 13, "90.00", ["I28", "100.00"], ["J28", "100.00"], ["K28", "优"]],
  ["附表15-7", "2023年省级中小企业发展专项资金", ["E7", "3,350.00"], ["G7", "3,350.00"], ["I7", "10.00"], ["J7", "100.00%"], ["K7", "10.00"], 8, "90.00", ["H25", "100.00"], ["I25", "100.00"], ["J25", "优"]],
  ["附表15-8", "2022年度中央无线电管理经费", ["E6", "14.68"], ["F6", "14.68"], ["G6", "10.00"], ["H6", "100%"], ["I6", "10.00"], 6, "90.00", ["H21", "100.00"], ["I21", "100.00"], ["J21", "优"]],
  ["附表15-9", "党政储备人才专项经费", ["F6", "56.80"], ["G6", "56.80"], ["H6", "10.00"], ["I6", "100%"], ["J6", "10.00"], 7, "90.00", ["H22", "100.00"], ["I22", "100.00"], ["J22", "优"]],
  ["附表15-10", "曲靖市民营经济高质量发展大会经费", ["D6", "10.31"], ["G6", "10.31"], ["H6", "10.00"], ["I6", "100.00%"], ["J6", "10.00"], 3, "90.00", ["H18", "100.00"], ["I18", "100.00"], ["J18", "优"]],
  ["附表15-11", "全省选调生工作生活补助经费", ["E6", "6.00"], ["F6", "6.00"], ["G6", "10.00"], ["H6", "100.00%"], ["I6", "10.00"], 3, "90.00", ["H18", "100.00"], ["I18", "100.00"], ["J18", "优"]],
  ["附表15-12", "招商引资目标考核激励奖补经费", ["D6", "10.00"], ["E6", "10.00"], ["F6", "10.00"], ["G6", "100.00%"], ["H6", "10.00"], 5, "90.00", ["H20", "100.00"], ["I20", "100.00"], ["J20", "优"]],
  ["附表15-13", "编制《曲靖市工业发展与园区布局专项规划》专项资金", ["D6", "77.00"], ["E6", "77.00"], ["F6", "10.00"], ["G6", "100.00%"], ["H6", "10.00"], 7, "90.00", ["H22", "100.00"], ["I22", "80.00"], ["J22", "良"]],
  ["附表15-14", "曲靖市工业领域碳达峰路径研究编制经费", ["D6", "32.99"], ["E6", "32.99"], ["F6", "10.00"], ["G6", "100.00%"], ["H6", "10.00"], 4, "90.00", ["H19", "100.00"], ["I19", "10.00"], ["J19", "差"]],
  ["附表15-15", "推广散装水泥和新型墙材专项经费", ["E6", "36.00"], ["F6", "36.00"], ["G6", "10"], ["H6", "90.00%"], ["I6", "9.00"], 7, "90.00", ["H22", "100.00"], ["I22", "100.00"], ["J22", "优"]],
  ["附表15-16", "曲靖市中小企业投融资服务平台运行维护专项资金", ["D6", "11.66"], ["E6", "11.66"], ["F6", "10.00"], ["G6", "100.00%"], ["H6", "10.00"], 9, "90.00", ["H26", "100.00"], ["I26", "100.00"], ["J26", "优"]],
  ["附表15-17", "中小企业服务工作经费", ["E6", "5.36"], ["F6", "5.36"], ["G6", "10.00"], ["H6", "100.00%"], ["I6", "10.00"], 11, "90.00", ["G28", "100.00"], ["H28", "100.00"], ["I28", "优"]],
  ["附表15-18", "2023年中央小微企业融资担保降费奖补专项资金", ["E6", "321.43"], ["F6", "321.43"], ["G6", "10.00"], ["H6", "100.00%"], ["I6", "10.00"], 5, "90.00", ["H22", "100.00"], ["I22", "100.00"], ["J22", "优"]],
  ["附表15-19", "2023年第一批优质中小企业贷款贴息补助资金", ["E6", "139.79"], ["G6", "139.79"], ["H6", "10.00"], ["I6", "100.00%"], ["J6", "10.00"], 6, "90.00", ["H23", "100.00"], ["I23", "100.00"], ["J23", "优"]],
  ["附表15-20", "曲靖市中小微企业贷款风险补偿补助资金", ["D6", "20.00"], ["E6", "20.00"], ["F6", "10.00"], ["G6", "100.00%"], ["H6", "10.00"], 7, "90.00", ["H24", "100.00"], ["I24", "100.00"], ["J24", "优"]],
];

describe("附表15 项目支出绩效自评表 (sample)", () => {
  test("all 20 project scorecards are bound, in seed order, without read problems", () => {
    const all = projectScorecards(wb);
    expect(all.map((s) => s.sheet)).toEqual(PROJECTS.map((p) => p[0]));
    for (const s of all) expect([s.sheet, s.problems]).toEqual([s.sheet, []]);
  });

  test.each(PROJECTS)("%s %s", (sheet, name, fullBudget, executed, weight, rate, score, count, weights, totalWeight, totalScore, grade) => {
    const s = project(sheet);
    expect(s.projectName).toBe(name);
    const total = s.funds.find((f) => f.key === "total");
    expect(total?.label).toBe("年度资金总额");
    expect(at(total?.fullBudget)).toEqual(fullBudget);
    expect(at(total?.executed)).toEqual(executed);
    expect(at(total?.weight)).toEqual(weight);
    expect(at(total?.rate)).toEqual(rate);
    expect(at(total?.score)).toEqual(score);
    expect(s.indicators).toHaveLength(count);
    expect(sumWeights(s)).toBe(weights);
    expect(at(s.totalWeight)).toEqual(totalWeight);
    expect(at(s.totalScore)).toEqual(totalScore);
    expect(at(s.grade)).toEqual(grade);
  });

  test("附表15-1: names, the four fund lines and exact values", () => {
    const s = project("附表15-1");
    expect(s.marker).toBe("附表15-1");
    expect(s.title).toBe("2023年度项目支出绩效自评表");
    expect(s.year).toBe(2023);
    expect(at(s.department)).toEqual(["B5", "曲靖市工业和信息化局"]);
    expect(at(s.implementer)).toEqual(["F5", "曲靖市工业和信息化局"]);
    expect(s.projectNameRef && cellA1(s.projectNameRef)).toBe("B4");
    expect(s.unit?.text).toBe("万元");
    expect(s.funds.map((f) => [f.key, f.row + 1])).toEqual([["total", 7], ["fiscal", 8], ["carryover", 9], ["other", 10]]);
    const total = s.funds[0];
    expect(value(total.initialBudget)).toBe("336");
    expect(value(total.fullBudget)).toBe("321.69");
    expect(value(total.rate)).toBe("0.9574");
    expect(total.rate?.num.percent).toBe(true);
    expect(value(total.score)).toBe("9.5");
    expect(value(s.totalScore)).toBe("99.5");
    expect(s.funds[2].fullBudget?.num.kind).toBe("empty");
    expect(s.notes[0]).toBe("备注：");
    expect(s.notes).toHaveLength(7);
  });

  test("附表15-1 indicators: levels carried down, natures folded, fields bound", () => {
    const s = project("附表15-1");
    expect(s.indicatorColumns).toEqual({ level1: 0, level2: 1, level3: 2, nature: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8, reason: 9 });
    const [first, second, third] = s.indicators;
    expect([first.level1, first.level2, first.level3]).toEqual(["产出指标", "数量指标", "无线电固定监测站新建及升级改造项目数量"]);
    expect(cellA1(first.level3Ref)).toBe("C16");
    expect([second.level1, second.level2]).toEqual(["产出指标", "质量指标"]);
    expect([third.nature, third.natureText, third.unit]).toEqual(["<=", "<=", "%"]);
    expect(at(third.target)).toEqual(["E18", "15"]);
    expect(at(third.actual)).toEqual(["G18", "14%"]);
    expect(value(third.actual)).toBe("0.14");
    expect(at(third.weight)).toEqual(["H18", "10.00"]);
    expect(at(third.score)).toEqual(["I18", "10.00"]);
    expect(third.reason).toBe("无");
    expect(s.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
  });

  test("附表15-3 keeps its wrong grade as shown (79.00 → 良)", () => {
    const s = project("附表15-3");
    expect(value(s.totalScore)).toBe("79");
    expect(s.grade?.text).toBe("良");
  });

  test("附表15-6: 项目资金 headers one column left of their values", () => {
    const s = project("附表15-6");
    expect(s.marker).toBeUndefined();
    const total = s.funds.find((f) => f.key === "total")!;
    expect(total.initialBudget?.num.kind).toBe("empty");
    expect(at(total.initialBudget)?.[0]).toBe("D6");
    const other = s.funds.find((f) => f.key === "other")!;
    expect(at(other.initialBudget)).toEqual(["D9", "—"]);
    expect(other.initialBudget?.num.kind).toBe("dash");
    // 三级指标 merged over C:D, 指标性质 from E on.
    expect(s.indicatorColumns.nature).toBe(4);
    expect(s.indicators[0].natureText).toBe(">=");
  });

  test("附表15-7: the unlabelled 定量指标 column is kept as an extra, values right of it", () => {
    const s = project("附表15-7");
    expect(s.indicatorColumns).toMatchObject({ unit: 5, actual: 7, weight: 8, score: 9, reason: 10, "extra:列G": 6 });
    for (const i of s.indicators) expect(i.extra).toEqual({ 列G: "定量指标" });
    const gdp = s.indicators.find((i) => i.level3 === "民营经济增加值增速（%）")!;
    expect(at(gdp.target)).toEqual(["E21", "GDP增速"]);
    expect(gdp.target?.num.kind).toBe("text");
    expect(at(gdp.actual)).toEqual(["H21", "GDP增速"]);
    expect(at(gdp.weight)).toEqual(["I21", "10.00"]);
    expect(at(gdp.score)).toEqual(["J21", "15.00"]);
    // 得分 above 分值 on five rows, as the seed shows it.
    expect(s.indicators.filter((i) => i.score!.num.value!.gt(i.weight!.num.value!))).toHaveLength(5);
    expect(s.indicators.reduce((acc, i) => acc.plus(i.score!.num.value!), new Decimal(0)).toFixed(2)).toBe("120.00");
  });

  test("指标性质 spellings: ≥, blank, and '， =' with a stray comma", () => {
    const s15 = project("附表15-15");
    expect(s15.indicators.map((i) => i.nature)).toEqual([">=", "", "", "", "", "", ""]);
    expect(s15.indicators[0].natureText).toBe("≥");
    const s19 = project("附表15-19");
    expect(s19.indicators.map((i) => [i.nature, i.natureText])).toEqual([
      [">=", "≥"], [">=", "≥"], ["=", "， ="], ["=", "， ="], ["=", "， ="], [">=", "≥"],
    ]);
  });

  test("the '90.00 90.00' row under the indicator header is no indicator", () => {
    for (const sheet of ["附表15-16", "附表15-17", "附表15-18", "附表15-19", "附表15-20"]) {
      const s = project(sheet);
      expect(s.indicators[0].row + 1).toBe(15);
      expect(s.indicators[0].level1).toBe("产出指标");
    }
  });

  test("附表15-16…20: 总分 captions on one row, figures on the next", () => {
    const s = project("附表15-17");
    expect(at(s.totalWeight)).toEqual(["G28", "100.00"]);
    expect(at(s.totalScore)).toEqual(["H28", "100.00"]);
    expect(at(s.grade)).toEqual(["I28", "优"]);
  });

  test("附表15-4: the money is on the 其他资金 line", () => {
    const s = project("附表15-4");
    const other = s.funds.find((f) => f.key === "other")!;
    expect(at(other.initialBudget)).toEqual(["C10", "50.00"]);
    expect(at(other.executed)).toEqual(["E10", "17.79"]);
    expect(s.funds.find((f) => f.key === "fiscal")!.executed?.num.kind).toBe("empty");
  });
});

describe("附表14 部门整体支出绩效自评表 (sample)", () => {
  test("header, no read problems", () => {
    const t = dept(wb);
    expect(t.sheet).toBe("附表14");
    expect(t.problems).toEqual([]);
    expect(at(t.department)).toEqual(["B4", "曲靖市工业和信息化局"]);
    expect(t.unit?.text).toBe("万元");
    expect(t.year).toBe(2023);
    expect(t.notes).toHaveLength(2);
  });

  test("年度资金总额", () => {
    const total = dept(wb).funds[0];
    expect(total.key).toBe("total");
    expect(at(total.initialBudget)).toEqual(["D6", "4,796.25"]);
    expect(at(total.adjustment)).toEqual(["E6", "-1,257.61"]);
    expect(at(total.confirmedBudget)).toEqual(["F6", "3,538.64"]);
    expect(at(total.executed)).toEqual(["G6", "3,451.75"]);
    expect(at(total.rate)).toEqual(["H6", "97.54"]);
    expect(value(total.initialBudget)).toBe("4796.25");
    expect(value(total.adjustment)).toBe("-1257.61");
  });

  test("the other lines: 基本支出 (beside a stray 年度资金总额 label), 项目支出 and its parts, 上年结转", () => {
    const funds = dept(wb).funds;
    expect(funds.map((f) => [f.key, f.label, f.row + 1])).toEqual([
      ["total", "年度资金总额", 6],
      ["basic", "基本支出", 7],
      ["project", "项目支出", 8],
      ["project.fiscal", "其中:财政拨款", 9],
      ["project.other", "其他资金", 10],
      ["carryover", "上年结转", 11],
    ]);
    const by = (k: string) => funds.find((f) => f.key === k)!;
    expect(at(by("basic").confirmedBudget)).toEqual(["F7", "3,158.23"]);
    expect(at(by("project").executed)).toEqual(["G8", "293.52"]);
    expect(at(by("project.fiscal").rate)).toEqual(["H9", "87.33"]);
    expect(at(by("project.other").initialBudget)).toEqual(["D10", "150.00"]);
    // Read as the sheet shows it: 14.68 under 年初预算数 and 预算调整数, nothing under 预算确定数.
    expect(at(by("carryover").initialBudget)).toEqual(["D11", "14.68"]);
    expect(at(by("carryover").adjustment)).toEqual(["E11", "14.68"]);
    expect(by("carryover").confirmedBudget?.num.kind).toBe("empty");
  });

  test("14 indicators, no 分值/得分 columns", () => {
    const t = dept(wb);
    expect(t.indicators).toHaveLength(14);
    expect(t.indicatorColumns).toEqual({ level1: 0, level2: 1, level3: 2, nature: 3, target: 4, unit: 5, actual: 6, reason: 7 });
    expect(t.indicators.every((i) => i.weight === undefined && i.score === undefined)).toBe(true);
    const last = t.indicators[13];
    expect([last.level1, last.level2, last.level3, last.nature]).toEqual(["满意度指标", "服务对象满意度指标", "服务企业满意度", ">="]);
    expect(at(last.actual)).toEqual(["G29", "95%"]);
    expect(t.indicators.filter((i) => i.level1 === "效益指标")).toHaveLength(6);
    expect(t.indicators[1].reason.startsWith("偏差原因")).toBe(true);
  });
});

/** A grid whose cells are given as TSV, with "\n" inside a cell written as "⏎". */
function grid(tsv: string, at: { top?: number; left?: number } = {}) {
  const sheet = sheetFromTsv("自评", tsv, at);
  for (const row of sheet.values as CellValue[][]) {
    row.forEach((v, i) => {
      if (typeof v === "string") row[i] = v.replace(/⏎/g, "\n");
    });
  }
  return bindWorkbook(gridOf(sheet));
}

const one = (book: BoundWorkbook) => {
  const all = projectScorecards(book);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("附表15 on small rearranged grids", () => {
  const AT_B3 = [
    "2023年度项目支出绩效自评表",
    "项 目 名 称\t测试项目",
    "主管部门\t某某局\t\t实施单位\t某某中心",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分 值\t执行率\t得分",
    "\t年度资金总额\t'1,000.00\t'1,200.50\t'1,100.25\t'10.00\t'91.65%\t'9.17",
    "\t其中：当年财政拨款\t'1,000.00\t'1,200.50\t'1,100.25\t\t'91.65%\t",
    "\t上年结转资金",
    "\t其他资金",
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成任务\t\t\t已完成",
    "绩效指标\t\t\t年度指标值\t\t\t实际完成⏎值\t分值\t得 分\t偏差原因⏎分析及改⏎进措施",
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位",
    "产出指标\t数量指标\t指标A\t≥\t10\t个\t12\t'50.00\t'50.00\t无",
    "\t质量指标\t指标B\t， =\t100\t%\t95%\t'20.00\t'19.00\t略有偏差",
    "效益指标\t社会效益\t指标C\t\t显著\t\t显著\t'10.00\t'10.00\t无",
    "满意度指标\t满意度\t指标D\t<=\t5\t%\t3\t'10.00\t'10.00\t无",
    "其他需要说明的事项\t\t无",
    "总分\t\t\t\t\t\t\t'100.00\t'98.17\t优",
    "备注：",
    "1. 第一条说明",
  ].join("\n");

  test("a scorecard starting at B3, labels with spaces and line breaks, amounts as text", () => {
    const s = one(grid(AT_B3, { top: 2, left: 1 }));
    expect(s.problems).toEqual([]);
    expect(cellA1({ sheet: "", row: s.range.top, col: s.range.left })).toBe("B3");
    expect(s.projectName).toBe("测试项目");
    expect(s.projectNameRef && cellA1(s.projectNameRef)).toBe("C4");
    expect(at(s.department)).toEqual(["C5", "某某局"]);
    expect(at(s.implementer)).toEqual(["F5", "某某中心"]);
    const total = s.funds.find((f) => f.key === "total")!;
    expect(at(total.initialBudget)).toEqual(["D7", "1,000.00"]);
    expect(at(total.fullBudget)).toEqual(["E7", "1,200.50"]);
    expect(value(total.fullBudget)).toBe("1200.5");
    expect(at(total.executed)).toEqual(["F7", "1,100.25"]);
    expect(at(total.weight)).toEqual(["G7", "10.00"]);
    expect(value(total.rate)).toBe("0.9165");
    expect(at(total.score)).toEqual(["I7", "9.17"]);
    expect(s.indicators.map((i) => [i.level1, i.level3, i.nature])).toEqual([
      ["产出指标", "指标A", ">="],
      ["产出指标", "指标B", "="],
      ["效益指标", "指标C", ""],
      ["满意度指标", "指标D", "<="],
    ]);
    expect(s.indicatorColumns).toEqual({ level1: 1, level2: 2, level3: 3, nature: 4, target: 5, unit: 6, actual: 7, weight: 8, score: 9, reason: 10 });
    expect(at(s.indicators[1].score)).toEqual(["J16", "19.00"]);
    expect(s.indicators[1].reason).toBe("略有偏差");
    expect(at(s.totalWeight)).toEqual(["I20", "100.00"]);
    expect(at(s.totalScore)).toEqual(["J20", "98.17"]);
    expect(at(s.grade)).toEqual(["K20", "优"]);
    expect(s.notes).toEqual(["备注：", "1. 第一条说明"]);
  });

  test("headers out of line, a labelled extra column, a subtotal row, 总分 captions", () => {
    const s = one(
      grid(
        [
          "2023年度项目支出绩效自评表",
          "项目名称\t\t偏移项目",
          "主管部门\t\t甲局\t\t\t实施单位\t\t乙单位",
          "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
          "项目资金 (万元)\t\t年度资金总额\t\t50.00\t50.00\t10.00\t100.00%\t10.00",
          "\t\t其中:当年财政拨款\t\t50.00\t50.00\t—\t100.00%\t—",
          "\t\t上年结转资金\t\t\t\t—\t\t—",
          "\t\t其他资金\t—\t—\t—\t—\t\t—",
          "绩效指标\t\t\t年度指标值\t\t\t\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
          "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标类型",
          "\t\t\t\t\t\t\t\t90.00\t90.00",
          "产出指标\t数量指标\tX\t>=\t3\t次\t定量\t3\t60.00\t60.00\t无",
          "效益指标\t社会效益\tY\t=\t提高\t\t定性\t提高\t30.00\t27.00\t略",
          "其他需要说明的事项\t\t无",
          "总分\t\t\t\t\t\t\t总分值\t总得分\t自评等级",
          "\t\t\t\t\t\t\t100.00\t97.00\t优",
        ].join("\n"),
      ),
    );
    expect(s.problems).toEqual([]);
    expect(s.department?.text).toBe("甲局");
    const total = s.funds.find((f) => f.key === "total")!;
    expect(at(total.initialBudget)).toEqual(["D5", ""]);
    expect(at(total.fullBudget)).toEqual(["E5", "50.00"]);
    expect(at(total.executed)).toEqual(["F5", "50.00"]);
    expect(at(total.weight)).toEqual(["G5", "10.00"]);
    expect(at(total.rate)).toEqual(["H5", "100.00%"]);
    expect(at(total.score)).toEqual(["I5", "10.00"]);
    expect(s.indicators).toHaveLength(2);
    expect(s.indicators.map((i) => i.extra)).toEqual([{ 指标类型: "定量" }, { 指标类型: "定性" }]);
    expect(s.indicatorColumns["extra:指标类型"]).toBe(6);
    expect(at(s.indicators[1].score)).toEqual(["J13", "27.00"]);
    expect(at(s.totalWeight)).toEqual(["H16", "100.00"]);
    expect(at(s.totalScore)).toEqual(["I16", "97.00"]);
    expect(at(s.grade)).toEqual(["J16", "优"]);
  });

  test("a scorecard without its indicator table reports it and binds the rest", () => {
    const s = one(
      grid(
        [
          "2023年度项目支出绩效自评表",
          "项目名称\t残缺项目",
          "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
          "\t年度资金总额\t10.00\t10.00\t8.00\t10.00\t80.00%\t8.00",
        ].join("\n"),
      ),
    );
    expect(s.projectName).toBe("残缺项目");
    expect(value(s.funds[0].executed)).toBe("8");
    expect(s.indicators).toEqual([]);
    expect(s.problems).toEqual([
      { code: "missing-row", message: "项目支出绩效自评表：未找到绩效指标表（一级指标/三级指标表头）", cell: { sheet: "自评", row: 0, col: 0 } },
    ]);
  });

  test("missing columns and a missing 总分 row are read problems", () => {
    const s = one(
      grid(
        [
          "2023年度项目支出绩效自评表",
          "项目名称\t缺列项目",
          "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数",
          "\t年度资金总额\t10.00\t10.00\t8.00",
          "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值",
          "产出指标\t数量指标\tX\t>=\t3\t次\t3\t90.00",
        ].join("\n"),
      ),
    );
    expect(s.indicators).toHaveLength(1);
    expect(s.problems.map((p) => [p.code, p.message])).toEqual([
      ["missing-column", "项目支出绩效自评表：未找到“分值”列"],
      ["missing-column", "项目支出绩效自评表：未找到“执行率”列"],
      ["missing-column", "项目支出绩效自评表：未找到“得分”列"],
      ["missing-column", "项目支出绩效自评表：绩效指标表未找到“得分”列"],
      ["missing-row", "项目支出绩效自评表：未找到“总分”行"],
    ]);
  });
});

describe("附表14 on a small grid", () => {
  test("lines by label, amounts as text, indicator table without 分值", () => {
    const t = dept(
      grid(
        [
          "附表14",
          "2023年度部门整体支出绩效自评表",
          "部门名称\t某局",
          "部门预算资金(万元)\t项目年度支出\t\t年初预算数\t预算调整数\t预算确定数\t执行数\t执行率(%)",
          "\t年度资金总额\t\t'1,100.00\t'-100.00\t'1,000.00\t'900.00\t90.00",
          "\t基本支出\t\t600.00\t0.00\t600.00\t600.00\t100.00",
          "\t\t项目支出\t500.00\t-100.00\t400.00\t300.00\t75.00",
          "\t\t其中:财政拨款\t500.00\t-100.00\t400.00\t300.00\t75.00",
          "部门整体支出绩效指标",
          "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t偏差原因分析及改进措施",
          "产出指标\t数量指标\t甲\t大于等于\t2\t个\t3\t无",
        ].join("\n"),
      ),
    );
    expect(t.problems).toEqual([]);
    expect(t.marker).toBe("附表14");
    expect(t.department?.text).toBe("某局");
    expect(t.funds.map((f) => f.key)).toEqual(["total", "basic", "project", "project.fiscal"]);
    expect(at(t.funds[0].adjustment)).toEqual(["E5", "-100.00"]);
    expect(value(t.funds[0].initialBudget)).toBe("1100");
    expect(at(t.funds[2].executed)).toEqual(["G7", "300.00"]);
    expect(t.indicators.map((i) => [i.level3, i.nature, i.unit])).toEqual([["甲", ">=", "个"]]);
  });
});

describe("foldNature", () => {
  test.each([
    [">=", ">="], ["≥", ">="], ["＞＝", ">="], ["大于等于", ">="], ["≤", "<="], ["<=", "<="], ["不超过", "<="],
    ["=", "="], ["， =", "="], ["＝", "="], [">", ">"], ["<", "<"], ["", ""], ["定性", ""],
  ])("%s → %s", (text, folded) => {
    expect(foldNature(text)).toBe(folded);
  });
});
