// The derived cells of the 自评 scorecards (domain.md §3 附表14, §5):
//   附表15: each fund line's 执行率, the 执行率得分, every quantitative indicator's 得分, 总分 (分值 and 得分) and 等级;
//   附表14: each line's 预算确定数 and 执行率, 年度资金总额 = 基本 + 项目 and 项目 = 财政拨款 + 其他资金.
// Values come from scoring/score.ts on what the cells store, so they are what the written formulas compute.

import Decimal from "decimal.js";
import { CellRef, cellRef } from "../grid/address";
import { formatAt, GridSheet, mergeAt } from "../grid/grid";
import { formatInfo } from "../numbers/format";
import { Num } from "../numbers/parse";
import { ScoringProfile } from "../scoring/profiles";
import { executionRate, gradeOf, indicatorScore, rateScore, round2 } from "../scoring/score";
import { DeptFundLine, DeptScorecard, Field, FundLine, Indicator, ProjectScorecard } from "../tables/model";
import { normLabel } from "../text/normalize";
import { numberOf, sumOf, UNCOMPUTED_REASON } from "./cells";
import { budgetFormula, gradeFormula, IndicatorNature, indicatorScoreFormula, percentPoints, rateFormula, rateScoreFormula, sumFormula } from "./formulas";
import { CellState, DeriveContext, Derivation, Derived } from "./types";

const NATURES: readonly string[] = [">=", ">", "=", "<=", "<"];
const UNUSABLE: readonly CellState["kind"][] = ["text", "textNumber", "error", "uncomputed"];

function name(card: ProjectScorecard | DeptScorecard): string {
  return card.kind === "project-scorecard" ? `${card.sheet}（${card.projectName || "项目"}）` : card.sheet;
}

/** 执行数 / 预算数 as IFERROR(…,0) computes it: no budget (0, blank or "-") gives 0. */
function rateValue(ctx: DeriveContext, executed: CellRef, budget: CellRef): Decimal | { manual: string } {
  for (const ref of [executed, budget]) {
    const s = ctx.state(ref);
    if (s.kind === "uncomputed") return { manual: `${ctx.a1(ref)}（${s.text}）${UNCOMPUTED_REASON}` };
    if (UNUSABLE.includes(s.kind)) return { manual: `${ctx.a1(ref)}（${s.text}）不是数值，无法计算执行率` };
  }
  const e = ctx.state(executed).value ?? new Decimal(0);
  const b = ctx.state(budget).value ?? new Decimal(0);
  return executionRate(e, b) ?? new Decimal(0);
}

function rateDerivation(card: ProjectScorecard | DeptScorecard, what: string, target: Field, executed: Field, budget: Field, points: boolean): Derivation {
  return {
    cell: target.ref,
    table: card.id,
    what,
    kind: points ? "ratePoints" : "rate",
    inputs: [executed.ref, budget.ref],
    figures: [executed.ref],
    derive(ctx) {
      const rate = rateValue(ctx, executed.ref, budget.ref);
      if (!(rate instanceof Decimal)) return rate;
      return { formula: rateFormula(ctx.a1(executed.ref), ctx.a1(budget.ref), { percentPoints: points }), value: points ? rate.times(100) : rate };
    },
  };
}

function sumDerivation(card: ProjectScorecard | DeptScorecard, what: string, kind: "amount" | "score", target: CellRef, parts: readonly CellRef[]): Derivation {
  return {
    cell: target,
    table: card.id,
    what,
    kind,
    inputs: parts,
    derive(ctx) {
      const value = sumOf(ctx, parts);
      if (!(value instanceof Decimal)) return value;
      return { formula: sumFormula(parts.map(ctx.a1)), value };
    },
  };
}

// ---- 附表15 -----------------------------------------------------------------------------------------

function budgetOf(line: FundLine, profile: ScoringProfile): Field | undefined {
  return profile.rateDenominator === "fullBudget" ? line.fullBudget : line.initialBudget;
}

