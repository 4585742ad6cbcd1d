// What Excel shows for a number under a number format — the text every amount is parsed from.
// Covers the formats disclosure tables use (General, 0.00, #,##0.00, percents, accounting with "-" for zero);
// anything exotic falls back to General, which is what a reviewer would read off the value anyway.

import Decimal from "decimal.js";

export interface NumberFormatInfo {
  /** Digits after the decimal point the format shows; undefined for General. */
  readonly decimals: number | undefined;
  readonly percent: boolean;
  readonly thousands: boolean;
  /** The text shown for an exact zero when the format has a zero section such as "-". */
  readonly zeroText: string | undefined;
  readonly negativeInParens: boolean;
  readonly isText: boolean;
}

const cache = new Map<string, NumberFormatInfo>();

/** Splits a format code on ";" outside quotes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\" && i + 1 < code.length && !quoted) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted literals, escapes, brackets and padding so only the digit pattern remains. */
function pattern(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

function literalZero(section: string): string | undefined {
  // "??" in a zero section is only alignment padding (accounting formats: _ * "-"??_ ).
  const p = pattern(section);
  if (/[0#]/.test(p)) return undefined;
  const lits = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const escaped = [...section.matchAll(/\\(.)/g)].map((m) => m[1]).join("");
  const text = (lits + escaped).trim();
  return text || undefined;
}

export function formatInfo(code: string | undefined): NumberFormatInfo {
  const key = code ?? "General";
  const hit = cache.get(key);
  if (hit) return hit;
  const parts = sections(key);
  const first = pattern(parts[0] ?? "");
  const general = /^\s*general\s*$/i.test(parts[0] ?? "") || !/[0#?]/.test(first);
  const isText = parts.length === 1 && (parts[0] ?? "").trim() === "@";
  const dot = first.indexOf(".");
  let decimals: number | undefined;
  if (!general) {
    decimals = 0;
    if (dot >= 0) {
      const after = first.slice(dot + 1);
      const m = /^[0#?]*/.exec(after);
      decimals = m ? m[0].length : 0;
    }
  }
  const info: NumberFormatInfo = {
    decimals,
    percent: !general && first.includes("%"),
    thousands: !general && /[0#?],[0#?]/.test(first),
    zeroText: parts.length >= 3 ? literalZero(parts[2]) : undefined,
    negativeInParens: parts.length >= 2 && /\(/.test(pattern(parts[1])),
    isText,
  };
  cache.set(key, info);
  return info;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Excel keeps 15 significant digits; rounding starts from that, so 1.005 shows as 1.01. */
export function excelDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) return new Decimal(0);
  return new Decimal(value.toPrecision(15));
}

/**
 * Scientific notation as Excel writes it: at most `significant` digits, trailing zeros dropped, "E", a sign and
 * at least two exponent digits — 1E+308, 4.94066E-324, 1.23E-05.
 */
export function scientificText(value: Decimal, significant: number): string {
  const [mantissa, exponent] = value.toSignificantDigits(significant, Decimal.ROUND_HALF_UP).toExponential().split("e");
  const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${m}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
}

/** Widest text the General format shows, sign not counted (a standard column). */
const GENERAL_WIDTH = 11;

/** d rounded half-up to `decimals` places, trailing zeros dropped. */
function trimmedFixed(d: Decimal, decimals: number): string {
  const s = d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/**
 * The General format, as Excel shows it in a standard column (after SheetJS SSF's reading of ECMA-376 18.8.30):
 * up to 11 characters, sign not counted, trailing zeros dropped. From 1E+11 up and below 1E-09, and wherever a
 * small number's digits do not fit, scientific with 6 significant digits: 1.23457E+11, 1.23457E-05, 1E+308.
 */
function generalText(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return "0";
  // Most cells hold short figures (2, 10584.32): the shortest 15-digit reading is already the answer.
  // (Near the largest double the 15-digit reading overflows a double: 1.79769313486232E+308.)
  const n = Number(value.toPrecision(15));
  const short = String(n);
  if (Number.isFinite(n) && short.replace("-", "").length <= GENERAL_WIDTH && !short.includes("e")) return short;
  const d = excelDecimal(value);
  const abs = d.abs();
  const sign = d.isNegative() ? "-" : "";
  const e = abs.e; // exponent of the leading digit
  let fixed: string | undefined;
  if (e >= 0 && e <= 10) fixed = trimmedFixed(abs, Math.max(0, 9 - e));
  else if (e >= -4 && e < 0) fixed = trimmedFixed(abs, 9);
  else if (e >= -9 && e < 0) fixed = trimmedFixed(abs, 12);
  if (fixed !== undefined && fixed.length <= GENERAL_WIDTH) return sign + fixed;
  return sign + scientificText(abs, 6);
}

/**
 * |value| to `decimals` places without decimal.js when no rounding is needed — the common case of an amount
 * typed to the cents it is shown with. Undefined when the 15-digit reading has more digits than shown.
 */
function fixedWithoutRounding(value: number, decimals: number): string | undefined {
  const s = Math.abs(value).toPrecision(15);
  if (s.includes("e")) return undefined;
  const dot = s.indexOf(".");
  if (dot < 0) return decimals > 0 ? `${s}.${"0".repeat(decimals)}` : s;
  const frac = s.slice(dot + 1);
  for (let i = decimals; i < frac.length; i++) if (frac[i] !== "0") return undefined;
  return decimals > 0 ? `${s.slice(0, dot)}.${frac.slice(0, decimals).padEnd(decimals, "0")}` : s.slice(0, dot);
}

function layout(fixed: string, negative: boolean, info: Pick<NumberFormatInfo, "thousands" | "percent" | "negativeInParens">): string {
  const [intPart, frac] = fixed.split(".");
  let body = info.thousands ? groupThousands(intPart) : intPart;
  if (frac !== undefined) body += "." + frac;
  if (info.percent) body += "%";
  if (!negative) return body;
  return info.negativeInParens ? `(${body})` : `-${body}`;
}

/** The text Excel would display for a number under the given format. */
export function formatNumber(value: number, code: string | undefined): string {
  const info = formatInfo(code);
  if (info.decimals === undefined || info.isText) return generalText(value);
  if (!info.percent) {
    const fast = fixedWithoutRounding(value, info.decimals);
    if (fast !== undefined) {
      const zero = !/[1-9]/.test(fast);
      if (zero && info.zeroText !== undefined) return info.zeroText;
      return layout(fast, value < 0 && !zero, info);
    }
  }
  let d = excelDecimal(value);
  if (info.percent) d = d.times(100);
  const rounded = d.toDecimalPlaces(info.decimals, Decimal.ROUND_HALF_UP);
  if (rounded.isZero() && info.zeroText !== undefined) return info.zeroText;
  const negative = rounded.isNegative() && !rounded.isZero();
  return layout(rounded.abs().toFixed(info.decimals), negative, info);
}

/** How a message writes a figure: the decimals, grouping and percent sign of the cells it speaks of. */
export interface FigureStyle {
  /** Decimals counted on the value, as in Num (a percent 95.74% has 4 on 0.9574). */
  readonly decimals: number;
  readonly thousands: boolean;
  readonly percent: boolean;
}

/** Longest figure a message writes out in full ("-999,999,999,999,999.99" is 23 characters). */
export const LONGEST_FIGURE = 24;

/**
 * A figure written the way the workbook shows the cells it is compared with, so that a message reads in one style
 * ("应为 10,602.10，实为 10,602.11"). Rounded half-up to the style's decimals; a figure longer than LONGEST_FIGURE
 * (a value near 1E+308 under a fixed format) is written in scientific notation with 15 significant digits. A figure
 * too small to show at those decimals is never written as a zero it is not: with the decimals it needs (0.0000001),
 * or past 9 of them as General would write it (4.94066E-324).
 */
export function formatFigure(value: Decimal, style: FigureStyle): string {
  const v = style.percent ? value.times(100) : value;
  const decimals = Math.max(0, style.percent ? style.decimals - 2 : style.decimals);
  const rounded = v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const suffix = style.percent ? "%" : "";
  if (rounded.isZero() && !v.isZero()) {
    const needed = -v.e; // the place of the first significant digit
    if (needed > 9) return scientificText(v, 6) + suffix;
    return formatFigure(value, { ...style, decimals: needed + (style.percent ? 2 : 0) });
  }
  const negative = rounded.isNegative() && !rounded.isZero();
  const text = layout(rounded.abs().toFixed(decimals), negative, { ...style, negativeInParens: false });
  if (text.length <= LONGEST_FIGURE) return text;
  return scientificText(v, 15) + suffix;
}
