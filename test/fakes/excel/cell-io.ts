// How Excel turns what a range reports into arrays and what an add-in writes back into cells.

import { formatNumber } from "../../../src/core/numbers/format";
import { CellValue, isCellError } from "../../../src/core/grid/grid";
import { FakeOfficeError } from "./errors";
import { FakeCell } from "./state";

export function reportedValue(c: FakeCell): unknown {
  if (c.value === null) return "";
  return isCellError(c.value) ? c.value.error : c.value;
}

export function reportedType(c: FakeCell): string {
  const v = c.value;
  if (v === null) return "Empty";
  if (isCellError(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function reportedFormula(c: FakeCell): unknown {
  return c.formula || reportedValue(c);
}

export function reportedText(c: FakeCell): string {
  const v = c.value;
  if (v === null) return "";
  if (typeof v === "number") return formatNumber(v, c.numberFormat);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return v;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Writes one entry of a values/formulas array: null leaves the cell alone, "" empties it, "'…" is text, "=…" a
 * formula (left uncalculated: the fake has no calc engine), numeric text becomes a number unless the cell is
 * formatted as text.
 */
export function writeEntry(cell: FakeCell, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  if (typeof entry === "number" || typeof entry === "boolean") {
    cell.value = entry;
    cell.formula = "";
    return;
  }
  if (typeof entry !== "string") throw new FakeOfficeError("InvalidArgument", `fake: cannot write ${typeof entry}`);
  cell.formula = "";
  let value: CellValue = entry;
  if (entry === "") value = null;
  else if (entry.startsWith("'")) value = entry.slice(1);
  else if (entry.startsWith("=")) {
    cell.formula = entry;
    value = null;
  } else if (cell.numberFormat !== "@" && NUMBER.test(entry.trim())) value = Number(entry);
  else if (cell.numberFormat !== "@" && /^(true|false)$/i.test(entry)) value = entry.toUpperCase() === "TRUE";
  cell.value = value;
}
