// 附表15 项目支出绩效自评表 as a blank template, laid out as the seed's scorecards are (附表15-1, 15-3):
// names, the 项目资金 block, 年度总体目标, the indicator table, 其他需要说明的事项, 总分 with its 等级, and the
// standard 备注. Every derived cell carries the fill feature's formula, so the sheet scores itself.
//
//   A            B                C          D        E        F        G         H      I      J
//  1 附表15
//  3 ……年度项目支出绩效自评表 (A:J)
//  4 项目名称     (B:J)
//  5 主管部门     (B:D)                               实施单位 (F:J)
//  6 项目资金     (blank)          年初预算数 全年预算数 全年执行数 分值   执行率     得分    备注 (I:J)
//  7 (万元)(A6:A10) 年度资金总额   Σ          Σ        Σ        10     rate      score
//  8              其中：当年财政拨款 in         in       in                rate
//  9              上年结转资金     …
// 10              其他资金         …
// 11 年度总体目标  预期目标 (B:E)                               实际完成情况 (F:J)
// 12 (A11:A12)    text (B:E)                                   text (F:J)
// 13 项目支出绩效指标表 (A:J)
// 14 绩效指标 (A:C)                年度指标值 (D:F)             实际完成值 分值  得分   偏差原因分析及改进措施
// 15 一级指标     二级指标          三级指标   指标性质 指标值   度量单位  (G14:G15)…
// 16… N indicator rows; 得分 by formula
//    其他需要说明的事项 (A:B)  text (C:J)
//    总分 (A:G)                                                          Σ分值  Σ得分  等级
//    the 分值 check (A:J), then 备注 and its six lines

import { toA1 } from "../grid/address";
import { gradeFormula, rateFormula, rateScoreFormula, sumFormula } from "../fill/formulas";
import { writeIndicatorLists } from "./indicator-lists";
import { indicatorRowScoreFormula } from "./indicator-score";
import { FundInputCells, ProjectIndicatorCells, ProjectTemplateMap, SheetTemplate } from "./model";
import { markerFor, resolveOptions, TemplateOptions, titleFor } from "./options";
import { finishTemplate, SheetBuilder } from "./sheet-builder";

export const PROJECT_TITLE = "项目支出绩效自评表";

export const PROJECT_NOTES: readonly string[] = [
  "1. 涉密部门和涉密信息按保密规定不公开。",
  "2. 一级指标包含产出指标、效益指标、满意度指标，二级指标和三级指标根据项目实际情况设置。",
  "3. 当年财政拨款指一般公共预算、国有资本经营预算、政府性基金预算安排的资金。",
  "4. 上年结转资金指上一年一般公共预算、国有资本经营预算、政府性基金预算安排的结转资金。",
  "5. 其他资金含财政专户资金和单位资金。",
  "6. 全年预算数=年初预算数+调整预算（年度新增项目）。",
];

const [A, B, C, D, E, F, G, H, I, J] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const WIDTHS = [12, 16, 24, 10, 11, 10, 11, 9, 9, 26];

/** Rows (0-based) of the fixed part; the indicator rows start at INDICATORS_TOP. */
const ROW = { marker: 0, title: 2, name: 3, owners: 4, fundHeader: 5, total: 6, fiscal: 7, carryover: 8, other: 9, goalsHeader: 10, goals: 11, tableTitle: 12, head1: 13, head2: 14 };
const INDICATORS_TOP = 15;
const FUND_LINES = [
  ["fiscal", "其中：当年财政拨款"],
  ["carryover", "上年结转资金"],
  ["other", "其他资金"],
] as const;