/** 执行率得分 reads the 执行率 cell when it holds the rate as a fraction, else computes the rate in place. */
function rateScoreDerivation(card: ProjectScorecard, line: FundLine, profile: ScoringProfile): Derivation | undefined {
  const { weight, rate, score, executed } = line;
  const budget = budgetOf(line, profile);
  if (!weight || !score || !executed || !budget) return undefined;
  return {
    cell: score.ref,
    table: card.id,
    what: `${name(card)} 执行率得分`,
    kind: "score",
    inputs: [weight.ref, executed.ref, budget.ref, ...(rate ? [rate.ref] : [])],
    derive(ctx) {
      const w = ctx.state(weight.ref);
      if (w.kind !== "number" || !w.value) return { manual: `分值 ${ctx.a1(weight.ref)}（${w.text || "空"}）不是数值` };
      const r = rate ? ctx.state(rate.ref) : undefined;
      // A 执行率 left in conflict is not the engine's rate: compute it in place rather than score a wrong one.
      const fraction = r && r.kind === "number" && r.value && !r.disputed && (r.written || r.percent || r.value.lte(1.5));
      let rateA1: string;
      let value: Decimal | { manual: string };
      if (rate && fraction && r?.value) {
        rateA1 = ctx.a1(rate.ref);
        value = r.value;
      } else {
        // The 执行率 cell is missing, disputed or holds percent points: compute the rate inside the formula.
        rateA1 = rateFormula(ctx.a1(executed.ref), ctx.a1(budget.ref)).slice(1);
        value = rateValue(ctx, executed.ref, budget.ref);
      }
      if (!(value instanceof Decimal)) return value;
      return { formula: rateScoreFormula(ctx.a1(weight.ref), rateA1), value: round2(rateScore(w.value, value)) };
    },
  };
}

/** A field carrying what the cell stores instead of what it shows, so the score is the formula's. */
function stored(field: Field | undefined, s: CellState | undefined): Field | undefined {
  if (!field || !s || s.kind !== "number" || !s.value) return field;
  const num: Num = { ...field.num, kind: "number", value: s.value, percent: s.percent };
  return { ...field, num };
}

function indicatorDerivation(card: ProjectScorecard, ind: Indicator, profile: ScoringProfile): Derivation | undefined {
  const { score, target, actual, weight } = ind;
  if (!score) return undefined;
  const label = ind.level3 || `第 ${ind.row + 1} 行指标`;
  const inputs = [target, actual, weight].filter((f): f is Field => !!f).map((f) => f.ref);
  return {
    cell: score.ref,
    table: card.id,
    what: `${name(card)} “${label}”得分`,
    kind: "score",
    inputs,
    derive(ctx): Derived {
      const st = (f: Field | undefined) => (f ? ctx.state(f.ref) : undefined);
      const [t, a, w] = [st(target), st(actual), st(weight)];
      const unknown = [target, actual, weight].find((f) => f && ctx.state(f.ref).kind === "uncomputed");
      if (unknown) return { manual: `${ctx.a1(unknown.ref)}（${ctx.state(unknown.ref).text}）${UNCOMPUTED_REASON}` };
      const asText = [t, a].find((s) => s?.kind === "textNumber");
      if (asText) return { manual: `“${asText.text}”是以文本形式存放的数字，请改为数值后再计算得分` };
      const patched: Indicator = { ...ind, target: stored(target, t), actual: stored(actual, a), weight: stored(weight, w) };
      const rule = indicatorScore(patched, profile);
      if (rule.kind === "qualitative") {
        const band = rule.band ? `，得分应在 ${round2(rule.band[0]).toFixed(2)}～${round2(rule.band[1]).toFixed(2)} 之间` : "";
        return { manual: `定性或无法量化的指标（${rule.reason}）${band}，由评价人填写` };
      }
      if (!weight || w?.kind !== "number" || !t || !a || !target || !actual) return { manual: "分值不是数值，无法计算得分" };
      if (!NATURES.includes(ind.nature)) return { manual: "无指标性质" };
      const percentUnit = /%|％/.test(ind.unit) || t.percent || a.percent;
      const operand = (f: Field, s: CellState) => (percentUnit && s.percent ? percentPoints(ctx.a1(f.ref)) : ctx.a1(f.ref));
      const formula = indicatorScoreFormula(
        { nature: ind.nature as IndicatorNature, targetA1: operand(target, t), actualA1: operand(actual, a), weightA1: ctx.a1(weight.ref) },
        profile,
      );
      return { formula, value: round2(rule.score) };
    },
  };
}

