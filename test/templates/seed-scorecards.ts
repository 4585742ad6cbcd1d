// Two of the seed's project scorecards and its 附表14, as people should have entered them into a template
// (figures as the seed shows them, percents typed as percents), and how to type them into an exceljs sheet.

import ExcelJS from "exceljs";
import { DeptTemplateMap, IndicatorCells, ProjectTemplateMap } from "../../src/core/templates/model";

/** A figure as typed: a number, a percent ("98%": 0.98 shown as a percent) or text. */
export type Typed = number | string;

export interface SeedIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly nature: string;
  readonly target: Typed;
  readonly unit: string;
  readonly actual: Typed;
  readonly weight?: number;
  readonly reason: string;
}

export interface SeedProject {
  readonly sheet: string;
  readonly projectName: string;
  readonly department: string;
  readonly fiscal: { readonly initialBudget: number; readonly fullBudget: number; readonly executed: number };
  readonly goals: { readonly expected: string; readonly actual: string };
  readonly indicators: readonly SeedIndicator[];
}

const QJ = "曲靖市工业和信息化局";

/** 附表15-1, with the ASCII natures the seed uses. The seed scored 执行率 against 年初预算数 (95.74%, 9.50). */
export const RADIO: SeedProject = {
  sheet: "附表15-1",
  projectName: "2023年中央无线电管理经费",
  department: QJ,
  fiscal: { initialBudget: 336, fullBudget: 321.69, executed: 321.69 },
  goals: {
    expected: "整体围绕无线电“管资源、管台站、管秩序、服务经济社会发展、服务国防建设、服务党政机关、突出做好无线电安全保障工作”的工作重点进行，扎实推进云南无线电事业健康发展。",
    actual: "完成了2个无线电固定监测站的建设、建设项目质量达标、成本控制合理，有效保障了重大活动、干扰投诉办结等工作。",
  },
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "无线电固定监测站新建及升级改造项目数量", nature: "=", target: 2, unit: "个", actual: 2, weight: 20, reason: "无" },
    { level1: "产出指标", level2: "质量指标", level3: "建设项目质量达标值", nature: "=", target: 100, unit: "%", actual: "100%", weight: 20, reason: "无" },
    { level1: "产出指标", level2: "成本指标", level3: "成本控制率", nature: "<=", target: 15, unit: "%", actual: "14%", weight: 10, reason: "无" },
    { level1: "效益指标", level2: "经济效益指标", level3: "干扰投诉办结率", nature: ">=", target: 95, unit: "%", actual: "100%", weight: 15, reason: "无" },
    { level1: "效益指标", level2: "社会效益指标", level3: "重大活动保障率", nature: "=", target: 100, unit: "%", actual: "100%", weight: 15, reason: "无" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "无线电安全保障满意度", nature: ">=", target: 90, unit: "%", actual: "98%", weight: 10, reason: "无" },
  ],
};

/**
 * 附表15-3, with the list's ≥ ≤ ＝. The seed scored 执行率 against 年初预算数 (36.75%, 4.00) and the two
 * missed targets by hand (3.00, 2.00): 79.00 graded 良.
 */
export const TRAINING: SeedProject = {
  sheet: "附表15-3",
  projectName: "工业人才队伍建设培训专项经费",
  department: QJ,
  fiscal: { initialBudget: 100, fullBudget: 36.75, executed: 36.75 },
  goals: {
    expected: "拟举办三期工业人才队伍建设干部教育专题培训班，每期60人。",
    actual: "根据组织部审批情况，仅举办工业人才队伍建设培训1期，培训人数50人。",
  },
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "培训期数", nature: "≥", target: 3, unit: "期", actual: 1, weight: 10, reason: "偏差原因：仅通过审批1期；改进措施：增强预算科学性" },
    { level1: "产出指标", level2: "数量指标", level3: "培训参加人次", nature: "≥", target: 180, unit: "人次", actual: 50, weight: 10, reason: "偏差原因：仅通过审批1期；改进措施：增强预算科学性" },
    { level1: "产出指标", level2: "质量指标", level3: "培训人员合格率", nature: "＝", target: 100, unit: "%", actual: 100, weight: 10, reason: "无" },
    { level1: "产出指标", level2: "质量指标", level3: "培训出勤率", nature: "＝", target: 100, unit: "%", actual: "100%", weight: 10, reason: "无" },
    { level1: "产出指标", level2: "成本指标", level3: "人均培训标准", nature: "≤", target: 450, unit: "元", actual: 414.28, weight: 10, reason: "无" },
    { level1: "效益指标", level2: "社会效益指标", level3: "管理能力和水平提升情况", nature: "≥", target: 90, unit: "%", actual: "90%", weight: 30, reason: "无" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "参训人员对学习的内容、安排等满意", nature: "≥", target: 95, unit: "%", actual: "95%", weight: 10, reason: "无" },
  ],
};

