// The 得分 formula of a template's indicator row. A blank template does not know a row's 指标性质 in advance,
// so the formula picks the rule from the 指标性质 cell when it calculates: one branch per nature, each the fill
// feature's indicatorScoreFormula (the one place scoring formulas are written). Rows whose 指标值 or 实际完成值
// is not a number are qualitative: the formula leaves them blank and people enter the score.

import { IndicatorNature, indicatorScoreFormula, percentPoints } from "../fill/formulas";
import { ScoringProfile } from "../scoring/profiles";

/** Spellings of each nature the formula accepts: the list's ≥ ≤ ＝ and the ASCII forms the seed uses. */
const SPELLINGS: readonly (readonly [IndicatorNature, readonly string[]])[] = [
  [">=", [">=", "≥"]],
  [">", [">"]],
  ["<=", ["<=", "≤"]],
  ["<", ["<"]],
  ["=", ["=", "＝"]],
];

/**
 * A cell's value in the indicator's unit. The engine reads a percent-formatted 0.98 against a target of 95 (%)
 * as 98; the template does not know how people will type the figure, so it asks the cell's format when it
 * calculates (CELL("format") starts with "P" for percent formats, in Excel and LibreOffice alike).
 */
export function inUnit(a1: string): string {
  return `IF(LEFT(CELL("format",${a1}),1)="P",${percentPoints(a1)},${a1})`;
}

export interface ScoreCells {
  readonly nature: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
}

export function indicatorRowScoreFormula(cells: ScoreCells, profile: Pick<ScoringProfile, "reverseRule">): string {
  const nature = `TRIM(${cells.nature})`;
  const target = inUnit(cells.target);
  const actual = inUnit(cells.actual);
  let byNature = `""`;
  for (const [kind, spellings] of [...SPELLINGS].reverse()) {
    const tests = spellings.map((s) => `${nature}="${s}"`);
    const test = tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
    const score = indicatorScoreFormula({ nature: kind, targetA1: target, actualA1: actual, weightA1: cells.weight }, profile).slice(1);
    byNature = `IF(${test},${score},${byNature})`;
  }
  const quantitative = `AND(ISNUMBER(${cells.target}),ISNUMBER(${cells.actual}),ISNUMBER(${cells.weight}))`;
  return `=IF(${quantitative},${byNature},"")`;
}
