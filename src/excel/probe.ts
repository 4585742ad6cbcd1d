// Completes what the adapter knows about a set of cells before it writes them: fills, notes and contents it
// did not read with the workbook are read now, in as few syncs as the response budget allows (usually none).

import { CellRef, cellA1, cellKey, RangeRef, rangeA1 } from "../core/grid/address";
import { cellsToAreas } from "../core/plan/chunk";
import { Aspect, CellState, ContentState, FillState, NoteState } from "../host/cell-state";
import { HostContext, HostNote, HostProtection, HostRange, HostWorksheet } from "./host";
import { KnownState } from "../host/known-state";
import { FILL_READ_BUDGET_CELLS, NOTE_PROBE_BUDGET } from "./limits";
import { FILL_REQUEST, fillStateOf } from "./read-workbook";
import { cellValueOf } from "./sheet-from-host";

export interface ProbeResult {
  /** Current state of every requested cell, for the requested aspects. */
  readonly states: Map<string, CellState>;
  /** Sheets found protected (only those listed in `checkProtection`). */
  readonly protectedSheets: ReadonlySet<string>;
  readonly syncs: number;
}

interface Job {
  readonly cells: number;
  readonly actions: number;
  queue(sheet: HostWorksheet): () => void;
  readonly sheet: string;
}

export async function probeStates(
  context: HostContext,
  known: KnownState,
  wanted: readonly { cell: CellRef; aspects: readonly Aspect[] }[],
  checkProtection: readonly string[] = [],
): Promise<ProbeResult> {
  const jobs = [
    ...fillJobs(known, wanted.filter((w) => w.aspects.includes("fill") && !known.fill(w.cell)).map((w) => w.cell)),
    ...noteJobs(known, wanted.filter((w) => w.aspects.includes("note") && known.note(w.cell) === undefined).map((w) => w.cell)),
    ...contentJobs(known, wanted.filter((w) => w.aspects.includes("content") && !known.content(w.cell)).map((w) => w.cell)),
  ];
  const sheets = new Map<string, HostWorksheet>();
  const sheetProxy = (name: string) => {
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = context.workbook.worksheets.getItem(name)));
    return s;
  };
  const protections = checkProtection.map((name) => [name, sheetProxy(name).protection.load("protected")] as [string, HostProtection]);
  let syncs = 0;
  let pending: (() => void)[] = [];
  let cells = 0;
  let actions = 0;
  const flush = async () => {
    await context.sync();
    syncs++;
    for (const apply of pending) apply();
    pending = [];
    cells = 0;
    actions = 0;
  };
  for (const job of jobs) {
    if (pending.length && (cells + job.cells > FILL_READ_BUDGET_CELLS || actions + job.actions > NOTE_PROBE_BUDGET)) await flush();
    pending.push(job.queue(sheetProxy(job.sheet)));
    cells += job.cells;
    actions += job.actions;
  }
  if (pending.length || protections.length) await flush();
  const protectedSheets = new Set(protections.filter(([, p]) => p.protected).map(([name]) => name));
  const states = new Map<string, CellState>();
  for (const w of wanted) {
    const state: { cell: CellRef; fill?: FillState; note?: NoteState; content?: ContentState } = { cell: w.cell };
    if (w.aspects.includes("fill")) state.fill = known.fill(w.cell);
    if (w.aspects.includes("note")) state.note = known.note(w.cell);
    if (w.aspects.includes("content")) state.content = known.content(w.cell);
    states.set(cellKey(w.cell), state);
  }
  return { states, protectedSheets, syncs };
}

/** Rectangles to read for the given cells: their bounding box when it is dense enough, else exact areas. */
function readAreas(cells: readonly CellRef[]): RangeRef[] {
  const bySheet = new Map<string, CellRef[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  const out: RangeRef[] = [];
  for (const [sheet, list] of bySheet) {
    const box = list.reduce(
      (b, c) => ({ sheet, top: Math.min(b.top, c.row), left: Math.min(b.left, c.col), bottom: Math.max(b.bottom, c.row), right: Math.max(b.right, c.col) }),
      { sheet, top: Infinity, left: Infinity, bottom: -1, right: -1 } as RangeRef,
    );
    const boxCells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    const areas = boxCells <= 4 * list.length ? [box] : cellsToAreas(sheet, list);
    for (const a of areas) out.push(...rowBands(a));
  }
  return out;
}

function rowBands(area: RangeRef): RangeRef[] {
  const width = area.right - area.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(FILL_READ_BUDGET_CELLS / width));
  const out: RangeRef[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerBand) {
    out.push({ ...area, top, bottom: Math.min(area.bottom, top + rowsPerBand - 1) });
  }
  return out;
}

function areaCells(a: RangeRef): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

function fillJobs(known: KnownState, cells: readonly CellRef[]): Job[] {
  return readAreas(cells).map((area) => ({
    sheet: area.sheet,
    cells: areaCells(area),
    actions: 2,
    queue: (sheet) => {
      const props = sheet.getRange(rangeA1(area)).getCellProperties(FILL_REQUEST);
      return () => known.addFills(area, props.value.map((row) => row.map(fillStateOf)));
    },
  }));
}

function noteJobs(known: KnownState, cells: readonly CellRef[]): Job[] {
  return cells.map((cell) => ({
    sheet: cell.sheet,
    cells: 1,
    actions: 2,
    queue: (sheet) => {
      const note: HostNote = sheet.notes.getItemOrNullObject(cellA1(cell)).load("content");
      return () => known.setNote(cell, note.isNullObject ? null : note.content);
    },
  }));
}

function contentJobs(known: KnownState, cells: readonly CellRef[]): Job[] {
  return readAreas(cells).map((area) => ({
    sheet: area.sheet,
    cells: areaCells(area),
    actions: 2,
    queue: (sheet) => {
      const range: HostRange = sheet.getRange(rangeA1(area)).load("values, valueTypes, formulas, numberFormat");
      return () => {
        range.values.forEach((row, i) => row.forEach((v, j) => {
          const f = range.formulas[i][j];
          known.setContent({ sheet: area.sheet, row: area.top + i, col: area.left + j }, {
            value: cellValueOf(v, range.valueTypes[i][j]),
            formula: typeof f === "string" && f.startsWith("=") && f !== v ? f : "",
            numberFormat: String(range.numberFormat[i][j] || "General"),
          });
        }));
      };
    },
  }));
}