const TOTAL_LABEL = /^(总分|总计|合计|总分合计)$/;

/** The 总分 row's 分值, 得分 and 等级 cells, also when they are blank and the binder could not see them. */
export function scoreTotalCells(card: ProjectScorecard, sheet: GridSheet | undefined): { weight?: CellRef; score?: CellRef; grade?: CellRef } {
  const at = (row: number, col: number | undefined) => {
    if (col === undefined || !sheet) return col === undefined ? undefined : cellRef(card.sheet, row, col);
    const m = mergeAt(sheet, row, col);
    return m ? cellRef(card.sheet, m.top, m.left) : cellRef(card.sheet, row, col);
  };
  const { totalWeight, totalScore, grade } = card;
  if (totalScore) {
    const r = totalScore.ref;
    return { weight: totalWeight?.ref ?? at(r.row, r.col - 1), score: r, grade: grade?.ref ?? at(r.row, r.col + 1) };
  }
  if (totalWeight) {
    const r = totalWeight.ref;
    return { weight: r, score: at(r.row, r.col + 1), grade: grade?.ref ?? at(r.row, r.col + 2) };
  }
  if (!sheet) return {};
  const cols = card.indicatorColumns;
  const from = Math.max(...card.indicators.map((i) => i.row), card.range.top) + 1;
  for (let row = from; row <= card.range.bottom; row++) {
    const labels: { col: number; label: string }[] = [];
    for (let c = card.range.left; c <= card.range.right; c++) {
      const v = sheet.values[row - sheet.top]?.[c - sheet.left];
      if (typeof v === "string" && v.trim()) labels.push({ col: c, label: normLabel(v) });
    }
    if (!labels.length || !TOTAL_LABEL.test(labels[0].label)) continue;
    const caption = (re: RegExp) => labels.find((l) => re.test(l.label))?.col;
    const captions = { weight: caption(/^总分值$|^(总)?权重$/), score: caption(/^(总得分|自评得分|得分)$/), grade: caption(/等级$/) };
    if (captions.score !== undefined) return { weight: at(row + 1, captions.weight), score: at(row + 1, captions.score), grade: at(row + 1, captions.grade) };
    const scoreCol = cols.score;
    return {
      weight: at(row, cols.weight),
      score: at(row, scoreCol),
      grade: grade?.ref ?? (scoreCol === undefined ? undefined : at(row, scoreCol + 1)),
    };
  }
  return {};
}

export function projectDerivations(card: ProjectScorecard, sheet: GridSheet | undefined, profile: ScoringProfile): Derivation[] {
  const out: Derivation[] = [];
  for (const line of card.funds) {
    const budget = budgetOf(line, profile);
    if (line.rate && line.executed && budget) out.push(rateDerivation(card, `${name(card)} ${line.label} 执行率`, line.rate, line.executed, budget, false));
  }
  const total = card.funds.find((f) => f.key === "total");
  const rs = total && rateScoreDerivation(card, total, profile);
  if (rs) out.push(rs);
  for (const ind of card.indicators) {
    const d = indicatorDerivation(card, ind, profile);
    if (d) out.push(d);
  }
  const cells = scoreTotalCells(card, sheet);
  const weights = [total?.weight, ...card.indicators.map((i) => i.weight)].filter((f): f is Field => !!f).map((f) => f.ref);
  const scores = [total?.score, ...card.indicators.map((i) => i.score)].filter((f): f is Field => !!f).map((f) => f.ref);
  if (cells.weight && weights.length > 1) out.push(sumDerivation(card, `${name(card)} 分值合计`, "score", cells.weight, weights));
  if (cells.score && scores.length > 0) out.push(sumDerivation(card, `${name(card)} 总分`, "score", cells.score, scores));
  if (cells.grade && cells.score) out.push(gradeDerivation(card, cells.grade, cells.score, profile));
  return out;
}

