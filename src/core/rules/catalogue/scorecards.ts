// 绩效自评 scorecards (domain.md §3 附表14, §5): 执行率 and its score, each indicator's 得分 against the rule
// and its 分值, 分值 totalling 100, 总分, 等级, 偏差原因. The arithmetic lives in scoring/score.ts; the
// profile (national by default) sets grade bands, the reverse-indicator rule and the 执行率 denominator.
import Decimal from "decimal.js";
import { CellRef } from "../../grid/address";
import { DeptScorecard, Field, Indicator, ProjectScorecard } from "../../tables/model";
import { NATIONAL, profileById, ScoringProfile } from "../../scoring/profiles";
import { executionRate, gradeOf, indicatorScore, rateScore, round2 } from "../../scoring/score";
import { plus } from "../helpers";
import { figure, shownText } from "../messages";
import { formatFigure } from "../../numbers/format";
import { Reporter, Rule } from "../rule";
import { evaluateSum } from "../tolerance";

const HALF_CENT = new Decimal("0.005");

/** A value the engine computed, placed at the cell it belongs to, carrying the rounding it allows. */
function computed(ref: CellRef, value: Decimal, decimals: number, r: Decimal, inputs: (Field | undefined)[]): Field {
  const text = value.toFixed(decimals);
  const sources = inputs.filter((f): f is Field => !!f).map((f) => f.ref);
  return { ref, text, num: { kind: "number", value, decimals, percent: false, text, radius: r }, sources };
}

function num(f: Field | undefined): Decimal | undefined {
  return f?.num.kind === "number" || f?.num.kind === "dash" || f?.num.kind === "empty" ? f.num.value : undefined;
}

function isBlank(f: Field | undefined): boolean {
  return !f || f.num.kind === "empty";
}

/**
 * A shown 执行率 as a fraction: 95.74% → 0.9574. 附表14's "执行率(%)" column holds percent points (97.54 →
 * 0.9754); a 附表15 rate typed without a percent sign is a fraction when it is at most 1.5.
 */
function rateFraction(f: Field, percentPoints: boolean): { value: Decimal; radius: Decimal; points: boolean } | undefined {
  const v = f.num.value;
  if (f.num.kind !== "number" || !v) return undefined;
  const decimals = Number.isFinite(f.num.decimals) ? f.num.decimals : 0;
  const fraction = f.num.percent || (!percentPoints && v.lte(new Decimal("1.5")));
  if (fraction) return { value: v, radius: new Decimal(10).pow(-decimals).dividedBy(2), points: false };
  return { value: v.dividedBy(100), radius: new Decimal(10).pow(-decimals).dividedBy(200), points: true };
}

/** A computed 执行率 written as the rate cell shows its own: "95.74%", a fraction "0.9574", or points "97.54" (with "%"). */
function rateText(fraction: Decimal, f: Field, points: boolean): string {
  const style = { decimals: Number.isFinite(f.num.decimals) ? f.num.decimals : 0, thousands: false, percent: f.num.percent };
  return points ? `${formatFigure(fraction.times(100), style)}%` : formatFigure(fraction, style);
}

function checkRate(report: Reporter, table: "dept-scorecard" | "project-scorecard", rateField: Field, executed: Decimal, budget: Decimal, initial: Decimal | undefined, where: string): Decimal | undefined {
  const expected = executionRate(executed, budget);
  const shown = rateFraction(rateField, table === "dept-scorecard");
  if (!expected || !shown) return expected;
  const diff = shown.value.minus(expected);
  // Amounts are rounded too: allow the rate's own rounding plus a hair for the amounts'.
  const allowed = shown.radius.plus(HALF_CENT.dividedBy(budget.abs()).times(2));
  if (diff.abs().lte(allowed)) return expected;
  const byInitial = initial && !initial.isZero() ? executed.dividedBy(initial) : undefined;
  const wrongDenominator = byInitial && shown.value.minus(byInitial).abs().lte(allowed);
  report.issue({
    table,
    messageId: wrongDenominator ? "rateInitial" : "rate",
    data: { where, shown: shownText(rateField), expected: rateText(expected, rateField, shown.points) },
    cell: rateField.ref,
    expected: expected.toFixed(4),
    actual: shown.value.toFixed(4),
    difference: diff.toFixed(4),
  });
  return expected;
}

