// The templates' formulas computed by a real spreadsheet engine: templates are filled with seed figures (as they
// should have been scored), LibreOffice recalculates them (one conversion for every sheet), and what it computed
// must equal what the engine (src/core/scoring) says. Then `juesuan check` reads the recalculated files: a
// correctly filled template has no errors, and one with a score above its weight reports exactly that.
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { addTemplateSheet } from "../../src/cli/xlsx-template";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { NATIONAL, PROVINCE_80_70_60, ScoringProfile } from "../../src/core/scoring/profiles";
import { executionRate } from "../../src/core/scoring/score";
import { bindWorkbook } from "../../src/core/tables/bind";
import { DeptScorecard, projectScorecards } from "../../src/core/tables/model";
import { deptTemplate, projectTemplate } from "../../src/core/templates";
import { DeptTemplateMap, ProjectTemplateMap } from "../../src/core/templates/model";
import { libreOfficeAvailable, recalculate } from "../helpers/libreoffice";
import { engineIndicatorScore, engineScores } from "./engine-scores";
import { DEPT, fillDept, fillProject, RADIO, SeedIndicator, TRAINING, typeInto } from "./seed-scorecards";

const available = libreOfficeAvailable();
if (!available && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
const describeLo = available ? describe : describe.skip;

/** Reverse and target-0 rows, a percent target, a strict nature and a qualitative row, under the 80/70/60 profile. */
const EDGES: SeedIndicator[] = [
  { level1: "产出指标", level2: "时效指标", level3: "制造业宣传稿件及时率", nature: "≤", target: 7, unit: "天", actual: 10, weight: 10, reason: "未及时" },
  { level1: "产出指标", level2: "质量指标", level3: "安全事故发生率", nature: "＝", target: 0, unit: "%", actual: "0%", weight: 10, reason: "无" },
  { level1: "产出指标", level2: "质量指标", level3: "行业企业发生规模性疫情次数", nature: "=", target: 0, unit: "次", actual: 1, weight: 10, reason: "发生 1 次" },
  { level1: "效益指标", level2: "社会效益指标", level3: "服务企业满意度（指标值按百分比填写）", nature: "≥", target: "95%", unit: "%", actual: 98, weight: 20, reason: "无" },
  { level1: "效益指标", level2: "经济效益指标", level3: "新增企业", nature: ">", target: 10, unit: "户", actual: 10, weight: 20, reason: "持平" },
  { level1: "效益指标", level2: "生态效益指标", level3: "能耗下降", nature: "<", target: 5, unit: "%", actual: 6, weight: 10, reason: "未达成" },
  { level1: "满意度指标", level2: "服务对象满意度指标", level3: "增加就业效果", nature: "＝", target: "显著", unit: "", actual: "显著", weight: 10, reason: "无" },
];
const EDGE_CARD = { ...RADIO, sheet: "附表15-8", projectName: "评分规则边界示例", indicators: EDGES };

interface Sheets {
  radio: ProjectTemplateMap;
  training: ProjectTemplateMap;
  dept: DeptTemplateMap;
  over: ProjectTemplateMap;
  edges: ProjectTemplateMap;
}

let dir: string;
let maps: Sheets;
let recalculated: ExcelJS.Workbook;
let okFile: string;
let overFile: string;

function project(wb: ExcelJS.Workbook, sheet: string, n: number, profile: ScoringProfile = NATIONAL): [ExcelJS.Worksheet, ProjectTemplateMap] {
  const t = projectTemplate({ indicators: n, profile, year: 2023, sheetName: sheet });
  const ws = addTemplateSheet(wb, t);
  return [ws, t.map as ProjectTemplateMap];
}

/** Copies of the recalculated workbook with only some sheets (the check runs on whole files). */
async function keepOnly(source: string, sheets: readonly string[], file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  for (const ws of [...wb.worksheets]) if (!sheets.includes(ws.name)) wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-template-"));
  const wb = new ExcelJS.Workbook();
  const [radioWs, radio] = project(wb, RADIO.sheet, RADIO.indicators.length);
  fillProject(radioWs, radio, RADIO);
  const [trainingWs, training] = project(wb, TRAINING.sheet, TRAINING.indicators.length);
  fillProject(trainingWs, training, TRAINING);
  const d = deptTemplate({ indicators: DEPT.indicators.length, year: 2023, sheetName: "附表14" });
  fillDept(addTemplateSheet(wb, d), d.map as DeptTemplateMap);
  // The same card where someone typed a 得分 over the formula: 25 on a row weighing 20.
  const [overWs, over] = project(wb, "附表15-2", RADIO.indicators.length);
  fillProject(overWs, over, RADIO);
  typeInto(overWs, over.indicators[0].score, 25);
  const [edgesWs, edges] = project(wb, EDGE_CARD.sheet, EDGES.length, PROVINCE_80_70_60);
  fillProject(edgesWs, edges, EDGE_CARD);
  maps = { radio, training, dept: d.map as DeptTemplateMap, over, edges };

  const input = path.join(dir, "filled.xlsx");
  await wb.xlsx.writeFile(input);
  const output = await recalculate(input, dir);
  recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(output);
  okFile = await keepOnly(output, [RADIO.sheet, TRAINING.sheet, "附表14"], path.join(dir, "correct.xlsx"));
  overFile = await keepOnly(output, ["附表15-2"], path.join(dir, "over-weight.xlsx"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * What LibreOffice computed in a formula cell ("" for an empty text result, which exceljs reads as no result;
 * cell.result because exceljs drops a falsy result from cell.value).
 */
function computed(sheet: string, a1: string): unknown {
  const cell = recalculated.getWorksheet(sheet)!.getCell(a1);
  if (!cell.formula) throw new Error(`${sheet}!${a1} holds no formula`);
  return cell.result ?? "";
}

/** A cell's number (computed, or typed in), binary residue removed the way Excel shows 15 significant digits. */
function num(sheet: string, a1: string): Decimal {
  const cell = recalculated.getWorksheet(sheet)!.getCell(a1);
  const v = cell.formula ? computed(sheet, a1) : cell.value;
  if (typeof v !== "number") throw new Error(`${sheet}!${a1} computed ${JSON.stringify(v)}, not a number`);
  return new Decimal(v.toPrecision(15));
}

const two = (d: Decimal | undefined) => d?.toFixed(2);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describeLo("project templates filled with the seed's figures, recalculated by LibreOffice", () => {
  test.each([
    ["附表15-1 中央无线电管理经费", () => [RADIO, maps.radio] as const],
    ["附表15-3 工业人才队伍建设培训", () => [TRAINING, maps.training] as const],
  ])("%s: 执行率, 得分, 总分 and 等级 are the engine's", (_, get) => {
    const [card, map] = get();
    const engine = engineScores(card, NATIONAL);
    expect(num(card.sheet, map.total.rate).toFixed(10)).toBe(engine.rate.toFixed(10));
    expect(two(num(card.sheet, map.total.score))).toBe(two(engine.rateScore));
    expect(map.indicators.map((c) => two(num(card.sheet, c.score)))).toEqual(engine.scores.map(two));
    expect(two(num(card.sheet, map.totalScore))).toBe(two(engine.total));
    expect(computed(card.sheet, map.grade)).toBe(engine.grade);
    expect(two(num(card.sheet, map.totalWeight))).toBe("100.00");
    expect(computed(card.sheet, map.weightCheck)).toBe("√ 分值合计为 100");
  });

  test("by hand: 15-1 scores 100.00 优 (not the seed's 99.50), 15-3 scores 86.11 良 (not 79.00)", () => {
    expect(num(RADIO.sheet, maps.radio.total.rate).toNumber()).toBe(1);
    expect(two(num(RADIO.sheet, maps.radio.totalScore))).toBe("100.00");
    expect(computed(RADIO.sheet, maps.radio.grade)).toBe("优");
    // 10 × 1/3 = 3.33 and 10 × 50/180 = 2.78 for the two missed targets; 执行率 36.75 / 36.75 = 100%.
    expect(map2(TRAINING.sheet, maps.training)).toEqual(["3.33", "2.78", "10.00", "10.00", "10.00", "30.00", "10.00"]);
    expect(two(num(TRAINING.sheet, maps.training.total.score))).toBe("10.00");
    expect(two(num(TRAINING.sheet, maps.training.totalScore))).toBe("86.11");
    expect(computed(TRAINING.sheet, maps.training.grade)).toBe("良");
  });

  test("the fund lines: 年度资金总额 adds the parts; a line without budget shows no rate", () => {
    const m = maps.radio;
    expect(two(num(RADIO.sheet, m.total.initialBudget))).toBe("336.00");
    expect(two(num(RADIO.sheet, m.total.fullBudget))).toBe("321.69");
    expect(computed(RADIO.sheet, m.fundInputs.fiscal.rate)).toBe(1);
    expect(computed(RADIO.sheet, m.fundInputs.other.rate)).toBe("");
  });

  test("reverse, target-0, percent-target, strict and qualitative rows under the 80/70/60 profile", () => {
    const m = maps.edges;
    const expected = EDGES.map((i) => two(engineIndicatorScore(i, PROVINCE_80_70_60)));
    // linear reverse rule: 10 × (1 − 3/7) = 5.71; "=" 0 met and missed; 95% against 98 met; "> 10" missed at
    // 10 (capped at 分值); "< 5" at 6 → 10 × (1 − 1/5) = 8.00; the qualitative row is left for people.
    expect(expected).toEqual(["5.71", "10.00", "0.00", "20.00", "20.00", "8.00", undefined]);
    const got = m.indicators.map((c) => {
      const v = computed(EDGE_CARD.sheet, c.score);
      return v === "" ? undefined : two(num(EDGE_CARD.sheet, c.score));
    });
    expect(got).toEqual(expected);
  });

  test("a score typed over the formula is summed as it stands", () => {
    expect(num("附表15-2", maps.over.indicators[0].score).toNumber()).toBe(25);
    expect(two(num("附表15-2", maps.over.totalScore))).toBe("105.00");
  });
});

function map2(sheet: string, map: ProjectTemplateMap): (string | undefined)[] {
  return map.indicators.map((c) => two(num(sheet, c.score)));
}

describeLo("the 附表14 template filled with the seed's figures", () => {
  test("预算确定数 = 年初 + 调整, totals add up, 执行率(%) = 执行数 / 预算确定数 as the engine computes it", () => {
    const m = maps.dept;
    const at = (a1: string) => num("附表14", a1);
    expect(two(at(m.lines.total.initialBudget))).toBe("4796.25");
    expect(two(at(m.lines.total.adjustment))).toBe("-1257.61");
    expect(two(at(m.lines.total.confirmedBudget))).toBe("3538.64");
    expect(two(at(m.lines.total.executed))).toBe("3451.75");
    expect(two(at(m.lines.project.confirmedBudget))).toBe("380.41");
    expect(two(at(m.lines.project.adjustment))).toBe("-987.68");
    for (const key of ["total", "basic", "project", "project.fiscal", "project.other"] as const) {
      const line = m.lines[key];
      const engine = executionRate(new Decimal(at(line.executed).toString()), new Decimal(at(line.confirmedBudget).toString()))!;
      expect([key, at(line.rate).toFixed(8)]).toEqual([key, engine.times(100).toFixed(8)]);
    }
    expect(at(m.lines.total.rate).toFixed(2)).toBe("97.54");
    expect(at(m.lines.carryover.rate).toFixed(2)).toBe("0.00");
  });
});

describeLo("the reader and `juesuan check` on recalculated templates", () => {
  test("the reader binds both kinds at the template's cells", async () => {
    const grid = workbookToGrid(await loadWorkbook(readFileSync(okFile)));
    const bound = bindWorkbook(grid);
    const cards = projectScorecards(bound);
    expect(cards.map((c) => [c.sheet, c.marker, c.projectName, c.problems])).toEqual([
      [RADIO.sheet, RADIO.sheet, RADIO.projectName, []],
      [TRAINING.sheet, TRAINING.sheet, TRAINING.projectName, []],
    ]);
    const radio = cards[0];
    expect(radio.totalScore?.text).toBe("100.00");
    expect(radio.grade?.text).toBe("优");
    expect(radio.indicators).toHaveLength(RADIO.indicators.length);
    const dept = bound.tables.find((t): t is DeptScorecard => t.id === "附表14")!;
    expect(dept.problems).toEqual([]);
    expect(dept.funds.map((f) => f.key)).toEqual(["total", "basic", "project", "project.fiscal", "project.other", "carryover"]);
    expect(dept.funds[0].rate?.text).toBe("97.54");
  });

  test("correctly filled templates: no errors — no findings at all — and exit 0", async () => {
    const r = await run(["check", okFile, "--json"]);
    const file = JSON.parse(r.out).files[0];
    expect(file.tables.map((t: any) => [t.id, t.sheet])).toEqual([["附表14", "附表14"], ["附表15", RADIO.sheet], ["附表15", TRAINING.sheet]]);
    expect(file.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("a score above its weight: exactly that finding", async () => {
    const r = await run(["check", overFile, "--json"]);
    const findings = JSON.parse(r.out).files[0].findings;
    expect(findings.map((f: any) => [f.severity, f.check, `${f.sheet}!${cellOf(f)}`, f.message])).toEqual([
      ["error", "overWeight", `附表15-2!${maps.over.indicators[0].score}`, "“无线电固定监测站新建及升级改造项目数量”得分 25.00 超过其分值 20.00"],
    ]);
    expect(r.code).toBe(1);
  });
});

function cellOf(f: any): string {
  return `${String.fromCharCode(65 + f.cell.col)}${f.cell.row + 1}`;
}
