// The in-memory workbook behind the fake: cells (value, formula, number format, fill), notes, merges and
// protection per sheet. Proxies read and write it only while a sync executes their queued actions.

import { RangeRef, toA1 } from "../../../src/core/grid/address";
import { CellValue } from "../../../src/core/grid/grid";
import { FillPattern } from "../../../src/excel/host";
import { FakeEvents } from "./events";

export interface FakeFill {
  pattern: FillPattern;
  color: string;
  tintAndShade: number;
  patternColor: string;
  patternTintAndShade: number;
}

export function noFill(): FakeFill {
  // "No fill" reads back as white, like Excel: only the pattern tells it from a white fill.
  return { pattern: "None", color: "#FFFFFF", tintAndShade: 0, patternColor: "#000000", patternTintAndShade: 0 };
}

export interface FakeCell {
  /** Constant or cached formula result; null when empty. */
  value: CellValue;
  /** "=…" or "" for a constant. */
  formula: string;
  numberFormat: string;
  fill: FakeFill;
}

function blankCell(): FakeCell {
  return { value: null, formula: "", numberFormat: "General", fill: noFill() };
}

const WIDTH = 16384;

export class FakeSheet {
  private readonly cells = new Map<number, FakeCell>();
  readonly notes = new Map<string, string>();
  merges: RangeRef[] = [];
  protected = false;
  /** Worksheet.visibility (ExcelApi 1.1): a workbook always keeps one visible sheet. */
  visibility: SheetVisibility = "Visible";

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(row * WIDTH + col) ?? blankCell();
  }

  /** The stored cell, created on first write. */
  mutableCell(row: number, col: number): FakeCell {
    const key = row * WIDTH + col;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = blankCell()));
    return c;
  }

  forEachCell(fn: (row: number, col: number, cell: FakeCell) => void): void {
    for (const [key, cell] of this.cells) fn(Math.floor(key / WIDTH), key % WIDTH, cell);
  }

  /** Smallest rectangle holding every value (valuesOnly) or every value or non-default format; undefined when blank. */
  usedArea(valuesOnly: boolean): RangeRef | undefined {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.forEachCell((row, col, c) => {
      const counts = c.value !== null || c.formula !== "" ||
        (!valuesOnly && (c.fill.pattern !== "None" || c.numberFormat !== "General"));
      if (!counts) return;
      top = Math.min(top, row); left = Math.min(left, col);
      bottom = Math.max(bottom, row); right = Math.max(right, col);
    });
    return bottom < 0 ? undefined : { sheet: this.name, top, left, bottom, right };
  }
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSelection {
  readonly sheet: string;
  readonly address: string;
}

/** A comparable picture of everything the fake stores, for "nothing changed" assertions. */
export interface BookDump {
  readonly sheets: readonly {
    name: string;
    protected: boolean;
    visibility: SheetVisibility;
    cells: Record<string, FakeCell>;
    notes: Record<string, string>;
    merges: string[];
  }[];
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  private nextId = 1;
  activeSheetId = 0;
  selection: FakeSelection | undefined;
  /** While true every sync fails with InvalidOperationInCellEditMode and runs nothing. */
  cellEditMode = false;
  /** Worksheet event handlers (they outlive the Excel.run that registered them). */
  readonly events = new FakeEvents();

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.nextId++, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  dump(): BookDump {
    return {
      sheets: this.sheets.map((s) => {
        const cells: Record<string, FakeCell> = {};
        const keys: [number, number][] = [];
        s.forEachCell((r, c) => keys.push([r, c]));
        keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (const [r, c] of keys) {
          const cell = s.cell(r, c);
          const blank = cell.value === null && cell.formula === "" && cell.numberFormat === "General" &&
            JSON.stringify(cell.fill) === JSON.stringify(noFill());
          if (!blank) cells[toA1(r, c)] = structuredClone(cell);
        }
        return {
          name: s.name,
          protected: s.protected,
          visibility: s.visibility,
          cells,
          notes: Object.fromEntries([...s.notes].sort(([a], [b]) => a.localeCompare(b))),
          merges: s.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
        };
      }),
    };
  }
}
