// Every finite double a spreadsheet can hold is a number: shown the way Excel shows it (General switches to
// scientific notation, fixed formats keep the format's decimals), read back from that text to its exact decimal.
import Decimal from "decimal.js";
import fc from "fast-check";
import { formatFigure, formatNumber } from "../../src/core/numbers/format";
import { numFromCell, parseNumberText, radius } from "../../src/core/numbers/parse";

/** Enough digits for any double written out in full (5E-324 has 751 significant digits). */
const Exact = Decimal.clone({ precision: 1200 });

/** The exact value of a double, from its bits: mantissa × 2^exponent, never through a decimal approximation. */
function exactValue(v: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  if (biased !== 0) mantissa |= 1n << 52n;
  const e2 = (biased === 0 ? 1 : biased) - 1075;
  const digits = e2 >= 0 ? `${mantissa << BigInt(e2)}` : `${mantissa * 5n ** BigInt(-e2)}e-${-e2}`;
  return new Exact(`${negative ? "-" : ""}${digits}`);
}

/** Half a unit of the last digit a text shows: "1.23E-05" → 0.5E-7, "10,584.32" → 0.005, "1E+308" → 0.5E+308. */
function halfUnitShown(text: string): Decimal {
  const m = /^[-(]?[\d,]*(?:\.(\d*))?%?(?:E([+-]\d+))?\)?$/.exec(text);
  if (!m) throw new Error(`not a figure: ${text}`);
  const decimals = (m[1]?.length ?? 0) - Number(m[2] ?? 0) + (text.includes("%") ? 2 : 0);
  return new Exact(10).pow(-decimals).dividedBy(2);
}

describe("huge and tiny doubles are numbers with their exact value and a short display", () => {
  test.each([
    [1e308, "General", "1E+308", "1e+308"],
    [5e-324, "General", "4.94066E-324", "4.94066e-324"],
    [-1.7976931348623157e308, "General", "-1.79769E+308", "-1.79769e+308"],
    [1e-7, "General", "0.0000001", "1e-7"],
    [123456789012, "General", "1.23457E+11", "123457000000"],
    [5e-324, "0.00", "0.00", "0"],
    [1e-7, "#,##0.00", "0.00", "0"],
  ])("%d under %j shows %j and reads as %s", (value, format, text, exact) => {
    const n = numFromCell(value, format);
    expect(n.kind).toBe("number");
    expect(n.text).toBe(text);
    expect(n.value?.toString()).toBe(new Decimal(exact).toString());
  });

  test("a fixed format shows every digit of 1E+308 (312 characters): still the number 1E+308, not prose", () => {
    const n = numFromCell(1e308, "0.00");
    expect(n.text).toBe(`1${"0".repeat(308)}.00`);
    expect(n.kind).toBe("number");
    expect(n.value?.eq("1e308")).toBe(true);
    expect(n.decimals).toBe(2);
  });

  test("grouped, Excel keeps 15 significant digits of the largest double", () => {
    const n = numFromCell(-1.7976931348623157e308, "#,##0.00");
    expect(n.text.startsWith("-179,769,313,486,232,000,")).toBe(true);
    expect(n.text.endsWith(",000.00")).toBe(true);
    expect(n.kind).toBe("number");
    expect(n.value?.eq("-1.79769313486232e308")).toBe(true);
  });

  test("long prose is still prose, and a long run of digits with a word in it is too", () => {
    expect(parseNumberText("本表为空表，本部门2023年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。").kind).toBe("text");
    expect(parseNumberText(`${"1".repeat(50)}万元`).kind).toBe("text");
  });
});