export function projectTemplate(options: TemplateOptions = {}): SheetTemplate {
  const { indicators: n, profile, year } = resolveOptions(options);
  const b = new SheetBuilder();
  const title = titleFor(year, PROJECT_TITLE);

  b.put(ROW.marker, A, markerFor("附表15", options.sheetName), "marker");
  const lists = writeIndicatorLists(b);
  b.merged(ROW.title, A, ROW.title, J, title, "title");
  b.height(ROW.title, 36);

  b.put(ROW.name, A, "项目名称", "label");
  const projectName = b.merged(ROW.name, B, ROW.name, J, undefined, "text");
  b.put(ROW.owners, A, "主管部门", "label");
  const department = b.merged(ROW.owners, B, ROW.owners, D, undefined, "text");
  b.put(ROW.owners, E, "实施单位", "label");
  const implementer = b.merged(ROW.owners, F, ROW.owners, J, undefined, "text");

  // 项目资金: the three lines are entered, 年度资金总额 adds them up and is scored.
  b.merged(ROW.fundHeader, A, ROW.other, A, "项目资金\n（万元）", "label");
  b.put(ROW.fundHeader, B, undefined, "label");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, k) => b.put(ROW.fundHeader, C + k, h, "header"));
  b.merged(ROW.fundHeader, I, ROW.fundHeader, J, "备注", "header");
  b.height(ROW.fundHeader, 24);
  const budgetCol = profile.rateDenominator === "fullBudget" ? D : C;
  const fundInputs = {} as Record<(typeof FUND_LINES)[number][0], FundInputCells>;
  for (const [key, label] of FUND_LINES) {
    const r = ROW[key];
    b.put(r, B, label, "label");
    const [initialBudget, fullBudget, executed] = [C, D, E].map((c) => b.put(r, c, undefined, "amount"));
    b.put(r, F, undefined, "score");
    // Only the total's rate is scored; a part with no budget shows nothing rather than 0.00%.
    const rate = b.put(r, G, `=IF(N(${toA1(r, budgetCol)})=0,"",${rateFormula(executed, toA1(r, budgetCol)).slice(1)})`, "rate");
    b.put(r, H, undefined, "score");
    b.merged(r, I, r, J, undefined, "text");
    fundInputs[key] = { initialBudget, fullBudget, executed, rate };
  }
  const partsOf = (c: number) => FUND_LINES.map(([key]) => toA1(ROW[key], c));
  b.put(ROW.total, B, "年度资金总额", "label");
  const [initialBudget, fullBudget, executed] = [C, D, E].map((c) => b.put(ROW.total, c, sumFormula(partsOf(c)), "amount"));
  const weight = b.put(ROW.total, F, profile.weights.rate, "score");
  const rate = b.put(ROW.total, G, rateFormula(executed, toA1(ROW.total, budgetCol)), "rate");
  const score = b.put(ROW.total, H, rateScoreFormula(weight, rate), "score");
  b.merged(ROW.total, I, ROW.total, J, undefined, "text");

  b.merged(ROW.goalsHeader, A, ROW.goals, A, "年度总体目标", "label");
  b.merged(ROW.goalsHeader, B, ROW.goalsHeader, E, "预期目标", "header");
  b.merged(ROW.goalsHeader, F, ROW.goalsHeader, J, "实际完成情况", "header");
  const expected = b.merged(ROW.goals, B, ROW.goals, E, undefined, "longText");
  const actual = b.merged(ROW.goals, F, ROW.goals, J, undefined, "longText");
  b.height(ROW.goals, 80);

  b.merged(ROW.tableTitle, A, ROW.tableTitle, J, "项目支出绩效指标表", "header");
  b.merged(ROW.head1, A, ROW.head1, C, "绩效指标", "header");
  b.merged(ROW.head1, D, ROW.head1, F, "年度指标值", "header");
  b.merged(ROW.head1, G, ROW.head2, G, "实际完成值", "header");
  b.merged(ROW.head1, H, ROW.head2, H, "分值", "header");
  b.merged(ROW.head1, I, ROW.head2, I, "得分", "header");
  b.merged(ROW.head1, J, ROW.head2, J, "偏差原因分析及改进措施", "header");
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"].forEach((h, k) => b.put(ROW.head2, A + k, h, "header"));

  const rows: ProjectIndicatorCells[] = [];
  for (let k = 0; k < n; k++) {
    const r = INDICATORS_TOP + k;
    const cells = {
      level1: b.put(r, A, undefined, "value"),
      level2: b.put(r, B, undefined, "value"),
      level3: b.put(r, C, undefined, "text"),
      nature: b.put(r, D, undefined, "value"),
      target: b.put(r, E, undefined, "value"),
      unit: b.put(r, F, undefined, "value"),
      actual: b.put(r, G, undefined, "value"),
      weight: b.put(r, H, undefined, "score"),
      reason: b.put(r, J, undefined, "text"),
    };
    const scoreCell = b.put(r, I, indicatorRowScoreFormula(cells, profile), "score");
    rows.push({ ...cells, score: scoreCell });
    b.height(r, 30);
  }
  const lastIndicator = INDICATORS_TOP + n - 1;

  const otherRow = lastIndicator + 1;
  b.merged(otherRow, A, otherRow, B, "其他需要说明的事项", "label");
  const otherNotes = b.merged(otherRow, C, otherRow, J, undefined, "text");
  b.height(otherRow, 30);

  const totalRow = otherRow + 1;
  b.merged(totalRow, A, totalRow, G, "总分", "header");
  const totalWeight = b.put(totalRow, H, sumFormula([weight, ...rows.map((x) => x.weight)]), "score");
  const totalScore = b.put(totalRow, I, sumFormula([score, ...rows.map((x) => x.score)]), "score");
  // No grade while the 分值 do not add up to 100: the total would mean nothing.
  const grade = b.put(totalRow, J, `=IF(ROUND(${totalWeight},2)=100,${gradeFormula(totalScore, profile).slice(1)},"")`, "grade");
  b.height(totalRow, 24);
  b.border(ROW.name, A, totalRow, J);

  const checkRow = totalRow + 1;
  const weightCheck = b.merged(
    checkRow, A, checkRow, J,
    `=IF(ROUND(${totalWeight},2)=100,"√ 分值合计为 100","× 分值合计为 "&TEXT(${totalWeight},"0.00")&"，应为 100，请调整各项分值")`,
    "check",
  );

  const notesTop = checkRow + 2;
  b.put(notesTop, A, "备注：", "note");
  PROJECT_NOTES.forEach((line, k) => b.merged(notesTop + 1 + k, A, notesTop + 1 + k, J, line, "note"));
  const lastRow = notesTop + PROJECT_NOTES.length;

  const map: ProjectTemplateMap = {
    kind: "project",
    projectName,
    department,
    implementer,
    fundInputs,
    total: { initialBudget, fullBudget, executed, weight, rate, score },
    goals: { expected, actual },
    indicators: rows,
    otherNotes,
    totalWeight,
    totalScore,
    grade,
    weightCheck,
  };
  return finishTemplate(
    b,
    { kind: "project", sheetName: options.sheetName ?? "附表15", title, columnWidths: WIDTHS, hiddenColumns: lists, map },
    { top: INDICATORS_TOP, last: lastIndicator, columns: { level1: A, level2: B, nature: D } },
    { top: 0, left: A, bottom: lastRow, right: J },
  );
}
