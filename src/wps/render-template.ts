// Draws a scorecard template on a fresh ET worksheet: contents in one Formula write of the whole extent,
// number formats and styles per group of cells (multi-area ranges), the grid, merges, sizes, drop-down lists,
// print set-up.

import { columnLetters, rangeA1 } from "../core/grid/address";
import { addressChunks } from "../core/plan/chunk";
import { Area, CellStyle, ListValidation, SheetTemplate, templateExtent } from "../core/templates/model";
import { valueForWrite } from "../host/value-for-write";
import { MAX_RANGE_CHARS } from "./cell-io";
import { EtRange, EtWorksheet } from "./et";
import { bgrOf } from "./fill-state";
import * as xl from "./xl";

const a1 = (area: Area) => rangeA1({ sheet: "", ...area });

const H_ALIGN = { Left: xl.xlHAlignLeft, Center: xl.xlHAlignCenter, Right: xl.xlHAlignRight } as const;
const V_ALIGN = { Top: xl.xlVAlignTop, Center: xl.xlVAlignCenter, Bottom: xl.xlVAlignBottom } as const;
const EDGES = [xl.xlEdgeTop, xl.xlEdgeBottom, xl.xlEdgeLeft, xl.xlEdgeRight];

function byGroup(cells: readonly { row: number; col: number; key: string | undefined }[]): Map<string, { row: number; col: number }[]> {
  const out = new Map<string, { row: number; col: number }[]>();
  for (const c of cells) {
    if (c.key === undefined) continue;
    const list = out.get(c.key);
    if (list) list.push(c);
    else out.set(c.key, [c]);
  }
  return out;
}

function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.italic !== undefined) range.Font.Italic = style.italic;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.fontColor !== undefined) range.Font.Color = bgrOf(style.fontColor);
  if (style.horizontal !== undefined) range.HorizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical !== undefined) range.VerticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
}

function drawGrid(ws: EtWorksheet, area: Area): void {
  const borders = ws.Range(a1(area)).Borders;
  const inside: number[] = [];
  if (area.right > area.left) inside.push(xl.xlInsideVertical);
  if (area.bottom > area.top) inside.push(xl.xlInsideHorizontal);
  for (const index of [...EDGES, ...inside]) {
    const b = borders.Item(index);
    b.LineStyle = xl.xlContinuous;
    b.Weight = xl.xlThin;
    b.Color = 0;
  }
}

function addValidation(ws: EtWorksheet, v: ListValidation): void {
  const dv = ws.Range(a1(v.area)).Validation;
  const source = "items" in v.source ? v.source.items.join(",") : v.source.formula;
  dv.Add(xl.xlValidateList, v.strict ? xl.xlValidAlertStop : xl.xlValidAlertWarning, xl.xlBetween, source);
  dv.InCellDropdown = true;
  dv.ShowError = true;
  dv.ErrorTitle = "输入有误";
  dv.ErrorMessage = v.error;
  dv.ShowInput = true;
  dv.InputTitle = "填写提示";
  dv.InputMessage = v.prompt;
}

export function renderTemplate(ws: EtWorksheet, t: SheetTemplate): void {
  const extent = templateExtent(t);
  const whole = ws.Range(a1(extent));
  whole.Font.Name = t.font.name;
  whole.Font.Size = t.font.size;
  // Formats before contents, so a figure typed in later is shown as the template means it.
  const formats = byGroup(t.cells.map((c) => ({ row: c.row, col: c.col, key: t.styles[c.style]?.numberFormat })));
  for (const [format, cells] of formats) for (const address of addressChunks("", cells, MAX_RANGE_CHARS)) ws.Range(address).NumberFormat = format;

  const rows = Array.from({ length: extent.bottom + 1 }, () => new Array<string | number>(extent.right + 1).fill(""));
  for (const c of t.cells) {
    if (c.formula) rows[c.row][c.col] = c.formula;
    else if (c.value !== undefined) rows[c.row][c.col] = valueForWrite(c.value, t.styles[c.style]?.numberFormat ?? "General") as string | number;
  }
  whole.Formula = rows;

  for (const [name, cells] of byGroup(t.cells.map((c) => ({ row: c.row, col: c.col, key: c.style })))) {
    const style = t.styles[name];
    if (!style) continue;
    for (const address of addressChunks("", cells, MAX_RANGE_CHARS)) applyStyle(ws.Range(address), style);
  }
  for (const area of t.borders) drawGrid(ws, area);
  for (const m of t.merges) ws.Range(a1(m)).Merge(false);
  // ET's column width unit is the template's: characters of the default font.
  t.columnWidths.forEach((w, col) => (ws.Range(`${columnLetters(col)}:${columnLetters(col)}`).ColumnWidth = w));
  for (const col of t.hiddenColumns) ws.Range(`${columnLetters(col)}:${columnLetters(col)}`).EntireColumn.Hidden = true;
  for (const { row, height } of t.rowHeights) ws.Range(`${row + 1}:${row + 1}`).RowHeight = height;
  for (const v of t.validations) addValidation(ws, v);
  ws.PageSetup.Orientation = t.landscape ? xl.xlLandscape : xl.xlPortrait;
  ws.PageSetup.PrintArea = a1(t.printArea);
}