describe("scientific text reads as its exact decimal, with the precision it shows", () => {
  test.each([
    ["1E+308", "1e+308", 0],
    ["1.23E-05", "0.0000123", 7],
    ["4.94066E-324", "4.94066e-324", 329],
    ["-1.79769E+308", "-1.79769e+308", 0],
    ["1.23457E+11", "123457000000", 0],
    ["2.5e3", "2500", 0],
    ["(1.5E+03)", "-1500", 0],
  ])("%j → %s (%d decimals)", (text, value, decimals) => {
    const n = parseNumberText(text);
    expect(n.kind).toBe("number");
    expect(n.value?.toString()).toBe(new Decimal(value).toString());
    expect(n.decimals).toBe(decimals);
  });

  test("the radius of a tiny figure is half its last shown digit", () => {
    expect(radius(parseNumberText("1.23E-05")).toString()).toBe("5e-8");
  });

  test.each(["E+308", "1E+", "1E+99999", "1.2.3E4", "12E3x"])("%j is text", (text) => {
    expect(parseNumberText(text).kind).toBe("text");
  });
});

describe("General, as Excel shows it in a standard column", () => {
  test.each([
    [1.234567e-5, "1.23457E-05"],
    [0.0001234567, "0.000123457"],
    [0.00001, "0.00001"],
    [1.234567e-10, "1.23457E-10"],
    [1e-10, "1E-10"],
    [99999999999, "99999999999"],
    [12345678901.5, "12345678902"],
    [99999999999.6, "1E+11"],
    [-1234.5678912345, "-1234.567891"],
    [9.999995e20, "1E+21"],
    [1.7976931348623157e308, "1.79769E+308"],
  ])("%d shows %j", (value, text) => {
    expect(formatNumber(value, "General")).toBe(text);
  });
});

describe("formatting then parsing keeps a double within the precision shown", () => {
  // Excel rounds the double to 15 significant digits first, then to what the format shows: the text is within
  // half a unit of its last digit of that 15-digit reading, so within that plus half a unit of the 15th digit
  // of the double itself.
  const fifteenDigitSlack = (v: number) => (v === 0 ? new Exact(0) : new Exact(10).pow(new Exact(Math.abs(v)).e - 14).dividedBy(2));
  test.each(["General", "0.00", "#,##0.00"])("under %j, for any finite double", (format) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const n = numFromCell(v, format);
        expect(n.kind).toBe("number");
        const error = new Exact(n.value!.toString()).minus(exactValue(v)).abs();
        const bound = halfUnitShown(n.text).plus(fifteenDigitSlack(v));
        if (error.gt(bound)) throw new Error(`${v} under ${format} shows ${n.text}: off by ${error.toExponential(3)} > ${bound.toExponential(3)}`);
        if (format === "General") expect(n.text.replace("-", "").length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 3000 },
    );
  });

  test("the exact-value helper is exact", () => {
    expect(exactValue(0.1).toString()).toBe("0.1000000000000000055511151231257827021181583404541015625");
    expect(exactValue(5e-324).toExponential(5)).toBe("4.94066e-324");
    expect(exactValue(-2).toString()).toBe("-2");
  });
});

describe("formatFigure: a computed figure in the style of the cells it is compared with", () => {
  const grouped = { decimals: 2, thousands: true, percent: false };
  test.each([
    ["10602.1", grouped, "10,602.10"],
    ["-1999.99", grouped, "-1,999.99"],
    ["0.005", { ...grouped, decimals: 3 }, "0.005"],
    ["10602.1", { ...grouped, thousands: false }, "10602.10"],
    ["0.9574", { decimals: 4, thousands: false, percent: true }, "95.74%"],
    ["1e308", grouped, "1E+308"],
    ["-1.79769313486232e308", grouped, "-1.79769313486232E+308"],
    ["4.94066e-324", grouped, "4.94066E-324"],
    ["0", grouped, "0.00"],
    ["0.0000001", grouped, "0.0000001"],
    ["-0.004", { decimals: 2, thousands: false, percent: true }, "-0.4%"],
    ["1.5e-10", grouped, "1.5E-10"],
  ])("%s → %j", (value, style, text) => {
    expect(formatFigure(new Decimal(value), style)).toBe(text);
  });
});
