// Parsing displayed amounts and formatting numbers the way Excel shows them.
import Decimal from "decimal.js";
import fc from "fast-check";
import { formatNumber } from "../../src/core/numbers/format";
import { numFromCell, parseNumberText, radius } from "../../src/core/numbers/parse";

describe("parseNumberText", () => {
  test.each([
    ["10,584.32", "number", "10584.32", 2, false],
    ["-1,257.61", "number", "-1257.61", 2, false],
    ["(1,257.61)", "number", "-1257.61", 2, false],
    ["95.74%", "number", "0.9574", 4, true],
    ["100%", "number", "1", 2, true],
    ["0.9574", "number", "0.9574", 4, false],
    ["１２３．４５", "number", "123.45", 2, false],
    ["－5.70", "number", "-5.7", 2, false],
    [" 7.99 ", "number", "7.99", 2, false],
    ["0", "number", "0", 0, false],
    ["-", "dash", "0", Infinity, false],
    ["—", "dash", "0", Infinity, false],
    ["", "empty", "0", Infinity, false],
    ["GDP增速", "text", undefined, 0, false],
    ["1,2", "text", undefined, 0, false],
    ["大于50", "text", undefined, 0, false],
    ["#REF!", "error", undefined, 0, false],
    ["#DIV/0!", "error", undefined, 0, false],
  ])("%j → %s %s (%d decimals)", (text, kind, value, decimals, percent) => {
    const n = parseNumberText(text);
    expect(n.kind).toBe(kind);
    expect(n.value?.toString()).toBe(value);
    expect(n.decimals).toBe(decimals);
    expect(n.percent).toBe(percent);
  });

  test("the rounding radius is half a unit of the last shown digit", () => {
    expect(radius(parseNumberText("10,584.32")).toString()).toBe("0.005");
    expect(radius(parseNumberText("95.74%")).toString()).toBe("0.00005");
    expect(radius(parseNumberText("-")).toString()).toBe("0");
  });
});

describe("formatNumber", () => {
  const ACCOUNTING = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ';
  test.each([
    [10584.32, "#,##0.00", "10,584.32"],
    [3802.9, "#,##0.00", "3,802.90"],
    [1.005, "0.00", "1.01"],
    [0.9574, "0.00%", "95.74%"],
    [1, "0%", "100%"],
    [-1257.61, "#,##0.00", "-1,257.61"],
    [-1257.61, "#,##0.00;(#,##0.00)", "(1,257.61)"],
    [0, ACCOUNTING, "-"],
    [1234.5, ACCOUNTING, "1,234.50"],
    [10584.32, "General", "10584.32"],
    [0.1 + 0.2, "General", "0.3"],
    [2, "0.00", "2.00"],
    [79.98, '[Red]#,##0.00', "79.98"],
  ])("%d under %j shows %j", (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  test("a cell holding a binary float is read back through its displayed text", () => {
    const n = numFromCell(0.1 + 0.2, "0.00");
    expect(n.value?.toString()).toBe("0.3");
    expect(n.text).toBe("0.30");
  });
});

describe("formatNumber agrees with exact decimal rounding of Excel's 15 digits", () => {
  /** Reference: round the 15-significant-digit reading half-up, then lay out. */
  function reference(value: number, decimals: number, thousands: boolean): string {
    const d = new Decimal(value.toPrecision(15)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    const negative = d.isNegative() && !d.isZero();
    const [i, f] = d.abs().toFixed(decimals).split(".");
    const body = (thousands ? i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : i) + (f !== undefined ? `.${f}` : "");
    return negative ? `-${body}` : body;
  }
  test("for cents, tails and large figures alike", () => {
    const cents = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100);
    const any = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(cents, any), fc.integer({ min: 0, max: 4 }), fc.boolean(), (v, decimals, thousands) => {
        const code = `${thousands ? "#,##" : ""}0${decimals ? "." + "0".repeat(decimals) : ""}`;
        expect(formatNumber(v, code)).toBe(reference(v, decimals, thousands));
      }),
      { numRuns: 2000 },
    );
  });
});