function checkProject(card: ProjectScorecard, profile: ScoringProfile, report: Reporter): void {
  const where = card.projectName || card.sheet;
  // A cell holding text or an error where a figure belongs is reported once; checks that need it are skipped.
  const readable = (...fields: (Field | undefined)[]) => report.numbers("project-scorecard", fields);
  const line = card.funds.find((f) => f.key === "total");
  const weights: Field[] = [];
  const scores: Field[] = [];
  let weightsReadable = true;
  let scoresReadable = true;
  if (line) {
    const fundReadable = readable(line.initialBudget, line.fullBudget, line.executed, line.weight, line.rate, line.score);
    weightsReadable = readable(line.weight);
    scoresReadable = readable(line.score);
    if (line.weight) weights.push(line.weight);
    if (line.score) scores.push(line.score);
    const budget = num(profile.rateDenominator === "fullBudget" ? line.fullBudget : line.initialBudget);
    const executed = num(line.executed);
    const weight = num(line.weight);
    if (fundReadable && line.rate && budget !== undefined && executed !== undefined) {
      const rate = checkRate(report, "project-scorecard", line.rate, executed, budget, num(line.initialBudget), where);
      if (rate && weight && line.score) {
        const expected = round2(rateScore(weight, rate));
        report.sum({ table: "project-scorecard", messageId: "score", data: { what: `${where}：执行率得分（分值 × min(执行率, 100%)）`, cell: line.score.ref }, total: line.score, parts: [plus(computed(line.score.ref, expected, 2, HALF_CENT, [line.weight, line.executed, line.fullBudget]))] });
      }
    }
  }
  for (const ind of card.indicators) {
    const weightOk = readable(ind.weight);
    const scoreOk = readable(ind.score);
    weightsReadable &&= weightOk;
    scoresReadable &&= scoreOk;
    if (ind.weight) weights.push(ind.weight);
    if (ind.score) scores.push(ind.score);
    if (weightOk && scoreOk) checkIndicator(ind, where, profile, report);
    checkComplete(ind, "project-scorecard", report);
  }
  if (weightsReadable && weights.length > 1) {
    const sum = weights.reduce((a, f) => a.plus(num(f) ?? 0), new Decimal(0));
    if (!sum.eq(100)) report.issue({ table: "project-scorecard", messageId: "weights", data: { where, sum: figure(sum, weights), full: figure(new Decimal(100), weights) }, cell: card.totalWeight?.ref ?? weights[weights.length - 1].ref, cells: weights.map((w) => w.ref), expected: "100", actual: sum.toString(), difference: sum.minus(100).toString() });
    if (sum.eq(100)) checkSplit(card, profile, where, weights, report);
    if (card.totalWeight && readable(card.totalWeight)) {
      report.sum({ table: "project-scorecard", messageId: "sumWeights", data: { what: `${where}：总分行的分值应等于各项分值之和`, cell: card.totalWeight.ref }, total: card.totalWeight, parts: weights.map(plus) });
    }
  }
  if (card.totalScore && readable(card.totalScore)) {
    if (scoresReadable && scores.length) report.sum({ table: "project-scorecard", messageId: "sumScores", data: { what: `${where}：总分应等于执行率得分 + 各指标得分`, cell: card.totalScore.ref }, total: card.totalScore, parts: scores.map(plus) });
    const expectedGrade = gradeOf(num(card.totalScore) ?? new Decimal(0), profile);
    const shownGrade = card.grade?.text.trim() ?? "";
    if (card.grade && shownGrade && shownGrade !== expectedGrade) {
      report.issue({ table: "project-scorecard", messageId: "grade", data: { where, total: shownText(card.totalScore), grade: shownGrade, expected: expectedGrade, profile: profile.name }, cell: card.grade.ref, cells: [card.totalScore.ref], expected: expectedGrade, actual: shownGrade });
    }
  }
}

/** domain.md §6: every indicator row states 指标性质, 指标值, 实际完成值, and a 度量单位 for a numeric target. */
function checkComplete(ind: Indicator, table: "dept-scorecard" | "project-scorecard", report: Reporter): void {
  const missing: string[] = [];
  if (!ind.natureText.trim()) missing.push("指标性质");
  if (!ind.target || ind.target.num.kind === "empty") missing.push("指标值");
  else if (ind.target.num.kind === "number" && !ind.unit.trim()) missing.push("度量单位");
  if (!ind.actual || ind.actual.num.kind === "empty") missing.push("实际完成值");
  if (missing.length === 0) return;
  const label = ind.level3 || `第 ${ind.row + 1} 行指标`;
  report.issue({ table, messageId: "incomplete", severity: "warning", data: { label, missing: missing.join("、") }, cell: ind.natureRef ?? ind.level3Ref });
}

