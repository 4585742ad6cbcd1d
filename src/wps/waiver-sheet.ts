// The 忽略并说明 waivers on WPS 表格: one very hidden sheet (not even 取消隐藏 shows it), created when missing,
// its cells formatted as text so that "001" or "=…" in an explanation stay as typed.

import { columnLetters } from "../core/grid/address";
import { WAIVER_SHEET } from "../core/waivers/model";
import { activeBook } from "./actions";
import { EtApplication } from "./et";
import { sheetNames } from "./insert-template";
import { xlSheetVeryHidden } from "./xl";

export function writeWaivers(app: EtApplication, rows: readonly (readonly string[])[]): void {
  const book = activeBook(app);
  const sheets = book.Worksheets;
  const exists = sheetNames(sheets).includes(WAIVER_SHEET);
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    const active = exists ? undefined : book.ActiveSheet;
    const ws = exists ? sheets.Item(WAIVER_SHEET) : sheets.Add(undefined, sheets.Item(sheets.Count));
    if (!exists) ws.Name = WAIVER_SHEET;
    active?.Activate(); // Add made the new sheet active: give the user theirs back
    ws.Visible = xlSheetVeryHidden;
    const used = ws.UsedRange;
    used.Value2 = ""; // rows from an earlier save that the new list no longer has
    const width = Math.max(1, ...rows.map((r) => r.length));
    if (rows.length === 0) return;
    const range = ws.Range(`A1:${columnLetters(width - 1)}${rows.length}`);
    range.NumberFormat = "@";
    range.Value2 = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
  } finally {
    app.ScreenUpdating = screen;
  }
}
