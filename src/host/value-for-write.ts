// What to write so that a spreadsheet stores exactly a given constant. Excel and WPS 表格 coerce text the same
// way (VBA semantics): text that looks like a number, a boolean or a formula needs a leading "'".

import { CellValue, isCellError } from "../core/grid/grid";

const COERCED = /^\s*([+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?|true|false|[=+'@-].*)\s*$/i;

export function valueForWrite(value: CellValue, numberFormat: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isCellError(value)) return value.error;
  if (value.startsWith("'")) return `'${value}`;
  return numberFormat !== "@" && COERCED.test(value) ? `'${value}` : value;
}
