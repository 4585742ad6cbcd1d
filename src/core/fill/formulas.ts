// Excel formula text for the derived cells of disclosure tables and 自评 scorecards, as pure functions of the
// A1 references they read. Used by the fill plan and by the blank scorecard templates, so each builder encodes
// exactly one domain rule (domain.md §3, §5) and computes what scoring/score.ts computes.
//
// Only functions Excel and LibreOffice evaluate identically are used: SUM, ROUND, MIN, MAX, IF, IFERROR.
// Operands are A1 references or small expressions (e.g. percentPoints("E12")); callers pass references on the
// formula's own sheet, so no sheet prefixes are needed.
//
// Rounding: the engine rounds every score half-up to 2 decimals and sums the rounded scores into 总分, and the
// grade is decided on 总分 rounded to 2 decimals. Score formulas therefore ROUND(…,2) themselves (ROUND is
// half away from zero, the same as half-up for the non-negative scores), so a cell holds exactly what it
// shows and 总分 = SUM of the shown scores. Ratios (执行率) are NOT rounded: the engine scores the exact rate,
// and the cell's number format shows it at its precision.

import { ScoringProfile } from "../scoring/profiles";

/** 指标性质 as the bound model folds it. */
export type IndicatorNature = ">=" | ">" | "=" | "<=" | "<";

export interface IndicatorOperands {
  readonly nature: IndicatorNature;
  /** 指标值, in the indicator's unit. */
  readonly targetA1: string;
  /** 实际完成值, in the indicator's unit. */
  readonly actualA1: string;
  /** 分值. */
  readonly weightA1: string;
}

/** Digits the scores are kept to (domain.md §5: round half-up to 2 decimals). */
export const SCORE_DECIMALS = 2;

const round2 = (expr: string): string => `ROUND(${expr},${SCORE_DECIMALS})`;

/**
 * 执行率 = 执行数 / 预算数 (domain.md §5: 全年执行数 / 全年预算数; 附表14: 执行数 / 预算确定数).
 * A zero or empty budget has no rate; the engine reports none and the cell shows 0 rather than #DIV/0!.
 * With `percentPoints` the result is in percent points (附表14's "执行率(%)" column holds 97.54, not 0.9754).
 */
export function rateFormula(executedA1: string, budgetA1: string, options: { percentPoints?: boolean } = {}): string {
  const ratio = `${executedA1}/${budgetA1}`;
  return `=IFERROR(${options.percentPoints ? `${ratio}*100` : ratio},0)`;
}

/**
 * 执行率得分 = 分值 × min(执行率, 100%), rounded half-up to 2 decimals (domain.md §5). `rateA1` must hold the
 * rate as a fraction (0.9574), as the 附表15 执行率 cell does.
 */
export function rateScoreFormula(weightA1: string, rateA1: string): string {
  return `=${round2(`MIN(${rateA1},1)*${weightA1}`)}`;
}

/**
 * A quantitative indicator's 得分 (domain.md §5, scoring/score.ts indicatorScore), rounded to 2 decimals:
 * - ≥ (and "=" with a positive target): met → 分值; not met → 分值 × 实际 / 指标值 (kept within [0, 分值]).
 * - > : as ≥ with a strict comparison.
 * - "=" with target 0 (事故率): 分值 when the actual is 0, else 0. The target is tested in the formula, so a
 *   later change of the target from 0 to a positive figure switches to the ≥ reading as the engine does.
 * - ≤ / < (reverse indicators): met → 分值; not met → the profile's reverse rule: "ratio" 分值 × 指标值 / 实际
 *   (分值 when the actual is 0), or "linear" 分值 × (1 − (实际 − 指标值) / 指标值) floored at 0 (0 when the
 *   target is 0).
 */