function gradeDerivation(card: ProjectScorecard, target: CellRef, total: CellRef, profile: ScoringProfile): Derivation {
  return {
    cell: target,
    table: card.id,
    what: `${name(card)} 等级`,
    kind: "grade",
    inputs: [total],
    derive(ctx) {
      const value = numberOf(ctx, total);
      if (!value) return { manual: `总分 ${ctx.a1(total)}（${ctx.state(total).text}）不是数值，无法评定等级` };
      return { formula: gradeFormula(ctx.a1(total), profile), value: gradeOf(value, profile) };
    },
  };
}

// ---- 附表14 -----------------------------------------------------------------------------------------

const DEPT_SUMS: readonly { total: DeptFundLine["key"]; parts: readonly DeptFundLine["key"][] }[] = [
  { total: "total", parts: ["basic", "project"] },
  { total: "project", parts: ["project.fiscal", "project.other"] },
];
const DEPT_SUM_COLUMNS = ["initialBudget", "adjustment", "executed"] as const;
const DEPT_COLUMN_LABELS: Readonly<Record<(typeof DEPT_SUM_COLUMNS)[number], string>> = { initialBudget: "年初预算数", adjustment: "预算调整数", executed: "执行数" };

export function deptDerivations(card: DeptScorecard, sheet: GridSheet | undefined): Derivation[] {
  const out: Derivation[] = [];
  const line = (key: string) => card.funds.find((f) => f.key === key);
  for (const l of card.funds) {
    const { initialBudget, adjustment, confirmedBudget } = l;
    if (confirmedBudget && initialBudget && adjustment) {
      out.push({
        cell: confirmedBudget.ref,
        table: card.id,
        what: `${name(card)} ${l.label} 预算确定数`,
        kind: "amount",
        inputs: [initialBudget.ref, adjustment.ref],
        derive(ctx) {
          const value = sumOf(ctx, [initialBudget.ref, adjustment.ref]);
          if (!(value instanceof Decimal)) return value;
          return { formula: budgetFormula(ctx.a1(initialBudget.ref), ctx.a1(adjustment.ref)), value };
        },
      });
    }
  }
  for (const { total, parts } of DEPT_SUMS) {
    const t = line(total);
    const ps = parts.map(line);
    if (!t || ps.some((p) => !p)) continue;
    for (const col of DEPT_SUM_COLUMNS) {
      const target = t[col];
      const fields = ps.map((p) => p?.[col]);
      if (target && fields.every((f) => !!f)) {
        out.push(sumDerivation(card, `${name(card)} ${t.label} ${DEPT_COLUMN_LABELS[col]}`, "amount", target.ref, fields.map((f) => (f as Field).ref)));
      }
    }
  }
  for (const l of card.funds) {
    if (!l.rate || !l.executed || !l.confirmedBudget) continue;
    // 执行率(%) holds percent points (97.54) unless the cell is formatted as a percent.
    const percentCell = sheet ? formatInfo(formatAt(sheet, l.rate.ref.row, l.rate.ref.col)).percent : l.rate.num.percent;
    out.push(rateDerivation(card, `${name(card)} ${l.label} 执行率`, l.rate, l.executed, l.confirmedBudget, !percentCell));
  }
  return out;
}
