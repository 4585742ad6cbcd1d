// Queues everything a scorecard template puts on a fresh worksheet — contents, formats, grid, merges, sizes,
// validation lists, print set-up — without syncing: the caller sends it all in one context.sync().
// Cells that share a style are styled together through one multi-area range per style.

import { columnLetters, rangeA1 } from "../core/grid/address";
import { addressChunks } from "../core/plan/chunk";
import { Area, CellStyle, ListValidation, SheetTemplate, templateExtent } from "../core/templates/model";
import { MAX_ADDRESS_CHARS } from "./limits";
import { HostBorderIndex, HostCellFormat, HostTemplateSheet } from "./template-host";

const a1 = (area: Area) => rangeA1({ sheet: "", ...area });

/**
 * Excel's column width unit (characters of the default font) in points, as Excel converts it for Calibri 11:
 * 7 pixels per character plus 5 pixels of padding, at 0.75 points per pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function contentArrays(t: SheetTemplate, extent: Area) {
  const rows = extent.bottom - extent.top + 1;
  const cols = extent.right - extent.left + 1;
  const grid = <V>(fill: V) => Array.from({ length: rows }, () => new Array<V>(cols).fill(fill));
  // null leaves a cell alone: constants go in through `values`, formulas through `formulas`.
  const values = grid<string | number | null>(null);
  const formulas = grid<string | null>(null);
  const formats = grid<string>("General");
  for (const c of t.cells) {
    if (c.formula) formulas[c.row][c.col] = c.formula;
    else if (c.value !== undefined) values[c.row][c.col] = c.value;
    const f = t.styles[c.style]?.numberFormat;
    if (f) formats[c.row][c.col] = f;
  }
  return { values, formulas, formats };
}

function applyStyle(format: HostCellFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal;
  if (style.vertical !== undefined) format.verticalAlignment = style.vertical;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Consecutive numbers as [first, last] runs: 11,12,13 → [11, 13]. */
function runs(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

const EDGES: readonly HostBorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

function drawGrid(sheet: HostTemplateSheet, area: Area): void {
  const borders = sheet.getRange(a1(area)).format.borders;
  const inside: HostBorderIndex[] = [];
  if (area.right > area.left) inside.push("InsideVertical");
  if (area.bottom > area.top) inside.push("InsideHorizontal");
  for (const index of [...EDGES, ...inside]) {
    const b = borders.getItem(index);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = "#000000";
  }
}

function addValidation(sheet: HostTemplateSheet, v: ListValidation): void {
  const dv = sheet.getRange(a1(v.area)).dataValidation;
  const source = "items" in v.source ? v.source.items.join(",") : v.source.formula;
  dv.rule = { list: { inCellDropDown: true, source } };
  dv.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title: "输入有误", message: v.error };
  dv.prompt = { showPrompt: true, title: "填写提示", message: v.prompt };
}

export function queueTemplate(sheet: HostTemplateSheet, t: SheetTemplate): void {
  const extent = templateExtent(t);
  const whole = sheet.getRange(a1(extent));
  const { values, formulas, formats } = contentArrays(t, extent);
  // Formats first, so a figure typed into the sheet later is shown as the template means it.
  whole.numberFormat = formats;
  whole.format.font.name = t.font.name;
  whole.format.font.size = t.font.size;
  whole.values = values;
  whole.formulas = formulas;

  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of t.cells) {
    let cells = byStyle.get(c.style);
    if (!cells) byStyle.set(c.style, (cells = []));
    cells.push({ row: c.row, col: c.col });
  }
  for (const [name, cells] of byStyle) {
    const style = t.styles[name];
    if (!style) continue;
    for (const address of addressChunks("", cells, MAX_ADDRESS_CHARS)) applyStyle(sheet.getRanges(address).format, style);
  }

  for (const area of t.borders) drawGrid(sheet, area);
  for (const m of t.merges) sheet.getRange(a1(m)).merge(false);
  t.columnWidths.forEach((w, col) => (sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = columnWidthPoints(w)));
  for (const [from, to] of runs(t.hiddenColumns)) sheet.getRange(`${columnLetters(from)}:${columnLetters(to)}`).columnHidden = true;
  for (const { row, height } of t.rowHeights) sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  for (const v of t.validations) addValidation(sheet, v);
  sheet.pageLayout.orientation = t.landscape ? "Landscape" : "Portrait";
  sheet.pageLayout.setPrintArea(a1(t.printArea));
}
