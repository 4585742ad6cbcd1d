// What the engine (src/core/scoring) says a seed scorecard should score: the values the template's formulas
// must reproduce. Built from the figures as typed, the way the reader would see them.

import Decimal from "decimal.js";
import { parseNumberText } from "../../src/core/numbers/parse";
import { ScoringProfile } from "../../src/core/scoring/profiles";
import { executionRate, gradeOf, indicatorScore, rateScore, round2 } from "../../src/core/scoring/score";
import { Field, Indicator } from "../../src/core/tables/model";
import { foldNature } from "../../src/core/tables/scorecard-indicators";
import { SeedIndicator, SeedProject, Typed } from "./seed-scorecards";

function field(value: Typed | undefined): Field | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return { ref: { sheet: "", row: 0, col: 0 }, num: parseNumberText(text), text };
}

export function engineIndicator(ind: SeedIndicator): Indicator {
  return {
    row: 0,
    level1: ind.level1,
    level2: ind.level2,
    level3: ind.level3,
    level3Ref: { sheet: "", row: 0, col: 0 },
    nature: foldNature(ind.nature),
    natureText: ind.nature,
    target: field(ind.target),
    unit: ind.unit,
    actual: field(ind.actual),
    weight: field(ind.weight),
    reason: ind.reason,
    extra: {},
  };
}

/** An indicator's score, or undefined for a qualitative one (left to people). */
export function engineIndicatorScore(ind: SeedIndicator, profile: ScoringProfile): Decimal | undefined {
  const s = indicatorScore(engineIndicator(ind), profile);
  return s.kind === "quantitative" ? round2(s.score) : undefined;
}

export interface EngineScores {
  readonly rate: Decimal;
  readonly rateScore: Decimal;
  readonly scores: readonly (Decimal | undefined)[];
  readonly total: Decimal;
  readonly grade: string;
}

export function engineScores(card: SeedProject, profile: ScoringProfile, rateWeight = 10): EngineScores {
  const budget = profile.rateDenominator === "fullBudget" ? card.fiscal.fullBudget : card.fiscal.initialBudget;
  const rate = executionRate(new Decimal(card.fiscal.executed), new Decimal(budget))!;
  const rs = round2(rateScore(new Decimal(rateWeight), rate));
  const scores = card.indicators.map((i) => engineIndicatorScore(i, profile));
  const total = scores.reduce<Decimal>((sum, s) => sum.plus(s ?? 0), rs);
  return { rate, rateScore: rs, scores, total, grade: gradeOf(total, profile) };
}
