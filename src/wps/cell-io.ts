// Reads the state of the cells a change is about to write (fill, comment, content) and runs the write plan.
// Sheet objects are looked up once per sheet; fills are first asked of whole rectangles (one call says "none of
// these cells has a fill"), comments of whole sheets (Comments.Count 0 says "none has a comment").

import { CellRef, cellA1, cellKey, rangeA1 } from "../core/grid/address";
import { cellsToAreas } from "../core/plan/chunk";
import { GridSheet, formulaAt, valueAt } from "../core/grid/grid";
import { Aspect, CellState, ContentState, FillState, NoteState } from "../host/cell-state";
import { valueForWrite } from "../host/value-for-write";
import { WriteOp } from "../host/write-plan";
import { EtWorkbook, EtWorksheet } from "./et";
import { NO_FILL, readFill, writeFill } from "./fill-state";
import { formatOf } from "./read-book";
import { xlNone } from "./xl";

/** A Range() address longer than 255 characters is refused (as in VBA): multi-area lists stay below. */
export const MAX_RANGE_CHARS = 250;

export class SheetCache {
  private readonly sheets = new Map<string, EtWorksheet>();
  constructor(readonly book: EtWorkbook) {}
  get(name: string): EtWorksheet {
    let ws = this.sheets.get(name);
    if (!ws) this.sheets.set(name, (ws = this.book.Worksheets.Item(name)));
    return ws;
  }
}

export interface Wanted {
  readonly cell: CellRef;
  readonly aspects: readonly Aspect[];
}

/** Current state of each wanted cell; contents come from the grid just read (formats are read here). */
export function probeStates(sheets: SheetCache, wanted: readonly Wanted[], grid?: ReadonlyMap<string, GridSheet>): Map<string, CellState> {
  const states = new Map<string, CellState>();
  const fills = readFills(sheets, wanted.filter((w) => w.aspects.includes("fill")).map((w) => w.cell));
  const noteless = new Map<string, boolean>();
  for (const w of wanted) {
    const state: { cell: CellRef; fill?: FillState; note?: NoteState; content?: ContentState } = { cell: w.cell };
    const ws = () => sheets.get(w.cell.sheet);
    if (w.aspects.includes("fill")) state.fill = fills.get(cellKey(w.cell));
    if (w.aspects.includes("note")) {
      let none = noteless.get(w.cell.sheet);
      if (none === undefined) noteless.set(w.cell.sheet, (none = ws().Comments.Count === 0));
      state.note = none ? null : readNote(ws(), w.cell);
    }
    if (w.aspects.includes("content")) state.content = readContent(ws(), w.cell, grid?.get(w.cell.sheet));
    states.set(cellKey(w.cell), state);
  }
  return states;
}

function readNote(ws: EtWorksheet, cell: CellRef): NoteState {
  const comment = ws.Range(cellA1(cell)).Comment;
  return comment ? comment.Text() : null;
}

function readContent(ws: EtWorksheet, cell: CellRef, sheet: GridSheet | undefined): ContentState {
  const range = ws.Range(cellA1(cell));
  const numberFormat = formatOf(range.NumberFormat);
  if (sheet) return { value: valueAt(sheet, cell.row, cell.col), formula: formulaAt(sheet, cell.row, cell.col), numberFormat };
  const formula = range.Formula;
  const v = range.Value2;
  const f = typeof formula === "string" && formula.startsWith("=") && formula !== v ? formula : "";
  return { value: v === undefined || v === null || v === "" ? (f ? "" : null) : (v as ContentState["value"]), formula: f, numberFormat };
}

function readFills(sheets: SheetCache, cells: readonly CellRef[]): Map<string, FillState> {
  const out = new Map<string, FillState>();
  const bySheet = new Map<string, CellRef[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [name, list] of bySheet) {
    const ws = sheets.get(name);
    // One rectangle at a time (not a multi-area list, whose combined read WPS may not define): xlNone for the
    // whole rectangle means none of its cells has a fill; anything else (null when mixed) is read cell by cell.
    for (const area of cellsToAreas(name, list)) {
      const none = ws.Range(rangeA1(area)).Interior.Pattern === xlNone;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = { sheet: name, row: r, col: c };
          out.set(cellKey(cell), none ? NO_FILL : readFill(ws.Range(cellA1(cell)).Interior));
        }
      }
    }
  }
  return out;
}

/** Runs the write plan; throws what WPS throws (the caller rolls back). */
export function executeWrites(sheets: SheetCache, ops: readonly WriteOp[]): void {
  for (const op of ops) {
    const ws = sheets.get(op.sheet);
    switch (op.kind) {
      case "fill":
        writeFill(ws.Range(op.addresses).Interior, op.write);
        break;
      case "note-add":
        ws.Range(op.address).AddComment(op.text);
        break;
      case "note-set":
        ws.Range(op.address).Comment?.Text(op.text);
        break;
      case "note-delete":
        ws.Range(op.address).Comment?.Delete();
        break;
      case "content": {
        const range = ws.Range(op.address);
        range.NumberFormat = op.content.numberFormat;
        if (op.content.formula) range.Formula = op.content.formula;
        else range.Value2 = valueForWrite(op.content.value, op.content.numberFormat);
        break;
      }
    }
  }
}
