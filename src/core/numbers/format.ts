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

/** The General format: up to 11 significant characters, trailing zeros dropped. */
function generalText(value: number): string {
  if (value === 0) return "0";
  // Most cells hold short figures (2, 10584.32): the shortest 15-digit reading is already the answer.
  const short = String(Number(value.toPrecision(15)));
  if (short.length <= 11 && !short.includes("e")) return short;
  const d = excelDecimal(value);
  const abs = d.abs();
  if (abs.gte(1e11) || abs.lt(1e-9)) return d.toSignificantDigits(6).toExponential().toUpperCase();
  const intDigits = abs.gte(1) ? abs.trunc().toString().length : 1;
  const maxDecimals = Math.max(0, 10 - intDigits);
  return d.toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP).toString();
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

function layout(fixed: string, negative: boolean, info: NumberFormatInfo): string {
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
