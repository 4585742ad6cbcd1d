// 附表14 部门整体支出绩效自评表 as a blank template, laid out as the seed's 附表14: 部门名称, the 部门预算资金
// block, 部门年度目标, the indicator table (no 分值/得分: the department's table is not scored line by line),
// 其他需说明事项 and the two 备注 lines. 预算确定数, 执行率 and the totals are formulas.
//
//   A             B        C              D        E          F        G      H          I
//  1 附表14
//  3 ……年度部门整体支出绩效自评表 (A:I)
//  4 部门名称      (B:I)
//  5 部门预算资金   项目年度支出 (B:C)     年初预算数 预算调整数  预算确定数 执行数  执行率(%)  情况说明
//  6 (万元)(A5:A11) 年度资金总额 (B:C)     Σ        Σ          =D+E     Σ      rate
//  7               基本支出 (B:C)         in       in         =D+E     in     rate
//  8               项目支出(B8:B11) 小计    Σ        Σ          =D+E     Σ      rate
//  9                       其中：财政拨款  in       in         =D+E     in     rate
// 10                       其他资金       …
// 11                       上年结转       …
// 12 部门年度目标  text (B:I)
// 13 部门整体支出绩效指标 (A:I)
// 14 绩效指标 (A:C)                       指标性质  指标值     度量单位  实际完成值 偏差原因分析及改进措施 (H:I)
// 15 一级指标      二级指标  三级指标       (D14:D15) …
// 16… N indicator rows
//    其他需说明事项 text (B:I), then the two 备注 lines
//
// 上年结转 sits under 项目支出: carried-over money is project money; the seed's figures add up only that way
// (项目支出 调整数 −987.68 = 财政拨款 −902.36 + 其他资金 −100.00 + 上年结转 14.68).

import { toA1 } from "../grid/address";
import { budgetFormula, rateFormula, sumFormula } from "../fill/formulas";
import { writeIndicatorLists } from "./indicator-lists";
import { DeptLineCells, DeptLineKey, DeptTemplateMap, IndicatorCells, SheetTemplate } from "./model";
import { markerFor, resolveOptions, TemplateOptions, titleFor } from "./options";
import { finishTemplate, SheetBuilder } from "./sheet-builder";

export const DEPT_TITLE = "部门整体支出绩效自评表";

export const DEPT_NOTES: readonly string[] = [
  "备注：1. 涉密部门和涉密信息按保密规定不公开。",
  "2. 一级指标包含产出指标、效益指标、满意度指标，二级指标和三级指标根据项目实际情况设置。",
];

const [A, B, C, D, E, F, G, H, I] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const WIDTHS = [12, 10, 22, 11, 16, 11, 11, 10, 24];

const ROW = { marker: 0, title: 2, name: 3, fundHeader: 4, goal: 11, tableTitle: 12, head1: 13, head2: 14 };
const INDICATORS_TOP = 15;

/** The money lines top to bottom: key, label, row, and the lines a derived line adds up. */
const LINES: readonly { key: DeptLineKey; label: string; row: number; parts?: readonly DeptLineKey[] }[] = [
  { key: "total", label: "年度资金总额", row: 5, parts: ["basic", "project"] },
  { key: "basic", label: "基本支出", row: 6 },
  { key: "project", label: "小计", row: 7, parts: ["project.fiscal", "project.other", "carryover"] },
  { key: "project.fiscal", label: "其中：财政拨款", row: 8 },
  { key: "project.other", label: "其他资金", row: 9 },
  { key: "carryover", label: "上年结转", row: 10 },
];

