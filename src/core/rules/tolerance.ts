// Rounding-aware comparison (domain.md §2, after XBRL Calculations 1.1): a figure shown with d decimals stands
// for the interval v ± ½·10^−d. A linear identity holds when the intervals of both sides overlap, so a total of
// n parts at 0.01 may differ from their sum by up to 0.005 × (n + 1) through rounding alone.

import Decimal from "decimal.js";
import { Field } from "../tables/model";
import { radius } from "../numbers/parse";

export type ToleranceMode = "interval" | "exact";

export type Outcome = "exact" | "rounding" | "broken";

export interface Term {
  readonly field: Field;
  /** +1 or −1 (a carry-forward subtracts expenditure). */
  readonly sign: 1 | -1;
}

const ZERO = new Decimal(0);

export interface Evaluation {
  readonly outcome: Outcome;
  /** Σ sign·part, exact. */
  readonly expected: Decimal;
  readonly actual: Decimal;
  /** actual − expected. */
  readonly difference: Decimal;
  /** The largest difference rounding alone can explain (left at 0 when the identity holds exactly). */
  readonly allowed: Decimal;
}

export function valueOf(f: Field): Decimal {
  return f.num.value ?? ZERO;
}

/** Compares a shown total with the sum of shown parts. Fields must be numeric (checked by the caller). */
export function evaluateSum(total: Field, parts: readonly Term[], mode: ToleranceMode): Evaluation {
  let expected = ZERO;
  for (const p of parts) expected = p.sign === 1 ? expected.plus(valueOf(p.field)) : expected.minus(valueOf(p.field));
  const actual = valueOf(total);
  const difference = actual.minus(expected);
  // Most identities hold exactly; the rounding allowance is only worth computing when they do not.
  if (difference.isZero()) return { outcome: "exact", expected, actual, difference, allowed: ZERO };
  let allowed = ZERO;
  if (mode !== "exact") {
    allowed = radius(total.num);
    for (const p of parts) allowed = allowed.plus(radius(p.field.num));
  }
  const outcome: Outcome = difference.isZero() ? "exact" : difference.abs().lte(allowed) ? "rounding" : "broken";
  return { outcome, expected, actual, difference, allowed };
}

/** left ≤ right (or ≥) with the same interval reasoning: broken only when no rounding can make it hold. */
export function evaluateBound(left: Field, op: "<=" | ">=", right: Field): Evaluation {
  const l = valueOf(left);
  const r = valueOf(right);
  const allowed = radius(left.num).plus(radius(right.num));
  const excess = op === "<=" ? l.minus(r) : r.minus(l);
  const outcome: Outcome = excess.lte(0) ? "exact" : excess.lte(allowed) ? "rounding" : "broken";
  return { outcome, expected: r, actual: l, difference: excess.gt(0) ? excess : new Decimal(0), allowed };
}
