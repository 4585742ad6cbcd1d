// What the adapter already knows about cells without asking Excel again: fills, notes and contents read in the
// same sync as the workbook, or by an earlier probe. A cell it does not know about must be probed before a write.

import { CellRef, cellKey, RangeRef } from "../core/grid/address";
import { formatAt, formulaAt, GridSheet, valueAt } from "../core/grid/grid";
import { ContentState, FillState, NoteState } from "./cell-state";

interface FillBlock {
  readonly area: RangeRef;
  readonly rows: readonly (readonly FillState[])[];
}

export class KnownState {
  private readonly fillBlocks = new Map<string, FillBlock[]>();
  private readonly notes = new Map<string, NoteState>();
  private readonly noteCounts = new Map<string, number>();
  private readonly sheets = new Map<string, GridSheet>();
  private readonly contents = new Map<string, ContentState>();

  addFills(area: RangeRef, rows: readonly (readonly FillState[])[]): void {
    const list = this.fillBlocks.get(area.sheet) ?? [];
    list.push({ area, rows });
    this.fillBlocks.set(area.sheet, list);
  }

  private readonly notesSeen = new Map<string, number>();

  setNote(cell: CellRef, note: NoteState): void {
    const key = cellKey(cell);
    const had = this.notes.has(key) && this.notes.get(key) !== null;
    const delta = (note !== null ? 1 : 0) - (had ? 1 : 0);
    this.notesSeen.set(cell.sheet, (this.notesSeen.get(cell.sheet) ?? 0) + delta);
    this.notes.set(key, note);
  }

  /** How many notes a sheet has (NoteCollection.getCount). */
  setNoteCount(sheet: string, count: number): void {
    this.noteCounts.set(sheet, count);
  }

  /** A sheet's values-only used range as read: contents inside it are known. */
  addSheet(sheet: GridSheet): void {
    this.sheets.set(sheet.name, sheet);
  }

  fill(cell: CellRef): FillState | undefined {
    for (const b of this.fillBlocks.get(cell.sheet) ?? []) {
      const row = b.rows[cell.row - b.area.top];
      const fill = row?.[cell.col - b.area.left];
      if (fill) return fill;
    }
    return undefined;
  }

  /** Known when probed, or when every note the sheet has is accounted for (then any other cell has none). */
  note(cell: CellRef): NoteState | undefined {
    const key = cellKey(cell);
    if (this.notes.has(key)) return this.notes.get(key);
    const count = this.noteCounts.get(cell.sheet);
    if (count === undefined) return undefined;
    return (this.notesSeen.get(cell.sheet) ?? 0) >= count ? null : undefined;
  }

  setContent(cell: CellRef, content: ContentState): void {
    this.contents.set(cellKey(cell), content);
  }

  content(cell: CellRef): ContentState | undefined {
    const probed = this.contents.get(cellKey(cell));
    if (probed) return probed;
    const sheet = this.sheets.get(cell.sheet);
    if (!sheet || sheet.values.length === 0) return undefined;
    const inside = cell.row >= sheet.top && cell.row < sheet.top + sheet.values.length &&
      cell.col >= sheet.left && cell.col < sheet.left + (sheet.values[0]?.length ?? 0);
    if (!inside) return undefined;
    return {
      value: valueAt(sheet, cell.row, cell.col),
      formula: formulaAt(sheet, cell.row, cell.col),
      numberFormat: formatAt(sheet, cell.row, cell.col),
    };
  }
}