export function deptTemplate(options: TemplateOptions = {}): SheetTemplate {
  const { indicators: n, year } = resolveOptions(options);
  const b = new SheetBuilder();
  const title = titleFor(year, DEPT_TITLE);

  b.put(ROW.marker, A, markerFor("附表14", options.sheetName), "marker");
  const lists = writeIndicatorLists(b);
  b.merged(ROW.title, A, ROW.title, I, title, "title");
  b.height(ROW.title, 36);

  b.put(ROW.name, A, "部门名称", "label");
  const department = b.merged(ROW.name, B, ROW.name, I, undefined, "text");

  const lastLine = LINES[LINES.length - 1].row;
  b.merged(ROW.fundHeader, A, lastLine, A, "部门预算资金\n（万元）", "label");
  b.merged(ROW.fundHeader, B, ROW.fundHeader, C, "项目年度支出", "header");
  ["年初预算数", "预算调整数（调增为“+”，调减为“-”）", "预算确定数", "执行数", "执行率(%)", "情况说明"].forEach((h, k) =>
    b.put(ROW.fundHeader, D + k, h, "header"),
  );
  b.height(ROW.fundHeader, 40);
  const projectRows = LINES.filter((l) => l.key.startsWith("project") || l.key === "carryover").map((l) => l.row);
  b.merged(Math.min(...projectRows), B, Math.max(...projectRows), B, "项目支出", "label");

  const rowOf = (key: DeptLineKey) => LINES.find((l) => l.key === key)!.row;
  const lines = {} as Record<DeptLineKey, DeptLineCells>;
  for (const line of LINES) {
    const r = line.row;
    if (line.key === "project" || line.key.startsWith("project.") || line.key === "carryover") b.put(r, C, line.label, "label");
    else b.merged(r, B, r, C, line.label, "label");
    const figure = (c: number) => (line.parts ? sumFormula(line.parts.map((p) => toA1(rowOf(p), c))) : undefined);
    const initialBudget = b.put(r, D, figure(D), "amount");
    const adjustment = b.put(r, E, figure(E), "amount");
    const confirmedBudget = b.put(r, F, budgetFormula(initialBudget, adjustment), "amount");
    const executed = b.put(r, G, figure(G), "amount");
    // "执行率(%)" holds percent points (97.54); a line with no budget shows nothing.
    const rate = b.put(r, H, `=IF(N(${confirmedBudget})=0,"",${rateFormula(executed, confirmedBudget, { percentPoints: true }).slice(1)})`, "ratePoints");
    b.put(r, I, undefined, "text");
    lines[line.key] = { initialBudget, adjustment, confirmedBudget, executed, rate, inputs: line.parts ? [] : ["initialBudget", "adjustment", "executed"] };
  }

  b.put(ROW.goal, A, "部门年度目标", "label");
  const goal = b.merged(ROW.goal, B, ROW.goal, I, undefined, "longText");
  b.height(ROW.goal, 80);

  b.merged(ROW.tableTitle, A, ROW.tableTitle, I, "部门整体支出绩效指标", "header");
  b.merged(ROW.head1, A, ROW.head1, C, "绩效指标", "header");
  ["指标性质", "指标值", "度量单位", "实际完成值"].forEach((h, k) => b.merged(ROW.head1, D + k, ROW.head2, D + k, h, "header"));
  b.merged(ROW.head1, H, ROW.head2, I, "偏差原因分析及改进措施", "header");
  ["一级指标", "二级指标", "三级指标"].forEach((h, k) => b.put(ROW.head2, A + k, h, "header"));

  const rows: IndicatorCells[] = [];
  for (let k = 0; k < n; k++) {
    const r = INDICATORS_TOP + k;
    rows.push({
      level1: b.put(r, A, undefined, "value"),
      level2: b.put(r, B, undefined, "value"),
      level3: b.put(r, C, undefined, "text"),
      nature: b.put(r, D, undefined, "value"),
      target: b.put(r, E, undefined, "value"),
      unit: b.put(r, F, undefined, "value"),
      actual: b.put(r, G, undefined, "value"),
      reason: b.merged(r, H, r, I, undefined, "text"),
    });
    b.height(r, 30);
  }
  const lastIndicator = INDICATORS_TOP + n - 1;

  const otherRow = lastIndicator + 1;
  b.put(otherRow, A, "其他需说明事项", "label");
  const otherNotes = b.merged(otherRow, B, otherRow, I, undefined, "text");
  b.height(otherRow, 30);
  b.border(ROW.name, A, otherRow, I);

  DEPT_NOTES.forEach((line, k) => b.merged(otherRow + 1 + k, A, otherRow + 1 + k, I, line, "note"));
  const lastRow = otherRow + DEPT_NOTES.length;

  const map: DeptTemplateMap = { kind: "dept", department, lines, goal, indicators: rows, otherNotes };
  return finishTemplate(
    b,
    { kind: "dept", sheetName: options.sheetName ?? "附表14", title, columnWidths: WIDTHS, hiddenColumns: lists, map },
    { top: INDICATORS_TOP, last: lastIndicator, columns: { level1: A, level2: B, nature: D } },
    { top: 0, left: A, bottom: lastRow, right: I },
  );
}
