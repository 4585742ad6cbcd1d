// Writing the waivers (忽略并说明) into their very-hidden sheet (core/waivers/sheet.ts has the format). Two round
// trips: one asks whether the sheet is there; one creates it when missing (very hidden:
// ExcelApi 1.1, users cannot unhide it from the UI), clears what it held and writes every row as text. No other
// sheet is touched. Reading needs nothing here: 校验 reads every sheet, and the engine finds this one in the grid.

import { toA1 } from "../core/grid/address";
import { WAIVER_SHEET } from "../core/waivers/model";

export type HostVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface WaiverRange {
  values: unknown[][];
  numberFormat: unknown[][];
  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void;
}

export interface WaiverSheet {
  readonly isNullObject: boolean;
  readonly name: string;
  visibility: Excel.SheetVisibility | HostVisibility;
  getRange(address: string): WaiverRange;
  /** On a blank sheet Excel returns A1 rather than a null object, so a clear can be chained in the same batch. */
  getUsedRange(valuesOnly?: boolean): WaiverRange;
  load(propertyNames: string | string[]): unknown;
}

export interface WaiverSheets {
  add(name?: string): WaiverSheet;
  getItemOrNullObject(key: string): WaiverSheet;
}

export interface WaiverHostContext {
  readonly workbook: { readonly worksheets: WaiverSheets };
  sync(): Promise<unknown>;
}

export interface WaiverWrite {
  /** The sheet did not exist and was added (the workbook's sheet list changed). */
  readonly created: boolean;
  readonly syncs: number;
}

/** Text Excel would read as a formula or swallow as a prefix is written behind a "'" (which Excel hides). */
function asText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

export async function writeWaiverSheet(context: WaiverHostContext, rows: readonly (readonly string[])[]): Promise<WaiverWrite> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(WAIVER_SHEET);
  existing.load("name");
  await context.sync();

  const created = existing.isNullObject;
  const sheet = created ? sheets.add(WAIVER_SHEET) : existing;
  if (!created) sheet.getUsedRange(false).clear("All"); // rows of waivers since removed must not linger
  // Hidden from the UI's 取消隐藏 too; set again on an existing sheet in case someone made it visible by VBA.
  sheet.visibility = "VeryHidden";
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length && width > 0) {
    const range = sheet.getRange(`A1:${toA1(rows.length - 1, width - 1)}`);
    range.numberFormat = rows.map(() => Array.from({ length: width }, () => "@"));
    range.values = rows.map((r) => Array.from({ length: width }, (_, c) => asText(r[c] ?? "")));
  }
  await context.sync();
  return { created, syncs: 2 };
}

// Compile-time proof that the real API fits; if @types/office-js drifts, tsc fails here.
type Fits<T extends U, U> = T;
export type RealWaiverContextFits = Fits<Excel.RequestContext, WaiverHostContext>;
