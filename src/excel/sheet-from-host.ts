// Turns what Excel reports for a used range into the core's GridSheet. Pure: no Office.js calls here.

import { parseRangeA1, RangeRef } from "../core/grid/address";
import { CellValue, GridSheet } from "../core/grid/grid";

/** What a read loads of a used range (or of a band of its rows). */
export const USED_RANGE_PROPS = "address, values, valueTypes, numberFormat, formulas";

export interface LoadedUsedRange {
  readonly name: string;
  /** "Sheet1!B2:H40" as Range.address reports it. */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  /** RangeAreas.address of the merged areas, when they were read. */
  readonly merges?: string;
}

export function cellValueOf(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}

/** Splits "Sheet1!A1:B2,'My, sheet'!C3" on commas outside quotes. */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function parseMerges(sheet: string, list: string | undefined): RangeRef[] {
  if (!list) return [];
  const out: RangeRef[] = [];
  for (const a of splitAddressList(list)) {
    const r = parseRangeA1(a, sheet);
    if (r) out.push({ ...r, sheet });
  }
  return out;
}

/** A blank sheet reports its used range as the single empty cell A1; it becomes an empty GridSheet. */
export function gridSheetFrom(loaded: LoadedUsedRange): GridSheet {
  const at = parseRangeA1(loaded.address, loaded.name);
  const top = at?.top ?? 0;
  const left = at?.left ?? 0;
  const values = loaded.values.map((row, i) => row.map((v, j) => cellValueOf(v, loaded.valueTypes[i]?.[j])));
  const blank = values.every((row) => row.every((v) => v === null));
  if (blank) return { name: loaded.name, top: 0, left: 0, values: [], formats: [], formulas: [], merges: [] };
  const formats = loaded.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f ? f : "General")));
  // A constant reports itself as its formula; text such as "=" (指标性质) is a constant, not a formula.
  const formulas = loaded.formulas.map((row, i) =>
    row.map((f, j) => (typeof f === "string" && f.startsWith("=") && f !== loaded.values[i]?.[j] ? f : "")));
  // Excel always computes: a formula showing nothing (=IF(…,"",…)) computed empty text. Left null, the core
  // would take it for a formula whose result was never saved.
  const computed = values.map((row, i) => row.map((v, j) => (v === null && formulas[i]?.[j] ? "" : v)));
  return { name: loaded.name, top, left, values: computed, formats, formulas, merges: parseMerges(loaded.name, loaded.merges) };
}
