// Interval reasoning on shown precision (domain.md §2), computed by hand.
import { parseNumberText } from "../../src/core/numbers/parse";
import { Field } from "../../src/core/tables/model";
import { evaluateBound, evaluateSum } from "../../src/core/rules/tolerance";

const f = (text: string): Field => ({ ref: { sheet: "S", row: 0, col: 0 }, text, num: parseNumberText(text) });
const plus = (t: string) => ({ field: f(t), sign: 1 as const });
const minus = (t: string) => ({ field: f(t), sign: -1 as const });

test.each([
  // total, parts, outcome, difference, allowed
  ["10,590.02", [plus("10,584.32"), plus("5.70")], "exact", "0", "0"],
  ["10,602.11", [plus("3,802.90"), plus("6,799.22")], "rounding", "-0.01", "0.015"],
  ["694.12", [plus("347.06"), plus("-"), plus("-")], "broken", "347.06", "0.01"],
  ["79.98", [plus("79.98"), plus("6,781.42"), minus("6,781.43")], "rounding", "0.01", "0.02"],
  // A dash and a blank are exact zeros: they widen nothing; a shown "0.00" is ±0.005 like any figure.
  ["-", [plus("0.01"), plus("")], "broken", "-0.01", "0.005"],
  ["0.00", [plus("0.01"), plus("")], "rounding", "-0.01", "0.01"],
  // Ten parts at 0.01 allow 11 × 0.005 = 0.055.
  ["10.05", Array.from({ length: 10 }, () => plus("1.00")), "rounding", "0.05", "0.055"],
  ["10.06", Array.from({ length: 10 }, () => plus("1.00")), "broken", "0.06", "0.055"],
  // Whole numbers round to ±0.5.
  ["100", [plus("60"), plus("41")], "rounding", "-1", "1.5"],
])("%s vs %j → %s", (total, parts, outcome, difference, allowed) => {
  const ev = evaluateSum(f(total), parts, "interval");
  expect([ev.outcome, ev.difference.toString(), ev.allowed.toString()]).toEqual([outcome, difference, allowed]);
});

test("exact mode allows nothing", () => {
  const ev = evaluateSum(f("10,584.32"), [plus("10,584.31")], "exact");
  expect([ev.outcome, ev.allowed.toString()]).toEqual(["broken", "0"]);
});

test.each([
  ["7.99", "<=", "7.99", "exact"],
  ["8.00", "<=", "7.99", "rounding"],
  ["8.01", "<=", "7.99", "broken"],
  ["32.62", ">=", "32.62", "exact"],
  ["32.61", ">=", "32.63", "broken"],
] as const)("%s %s %s → %s", (l, op, r, outcome) => {
  expect(evaluateBound(f(l), op, f(r)).outcome).toBe(outcome);
});
