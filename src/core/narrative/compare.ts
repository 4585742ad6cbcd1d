// Comparing prose with tables at the precision written (domain.md §2, §8). Every figure is an interval: a table
// figure shown with d decimals is v ± ½·10^−d, a figure written in prose likewise at its own precision. A quoted
// amount agrees when it is a rounding of what the table shows (|written − table| < r_written + r_table, strictly:
// at equal precision the figures must be equal); a share or a change agrees when the interval its inputs allow
// meets the interval of the figure written.

import Decimal from "decimal.js";
import { radius } from "../numbers/parse";
import { Field } from "../tables/model";
import { Written } from "./claims";

export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

const HUNDRED = new Decimal(100);

export function tableValue(f: Field): Decimal {
  return f.num.value ?? new Decimal(0);
}

function around(value: Decimal, r: Decimal): Interval {
  return { lo: value.minus(r), hi: value.plus(r) };
}

export function tableInterval(f: Field): Interval {
  return around(tableValue(f), radius(f.num));
}

export function writtenInterval(w: Written): Interval {
  return around(w.value, w.radius);
}

/** The quoted amount is a rounding of the table's. */
export function amountAgrees(w: Written, f: Field): boolean {
  const diff = w.value.minus(tableValue(f)).abs();
  return diff.isZero() || diff.lt(w.radius.plus(radius(f.num)));
}

function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** The range of f over the box of its two inputs, f monotone in each (the denominators here stay positive). */
function range2(a: Interval, b: Interval, f: (x: Decimal, y: Decimal) => Decimal): Interval | undefined {
  const values = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
  if (values.some((v) => !v.isFinite())) return undefined;
  return { lo: Decimal.min(...values), hi: Decimal.max(...values) };
}

/** part / whole × 100, for shares ("占…的99.95%"). Undefined when the whole may be zero. */
export function shareRange(part: Field, whole: Field): Interval | undefined {
  const w = tableInterval(whole);
  if (w.lo.lte(0)) return undefined;
  return range2(tableInterval(part), w, (x, y) => x.dividedBy(y).times(HUNDRED));
}

/** current − prior, for "较上年增加…万元" with the prior-year figure written. */
export function deltaRange(current: Field, prior: Written): Interval {
  const c = tableInterval(current);
  const p = writtenInterval(prior);
  return { lo: c.lo.minus(p.hi), hi: c.hi.minus(p.lo) };
}

/** (current − prior) / prior × 100, for "增长…%" with the prior-year figure written. */
export function percentFromPrior(current: Field, prior: Written): Interval | undefined {
  const p = writtenInterval(prior);
  if (p.lo.lte(0)) return undefined;
  return range2(tableInterval(current), p, (c, q) => c.minus(q).dividedBy(q).times(HUNDRED));
}

/** Δ / (current − Δ) × 100, for "增加…万元，增长…%" when only the change is written: the prior is current − Δ. */
export function percentFromDelta(current: Field, delta: Written): Interval | undefined {
  const c = tableInterval(current);
  const d = writtenInterval(delta);
  if (c.lo.minus(d.hi).lte(0)) return undefined;
  return range2(c, d, (x, y) => y.dividedBy(x.minus(y)).times(HUNDRED));
}

export function writtenMeets(w: Written, range: Interval): boolean {
  return meets(writtenInterval(w), range);
}

/** The middle of a range at the written precision, for messages ("应约为 99.95%"). */
export function expectedText(range: Interval, w: Written): string {
  const decimals = Math.max(0, -w.radius.times(2).log(10).round().toNumber());
  return range.lo.plus(range.hi).dividedBy(2).toFixed(decimals);
}
