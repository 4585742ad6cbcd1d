// Is a formula already in a cell the same as the one the plan would write? Text equality after tidying
// (case, spaces, $, the own sheet's prefix), or — for plain sums — the same cells added: =A1+A2+A3,
// =SUM(A1:A3) and =SUM(A1,A2,A3) are one formula to a reader, so none of them is a conflict.

import { columnLetters, parseA1 } from "../grid/address";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function tidyFormula(formula: string, sheet: string): string {
  let f = formula.trim().replace(/^=/, "").replace(/\$/g, "");
  const own = [`'${sheet.replace(/'/g, "''")}'!`, `${sheet}!`];
  for (const prefix of own) f = f.replace(new RegExp(escapeRegExp(prefix), "g"), "");
  return f.replace(/\s+/g, "").toUpperCase();
}

/** The cells a pure sum adds, with their signs; undefined for anything that is not a sum of references. */
function sumTerms(tidy: string): Map<string, number> | undefined {
  const terms = new Map<string, number>();
  const add = (a1: string, sign: number) => terms.set(a1, (terms.get(a1) ?? 0) + sign);
  let rest = tidy;
  let sign = 1;
  while (rest.length > 0) {
    const sum = /^SUM\(([^()]*)\)/.exec(rest);
    const ref = /^([A-Z]{1,3}\d+)(?::([A-Z]{1,3}\d+))?/.exec(rest);
    if (sum) {
      for (const arg of sum[1].split(",")) {
        const cells = expand(arg);
        if (!cells) return undefined;
        cells.forEach((c) => add(c, sign));
      }
      rest = rest.slice(sum[0].length);
    } else if (ref) {
      const cells = expand(ref[0]);
      if (!cells || ref[2]) return undefined; // a bare range outside SUM is not a sum
      cells.forEach((c) => add(c, sign));
      rest = rest.slice(ref[0].length);
    } else return undefined;
    if (rest.length === 0) break;
    if (rest[0] !== "+" && rest[0] !== "-") return undefined;
    sign = rest[0] === "+" ? 1 : -1;
    rest = rest.slice(1);
  }
  for (const [k, v] of terms) if (v === 0) terms.delete(k);
  return terms;
}

function expand(arg: string): string[] | undefined {
  const [a, b] = arg.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  const out: string[] = [];
  if ((end.row - start.row + 1) * (end.col - start.col + 1) > 10_000) return undefined;
  for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) {
    for (let c = Math.min(start.col, end.col); c <= Math.max(start.col, end.col); c++) out.push(`${columnLetters(c)}${r + 1}`);
  }
  return out;
}

export function equivalentFormula(existing: string, planned: string, sheet: string): boolean {
  const a = tidyFormula(existing, sheet);
  const b = tidyFormula(planned, sheet);
  if (a === b) return true;
  const ta = sumTerms(a);
  const tb = sumTerms(b);
  if (!ta || !tb || ta.size !== tb.size) return false;
  for (const [k, v] of ta) if (tb.get(k) !== v) return false;
  return true;
}