/** One indicator: its 得分 within [0, 分值], by the rule of its 指标性质, and a reason when below 分值. */
function checkIndicator(ind: Indicator, where: string, profile: ScoringProfile, report: Reporter): void {
  const label = ind.level3 || `第 ${ind.row + 1} 行指标`;
  const weight = num(ind.weight);
  const score = num(ind.score);
  if (!ind.score || score === undefined || weight === undefined || isBlank(ind.score)) return;
  if (score.gt(weight)) report.issue({ table: "project-scorecard", messageId: "overWeight", data: { label, score: shownText(ind.score), weight: ind.weight ? shownText(ind.weight) : "" }, cell: ind.score.ref, cells: ind.weight ? [ind.weight.ref] : [], expected: weight.toString(), actual: score.toString(), difference: score.minus(weight).toString() });
  else if (score.lt(0)) report.issue({ table: "project-scorecard", messageId: "negative", data: { label, score: shownText(ind.score) }, cell: ind.score.ref });
  else {
    const rule = indicatorScore(ind, profile);
    if (rule.kind === "quantitative") {
      const expected = round2(rule.score);
      const scoreRef = ind.score.ref;
      report.sum({ table: "project-scorecard", messageId: "score", data: () => ({ what: `${where}：“${label}”（${ind.natureText} ${ind.target ? shownText(ind.target) : ""}，实际 ${ind.actual ? shownText(ind.actual) : ""}）的得分`, cell: scoreRef }), total: ind.score, parts: [plus(computed(ind.score.ref, expected, 2, HALF_CENT, [ind.weight, ind.target, ind.actual]))] });
    } else if (rule.band && (score.lt(rule.band[0]) || score.gt(rule.band[1]))) {
      report.issue({ table: "project-scorecard", messageId: "band", severity: "warning", data: { label, reason: rule.reason, score: shownText(ind.score), lo: figure(round2(rule.band[0]), [ind.score], 2), hi: figure(round2(rule.band[1]), [ind.score], 2) }, cell: ind.score.ref });
    }
  }
  if (score.lt(weight) && (!ind.reason.trim() || /^(无|无偏差。?|\/|—|-)$/.test(ind.reason.trim()))) {
    report.issue({ table: "project-scorecard", messageId: "reason", severity: "warning", data: { label, score: shownText(ind.score), weight: ind.weight ? shownText(ind.weight) : "" }, cell: ind.reasonRef ?? ind.score.ref, cells: [ind.score.ref] });
  }
}

const GROUPS: [keyof ScoringProfile["weights"], RegExp][] = [["output", /产出/], ["effect", /效益/], ["satisfaction", /满意度/]];

/** 分值 split in principle 10/50/30/10 (执行率/产出/效益/满意度); another split is allowed but worth a look. */
function checkSplit(card: ProjectScorecard, profile: ScoringProfile, where: string, weights: readonly Field[], report: Reporter): void {
  const split: Record<string, Decimal> = { rate: num(card.funds.find((f) => f.key === "total")?.weight) ?? new Decimal(0), output: new Decimal(0), effect: new Decimal(0), satisfaction: new Decimal(0) };
  for (const ind of card.indicators) {
    const group = GROUPS.find(([, re]) => re.test(ind.level1))?.[0];
    if (group) split[group] = split[group].plus(num(ind.weight) ?? 0);
  }
  const w = profile.weights;
  const same = split.rate.eq(w.rate) && split.output.eq(w.output) && split.effect.eq(w.effect) && split.satisfaction.eq(w.satisfaction);
  const cell = card.totalWeight?.ref ?? card.indicators[0]?.weight?.ref;
  if (same || !cell) return;
  report.issue({
    table: "project-scorecard",
    messageId: "split",
    severity: "warning",
    data: { where, rate: figure(split.rate, weights), output: figure(split.output, weights), effect: figure(split.effect, weights), satisfaction: figure(split.satisfaction, weights), principle: [w.rate, w.output, w.effect, w.satisfaction].map((x) => figure(new Decimal(x), weights)).join("/") },
    cell,
  });
}