export function indicatorScoreFormula(ind: IndicatorOperands, profile: Pick<ScoringProfile, "reverseRule">): string {
  const { targetA1: t, actualA1: a, weightA1: w } = ind;
  const shortfall = `IF(${t}=0,0,MAX(0,MIN(${w},${w}*${a}/${t})))`;
  let body: string;
  switch (ind.nature) {
    case ">=":
      body = `IF(${a}>=${t},${w},${shortfall})`;
      break;
    case ">":
      body = `IF(${a}>${t},${w},${shortfall})`;
      break;
    case "=":
      body = `IF(${t}=0,IF(${a}=0,${w},0),IF(${a}>=${t},${w},${shortfall}))`;
      break;
    case "<=":
    case "<": {
      const met = ind.nature === "<" ? `${a}<${t}` : `${a}<=${t}`;
      const reverse =
        profile.reverseRule === "ratio" ? `IF(${a}=0,${w},${w}*${t}/${a})` : `IF(${t}=0,0,MAX(0,${w}*(1-(${a}-${t})/${t})))`;
      body = `IF(${met},${w},${reverse})`;
      break;
    }
  }
  return `=${round2(body)}`;
}

/**
 * A percent-formatted value (0.98 shown as 98%) read in percent points, for an indicator whose target and
 * actual are written differently (0.98 against a target of 95 with unit "%"), as the engine reads them. The
 * ROUND to 10 decimals removes the binary residue of ×100 (0.57*100 = 56.99999999999999) so that comparisons
 * such as 实际 ≥ 指标值 come out as they do in decimal arithmetic.
 */
export function percentPoints(a1: string): string {
  return `ROUND(${a1}*100,10)`;
}

/**
 * A total = Σ its parts (domain.md §3: 合计 = Σ 分项, 类 = Σ 款, 总分 = 执行率得分 + Σ 指标得分 …).
 * SUM, not "+": SUM reads an empty cell or a "-" / "—" shown for zero as 0, where "+" would give #VALUE!.
 * Runs of adjacent cells in one column or row are written as ranges (C7:C12).
 */
export function sumFormula(cellsA1: readonly string[]): string {
  return `=SUM(${compressRefs(cellsA1).join(",")})`;
}

/**
 * total = Σ plus − Σ minus (公开05 年末 = 年初 + 收入 − 支出), with SUM on both sides for the reason above.
 */
export function signedSumFormula(plusA1: readonly string[], minusA1: readonly string[]): string {
  const pos = `SUM(${compressRefs(plusA1).join(",")})`;
  if (minusA1.length === 0) return `=${pos}`;
  return `=${pos}-SUM(${compressRefs(minusA1).join(",")})`;
}

/**
 * 预算确定数 / 全年预算数 = 年初预算数 + 预算调整数 (domain.md §3 附表14). SUM so that a "-" adjustment counts as 0.
 */
export function budgetFormula(initialA1: string, adjustmentA1: string): string {
  return `=SUM(${initialA1},${adjustmentA1})`;
}

/**
 * 等级 from 总分 rounded to 2 decimals (domain.md §5): nested IF over the profile's bands, highest first
 * (national: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差); the last band is the fallback.
 */
export function gradeFormula(totalA1: string, profile: Pick<ScoringProfile, "grades">): string {
  const bands = profile.grades;
  const total = round2(totalA1);
  let expr = quoted(bands[bands.length - 1].grade);
  for (let i = bands.length - 2; i >= 0; i--) expr = `IF(${total}>=${bands[i].min.toString()},${quoted(bands[i].grade)},${expr})`;
  return `=${expr}`;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface Ref {
  readonly col: string;
  readonly row: number;
}

function parseRef(a1: string): Ref | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  return m ? { col: m[1], row: Number(m[2]) } : undefined;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Joins runs of consecutive references down one column (C7,C8,C9 → C7:C9) or along one row (C7,D7 → C7:D7). */
export function compressRefs(cellsA1: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cellsA1.length) {
    const start = parseRef(cellsA1[i]);
    let j = i;
    if (start) {
      const step = (k: number, dRow: number, dCol: number) => {
        const r = parseRef(cellsA1[k + 1] ?? "");
        const p = parseRef(cellsA1[k]);
        return !!r && !!p && r.row === p.row + dRow && colNumber(r.col) === colNumber(p.col) + dCol;
      };
      const down = step(i, 1, 0);
      const across = !down && step(i, 0, 1);
      if (down || across) while (j + 1 < cellsA1.length && step(j, down ? 1 : 0, across ? 1 : 0)) j++;
    }
    out.push(j > i ? `${cellsA1[i]}:${cellsA1[j]}` : cellsA1[i]);
    i = j + 1;
  }
  return out;
}
