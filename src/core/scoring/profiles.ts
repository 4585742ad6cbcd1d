// Scoring profiles as data (domain.md §5). The national default follows 财预〔2020〕10号; provinces vary the
// grade bands, the reading of reverse (≤) indicators and the 执行率 denominator.

import Decimal from "decimal.js";

export type ReverseRule = "ratio" | "linear";

export interface GradeBand {
  readonly min: Decimal;
  readonly grade: string;
}

export interface ScoringProfile {
  readonly id: string;
  readonly name: string;
  /** Highest band first; the last band has min 0. */
  readonly grades: readonly GradeBand[];
  /** ≤ indicator not met: "ratio" → 分值 × 指标值 / 实际; "linear" → 分值 × (1 − (实际 − 指标值)/指标值), floored at 0. */
  readonly reverseRule: ReverseRule;
  /** What 执行率 divides by. 全年预算数 is the rule; some provinces' older templates used 年初预算数. */
  readonly rateDenominator: "fullBudget" | "initialBudget";
  /** Weights in principle: 预算执行率, 产出, 效益, 满意度 (a different split is a warning). */
  readonly weights: { readonly rate: number; readonly output: number; readonly effect: number; readonly satisfaction: number };
}

const bands = (...b: [number, string][]): GradeBand[] => b.map(([min, grade]) => ({ min: new Decimal(min), grade }));

export const NATIONAL: ScoringProfile = {
  id: "national",
  name: "全国默认（财预〔2020〕10号：90/80/60）",
  grades: bands([90, "优"], [80, "良"], [60, "中"], [0, "差"]),
  reverseRule: "ratio",
  rateDenominator: "fullBudget",
  weights: { rate: 10, output: 50, effect: 30, satisfaction: 10 },
};

export const PROVINCE_80_70_60: ScoringProfile = {
  id: "province-80-70-60",
  name: "省级口径（80/70/60）",
  grades: bands([80, "优"], [70, "良"], [60, "中"], [0, "差"]),
  reverseRule: "linear",
  rateDenominator: "fullBudget",
  weights: { rate: 10, output: 50, effect: 30, satisfaction: 10 },
};

export const PROFILES: readonly ScoringProfile[] = [NATIONAL, PROVINCE_80_70_60];

export function profileById(id: string): ScoringProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}