function checkDept(card: DeptScorecard, report: Reporter): void {
  const line = (k: string) => card.funds.find((f) => f.key === k);
  for (const ind of card.indicators) checkComplete(ind, "dept-scorecard", report);
  for (const l of card.funds) {
    if (l.confirmedBudget && l.initialBudget && l.adjustment && !isBlank(l.confirmedBudget)) {
      report.sum({ table: "dept-scorecard", messageId: "sum", data: { what: `${l.label}：预算确定数应等于年初预算数 + 预算调整数`, cell: l.confirmedBudget.ref }, total: l.confirmedBudget, parts: [plus(l.initialBudget), plus(l.adjustment)] });
    }
    const budget = num(l.confirmedBudget);
    const executed = num(l.executed);
    if (l.rate && !isBlank(l.rate) && budget !== undefined && executed !== undefined) checkRate(report, "dept-scorecard", l.rate, executed, budget, undefined, l.label);
  }
  for (const col of ["initialBudget", "confirmedBudget", "executed"] as const) {
    const total = line("total")?.[col];
    const parts = [line("basic")?.[col], line("project")?.[col]].filter((f): f is Field => !!f);
    if (total && parts.length === 2) report.sum({ table: "dept-scorecard", messageId: "sum", data: { what: "年度资金总额应等于基本支出 + 项目支出", cell: total.ref }, total, parts: parts.map(plus) });
    // 项目支出 = 财政拨款 + 其他资金, plus 上年结转 where the department lists it inside: either reading passes.
    const project = line("project")?.[col];
    const pparts = [line("project.fiscal")?.[col], line("project.other")?.[col]].filter((f): f is Field => !!f);
    const carry = line("carryover")?.[col];
    if (project && pparts.length === 2) {
      const withCarry = carry && num(carry) !== undefined ? [...pparts, carry] : undefined;
      const holds = (parts: Field[]) => evaluateSum(project, parts.map(plus), "interval").outcome !== "broken";
      if (!withCarry || !holds(withCarry)) report.sum({ table: "dept-scorecard", messageId: "sum", data: { what: "项目支出应等于财政拨款 + 其他资金", cell: project.ref }, total: project, parts: pparts.map(plus) });
    }
  }
}

const rule: Rule = {
  meta: {
    id: "scorecard",
    severity: "error",
    tables: [["dept-scorecard", "project-scorecard"]],
    description: "绩效自评表：执行率 = 全年执行数 / 全年预算数；执行率得分 = 分值 × min(执行率,100%)；指标得分按指标性质计算且不超过分值；分值合计 100；总分与等级相符",
    tolerance: "interval",
    messages: {
      sum: "{what}：{cell} 应为 {expected}，实为 {actual}，相差 {difference}",
      score: "{what}应为 {expected}，实为 {actual}，相差 {difference}",
      sumWeights: "{what}：应为 {expected}，实为 {actual}",
      sumScores: "{what}：应为 {expected}，实为 {actual}，相差 {difference}",
      rate: "{where}：执行率应为 全年执行数 / 全年预算数 = {expected}，表中为 {shown}",
      rateInitial: "{where}：执行率 {shown} 是用年初预算数算的，应除以全年预算数，为 {expected}",
      overWeight: "“{label}”得分 {score} 超过其分值 {weight}",
      negative: "“{label}”得分 {score} 为负数",
      band: "“{label}”实际完成情况为“{reason}”，得分 {score} 应在 {lo}～{hi} 之间",
      reason: "“{label}”得分 {score} 低于分值 {weight}，但未填写偏差原因分析及改进措施",
      weights: "{where}：各项分值合计为 {sum}，应为 {full}",
      grade: "{where}：总分 {total} 对应的等级应为“{expected}”，表中为“{grade}”（{profile}）",
      incomplete: "指标“{label}”未填写{missing}",
      split: "{where}：分值分配为 执行率 {rate}、产出 {output}、效益 {effect}、满意度 {satisfaction}，原则上应为 {principle}",
    },
    messagesEn: {
      sum: "{what}: {cell} should be {expected} but is {actual}, a difference of {difference}",
      score: "{what} should be {expected} but is {actual}, a difference of {difference}",
      sumWeights: "{what}: should be {expected}, is {actual}",
      sumScores: "{what}: should be {expected}, is {actual}, a difference of {difference}",
      rate: "{where}: execution rate should be executed / full-year budget = {expected}, shown {shown}",
      rateInitial: "{where}: execution rate {shown} divides by the initial budget; by the full-year budget it is {expected}",
      overWeight: "\"{label}\" scores {score}, above its weight {weight}",
      negative: "\"{label}\" has a negative score {score}",
      band: "\"{label}\" is \"{reason}\"; its score {score} should lie between {lo} and {hi}",
      reason: "\"{label}\" scores {score} below its weight {weight} but gives no reason",
      weights: "{where}: weights total {sum}, should be {full}",
      grade: "{where}: a total of {total} grades \"{expected}\", shown \"{grade}\" ({profile})",
      incomplete: "Indicator \"{label}\" lacks {missing}",
      split: "{where}: weights split {rate}/{output}/{effect}/{satisfaction} (rate/output/effect/satisfaction); in principle {principle}",
    },
    example: { messageId: "grade", data: { where: "附表15-3", total: "79.00", expected: "中", grade: "良", profile: "全国（财政部）口径" } },
  },
  check({ workbook, options }, report) {
    const profile = profileById(options.profile) ?? NATIONAL;
    for (const t of workbook.tables) {
      if (t.kind === "project-scorecard") checkProject(t, profile, report);
      else if (t.kind === "dept-scorecard") checkDept(t, report);
    }
  },
};

export default rule;