export interface SeedDeptLine {
  readonly initialBudget?: number;
  readonly adjustment?: number;
  readonly executed?: number;
}

/**
 * 附表14's money as it adds up: 上年结转 14.68 is part of 项目支出's adjustment (−987.68 = −902.36 − 100.00 +
 * 14.68), not of its 年初预算数 as the seed prints it.
 */
export const DEPT = {
  department: QJ,
  lines: {
    basic: { initialBudget: 3428.16, adjustment: -269.93, executed: 3158.23 },
    "project.fiscal": { initialBudget: 1218.09, adjustment: -902.36, executed: 275.73 },
    "project.other": { initialBudget: 150, adjustment: -100, executed: 17.79 },
    carryover: { adjustment: 14.68 },
  } as Record<"basic" | "project.fiscal" | "project.other" | "carryover", SeedDeptLine>,
  goal: "围绕建设云南副中心城市定位，锚定先进制造基地目标，大力振兴工业经济。",
  indicators: [
    { level1: "产出指标", level2: "数量指标", level3: "培育省级及以上绿色工厂(园区)", nature: ">=", target: 2, unit: "个", actual: 6, reason: "无" },
    { level1: "产出指标", level2: "质量指标", level3: "民营经济户数增长率", nature: ">=", target: 2, unit: "%", actual: "37.8%", reason: "偏差原因：统计口径产生变化" },
    { level1: "效益指标", level2: "经济效益指标", level3: "规模以上工业增加值增速", nature: ">=", target: 10, unit: "%", actual: "11.1%", reason: "无" },
    { level1: "效益指标", level2: "社会效益指标", level3: "安全事故发生率", nature: "=", target: 0, unit: "%", actual: "0%", reason: "无" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "服务企业满意度", nature: ">=", target: 95, unit: "%", actual: "95%", reason: "无" },
  ] as SeedIndicator[],
};

/** Types a figure as a person would: "98%" becomes 0.98 shown as a percent, as Excel does. */
export function typeInto(ws: ExcelJS.Worksheet, a1: string, value: Typed | undefined): void {
  if (value === undefined) return;
  const cell = ws.getCell(a1);
  const percent = typeof value === "string" ? /^(\d+(?:\.(\d+))?)%$/.exec(value) : null;
  if (percent) {
    cell.value = Number((Number(percent[1]) / 100).toPrecision(12));
    cell.numFmt = percent[2] ? `0.${"0".repeat(percent[2].length)}%` : "0%";
  } else cell.value = value;
}

export function fillProject(ws: ExcelJS.Worksheet, map: ProjectTemplateMap, card: SeedProject): void {
  typeInto(ws, map.projectName, card.projectName);
  typeInto(ws, map.department, card.department);
  typeInto(ws, map.implementer, card.department);
  typeInto(ws, map.fundInputs.fiscal.initialBudget, card.fiscal.initialBudget);
  typeInto(ws, map.fundInputs.fiscal.fullBudget, card.fiscal.fullBudget);
  typeInto(ws, map.fundInputs.fiscal.executed, card.fiscal.executed);
  typeInto(ws, map.goals.expected, card.goals.expected);
  typeInto(ws, map.goals.actual, card.goals.actual);
  if (map.indicators.length !== card.indicators.length) throw new Error(`template has ${map.indicators.length} rows, card ${card.indicators.length}`);
  card.indicators.forEach((ind, i) => fillIndicator(ws, map.indicators[i], ind));
  typeInto(ws, map.otherNotes, "无");
}

/** Types an indicator into its row; cells the template derives (得分) are left alone. */
export function fillIndicator(ws: ExcelJS.Worksheet, cells: IndicatorCells, ind: SeedIndicator): void {
  for (const [key, a1] of Object.entries(cells) as [string, string][]) {
    if (key in ind) typeInto(ws, a1, ind[key as keyof SeedIndicator]);
  }
}

export function fillDept(ws: ExcelJS.Worksheet, map: DeptTemplateMap): void {
  typeInto(ws, map.department, DEPT.department);
  for (const [key, figures] of Object.entries(DEPT.lines)) {
    const cells = map.lines[key as keyof typeof DEPT.lines];
    for (const input of cells.inputs) typeInto(ws, cells[input], figures[input]);
  }
  typeInto(ws, map.goal, DEPT.goal);
  DEPT.indicators.forEach((ind, i) => fillIndicator(ws, map.indicators[i], ind));
  typeInto(ws, map.otherNotes, "无");
}
