// The 自评 scoring arithmetic, exact in decimal.js; rounding half-up to 2 decimals only at the end.

import Decimal from "decimal.js";
import { Field, Indicator } from "../tables/model";
import { ScoringProfile } from "./profiles";

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

export function round2(v: Decimal): Decimal {
  return v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** 执行率 = 全年执行数 / 全年预算数; undefined when there is no budget to divide by. */
export function executionRate(executed: Decimal, budget: Decimal): Decimal | undefined {
  if (budget.isZero()) return undefined;
  return executed.dividedBy(budget);
}

/** 执行率得分 = 分值 × min(执行率, 100%). */
export function rateScore(weight: Decimal, rate: Decimal): Decimal {
  return weight.times(Decimal.min(rate, ONE));
}

export function gradeOf(total: Decimal, profile: ScoringProfile): string {
  const t = round2(total);
  for (const b of profile.grades) if (t.gte(b.min)) return b.grade;
  return profile.grades[profile.grades.length - 1].grade;
}

export type IndicatorScore =
  | { readonly kind: "quantitative"; readonly score: Decimal; readonly met: boolean }
  | { readonly kind: "qualitative"; readonly band?: readonly [Decimal, Decimal]; readonly reason: string };

/** A value in the indicator's unit: "98%" against a target of 90 (%) reads as 98. */
function inUnit(f: Field | undefined, percentUnit: boolean): Decimal | undefined {
  const n = f?.num;
  if (!n || n.kind !== "number" || !n.value) return undefined;
  return n.percent && percentUnit ? n.value.times(HUNDRED) : n.value;
}

const QUALITATIVE_BANDS: Record<string, [number, number]> = { 达成: [0.8, 1], 部分达成: [0.6, 0.8], 未达成: [0, 0.6] };

/**
 * The score an indicator should get under the profile (domain.md §5): ≥/> met → full, else 分值 × 实际/指标值;
 * "=" with target 0 met only at 0; "=" with a positive target as ≥; ≤/< met → full, else the profile's
 * reverse rule. Non-numeric targets or actuals are qualitative: only the band can be checked.
 */
export function indicatorScore(ind: Indicator, profile: ScoringProfile): IndicatorScore {
  const weight = ind.weight?.num.value;
  const actualText = (ind.actual?.text ?? "").trim();
  if (QUALITATIVE_BANDS[actualText] && weight) {
    const [lo, hi] = QUALITATIVE_BANDS[actualText];
    return { kind: "qualitative", band: [weight.times(lo), weight.times(hi)], reason: actualText };
  }
  const percentUnit = /%|％/.test(ind.unit) || !!ind.target?.num.percent || !!ind.actual?.num.percent;
  const target = inUnit(ind.target, percentUnit);
  const actual = inUnit(ind.actual, percentUnit);
  if (!weight || target === undefined || actual === undefined || !ind.nature) {
    return { kind: "qualitative", reason: target === undefined ? "指标值非数值" : actual === undefined ? "实际完成值非数值" : "无指标性质" };
  }
  const full = { kind: "quantitative" as const, score: weight, met: true };
  const met = meetsTarget(ind.nature, actual, target);
  switch (ind.nature) {
    case ">=":
    case ">":
    case "=": {
      if (met) return full;
      if (target.isZero()) return { kind: "quantitative", score: new Decimal(0), met: false };
      return { kind: "quantitative", score: Decimal.max(0, Decimal.min(weight, weight.times(actual).dividedBy(target))), met: false };
    }
    case "<=":
    case "<": {
      if (met) return full;
      if (profile.reverseRule === "ratio") {
        return { kind: "quantitative", score: actual.isZero() ? weight : weight.times(target).dividedBy(actual), met: false };
      }
      if (target.isZero()) return { kind: "quantitative", score: new Decimal(0), met: false };
      const s = weight.times(ONE.minus(actual.minus(target).dividedBy(target)));
      return { kind: "quantitative", score: Decimal.max(0, s), met: false };
    }
    default:
      return { kind: "qualitative", reason: "无指标性质" };
  }
}

/** Whether an actual value meets its target under 指标性质: "=" with a positive target reads as ≥ (domain.md §5). */
function meetsTarget(nature: string, actual: Decimal, target: Decimal): boolean | undefined {
  switch (nature) {
    case ">":
      return actual.gt(target);
    case ">=":
      return actual.gte(target);
    case "=":
      return target.isZero() ? actual.isZero() : actual.gte(target);
    case "<":
      return actual.lt(target);
    case "<=":
      return actual.lte(target);
    default:
      return undefined;
  }
}

/**
 * Whether an indicator is 完成 (the counts a 情况说明 quotes): numbers compared under 指标性质, whatever the
 * weights; a qualitative 实际完成值 equal to its 指标值 ("良好" = "良好") or written 达成 is met. Undefined when it
 * cannot be told (text against a number, no 指标性质).
 */
export function indicatorMet(ind: Indicator): boolean | undefined {
  const actualText = (ind.actual?.text ?? "").trim();
  if (actualText === "达成") return true;
  if (actualText === "未达成" || actualText === "部分达成") return false;
  const percentUnit = /%|％/.test(ind.unit) || !!ind.target?.num.percent || !!ind.actual?.num.percent;
  const target = inUnit(ind.target, percentUnit);
  const actual = inUnit(ind.actual, percentUnit);
  if (target !== undefined && actual !== undefined) return meetsTarget(ind.nature, actual, target);
  const targetText = (ind.target?.text ?? "").trim();
  if (ind.nature === "=" && target === undefined && actual === undefined && targetText && targetText === actualText) return true;
  return undefined;
}
