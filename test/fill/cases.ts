// Hand-computed 自评 scoring cases as small 附表15 scorecards whose derived cells (执行率, 得分, 总分, 等级) are
// blank, each with the values worked out by hand under the national profile (≤ read as 分值 × 指标值 / 实际) and
// the provincial one (80/70/60, ≤ read as 分值 × (1 − (实际 − 指标值) / 指标值) floored at 0).
import { Grid, GridSheet } from "../../src/core/grid/grid";
import { gridOf, sheetFromTsv } from "../helpers/grid-builder";

export interface IndicatorCase {
  readonly name: string;
  readonly nature: string;
  readonly target: string;
  readonly unit: string;
  readonly actual: string;
  readonly weight: string;
  /** Score by hand, national and provincial; "manual" when the score is left to people. */
  readonly national: string;
  readonly province: string;
}

export interface ScorecardCase {
  readonly sheet: string;
  readonly budget: string;
  readonly executed: string;
  /** 执行率 as a fraction and 执行率得分. */
  readonly rate: string;
  readonly rateScore: string;
  readonly indicators: readonly IndicatorCase[];
  readonly total: { national: string; province: string };
  readonly grade: { national: string; province: string };
}

const ind = (name: string, nature: string, target: string, unit: string, actual: string, weight: string, national: string, province = national): IndicatorCase => ({
  name,
  nature,
  target,
  unit,
  actual,
  weight,
  national,
  province,
});

/** The rules one by one. */
export const RULES_CASE: ScorecardCase = {
  sheet: "评分规则",
  budget: "100.00",
  executed: "120.00", // 执行率 120 % is capped at 100 % for the score
  rate: "1.2000",
  rateScore: "10.00",
  indicators: [
    ind("大于等于已达成", ">=", "10", "个", "12", "10.00", "10.00"),
    ind("大于等于未达成", ">=", "10", "个", "7", "10.00", "7.00"), // 10 × 7 / 10
    ind("大于等于未达成三分之一", "≥", "3", "期", "1", "10.00", "3.33"), // 10 × 1 / 3 = 3.333…
    ind("事故率为零已达成", "=", "0", "%", "0", "5.00", "5.00"),
    ind("事故率为零未达成", "=", "0", "%", "2", "5.00", "0.00"),
    ind("小于等于已达成", "<=", "5", "天", "4", "10.00", "10.00"),
    ind("小于等于未达成", "≤", "5", "天", "8", "10.00", "6.25", "4.00"), // 10 × 5 / 8 | 10 × (1 − 3/5)
    ind("小于等于远未达成", "<=", "5", "天", "12", "10.00", "4.17", "0.00"), // 10 × 5 / 12 = 4.1666… | 10 × (1 − 7/5) < 0
    ind("百分比已达成", ">=", "95", "%", "98%", "10.00", "10.00"),
    ind("百分比未达成", ">=", "90", "%", "57%", "5.00", "3.17"), // 5 × 57 / 90 = 3.1666…
    ind("定性指标", "=", "显著", "", "显著", "5.00", "manual"),
  ],
  // 10 + 10 + 7 + 3.33 + 5 + 0 + 10 + 6.25 + 4.17 + 10 + 3.17 (+ the blank qualitative score)
  total: { national: "68.92", province: "62.50" },
  grade: { national: "中", province: "中" },
};

/** 总分 exactly on and just below the grade bands: 10 (执行率) + 分值 80 × 实际 / 100 + 分值 10 met or not. */
function gradeCase(sheet: string, actual: string, secondMet: boolean, first: string, total: string, national: string, province: string): ScorecardCase {
  return {
    sheet,
    budget: "100.00",
    executed: "100.00",
    rate: "1.0000",
    rateScore: "10.00",
    indicators: [ind("主要产出", ">=", "100", "%", actual, "80.00", first), ind("次要产出", ">=", "10", "次", secondMet ? "10" : "0", "10.00", secondMet ? "10.00" : "0.00")],
    total: { national: total, province: total },
    grade: { national, province },
  };
}

export const GRADE_CASES: readonly ScorecardCase[] = [
  gradeCase("总分90", "100", false, "80.00", "90.00", "优", "优"),
  gradeCase("总分89.99", "99.9875", false, "79.99", "89.99", "良", "优"),
  gradeCase("总分80", "75", true, "60.00", "80.00", "良", "优"),
  gradeCase("总分70", "62.5", true, "50.00", "70.00", "中", "良"),
  gradeCase("总分60", "50", true, "40.00", "60.00", "中", "中"),
  gradeCase("总分59.99", "49.9875", true, "39.99", "59.99", "差", "差"),
];

export const ALL_CASES: readonly ScorecardCase[] = [RULES_CASE, ...GRADE_CASES];

/** Row (1-based) of the first indicator and of 总分 in caseSheet's layout; columns below. */
export const LAYOUT = { rateCell: "G5", rateScoreCell: "H5", firstIndicatorRow: 13, weightCol: "H", scoreCol: "I", gradeCol: "J" };
export const totalRow = (c: ScorecardCase) => LAYOUT.firstIndicatorRow + c.indicators.length + 1;

export function caseSheet(c: ScorecardCase): GridSheet {
  const rows = [
    "2023年度项目支出绩效自评表",
    `项目名称\t${c.sheet}`,
    "主管部门\t示例市工业和信息化局\t\t实施单位\t示例市工业和信息化局",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    `\t年度资金总额\t${c.budget}\t${c.budget}\t${c.executed}\t10.00\t\t`,
    `\t其中：当年财政拨款\t${c.budget}\t${c.budget}\t${c.executed}\t\t\t`,
    "\t上年结转资金",
    "\t其他资金",
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t完成任务\t\t\t已完成",
    "绩效指标\t\t\t年度指标值\t\t\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位",
    ...c.indicators.map((i, k) => `${k === 0 ? "产出指标" : ""}\t数量指标\t${i.name}\t${i.nature}\t${i.target}\t${i.unit}\t${i.actual}\t${i.weight}\t\t无`),
    "其他需要说明的事项\t\t无",
    "总分",
  ];
  return sheetFromTsv(c.sheet, rows.join("\n"));
}

export function casesGrid(cases: readonly ScorecardCase[] = ALL_CASES): Grid {
  return gridOf(...cases.map(caseSheet));
}
