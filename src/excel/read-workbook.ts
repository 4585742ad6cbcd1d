// Reads every sheet into the core's Grid in one sync when the sheet list is known (and verified in that same
// sync); otherwise one sync for the names first. A workbook too big for one response is read in budgeted batches
// (read-batched.ts); the caller can say so up front next time (`batched`) and skip the refused attempts. The same batch reads what a later write needs to snapshot:
// fills of the used cells, protection, note counts and the notes of cells the add-in marked before.

import { CellRef, cellA1, parseRangeA1 } from "../core/grid/address";
import { Grid, GridSheet } from "../core/grid/grid";
import { FillState } from "../host/cell-state";
import { hostErrorCode } from "./errors";
import { Features } from "../host/features";
import { HostCellProps, HostCellPropsRequest, HostClientResult, HostContext, HostNote, HostRange, HostRangeAreas, HostWorksheet } from "./host";
import { KnownState } from "../host/known-state";
import { BatchedRead, readInBatches } from "./read-batched";
import { gridSheetFrom, USED_RANGE_PROPS } from "./sheet-from-host";

export interface ReadOptions {
  /** Sheet names from an earlier read; with them the read takes one sync. */
  readonly sheetNames?: readonly string[];
  /** Cells whose notes to read in the same sync (cells the add-in noted before). */
  readonly noteCells?: readonly CellRef[];
  /** Read the fill of every used cell in the same sync (default true; dropped if the response is too big). */
  readonly fills?: boolean;
  /** Read in budgeted batches straight away (an earlier read of this workbook needed them: see `batched`). */
  readonly batched?: boolean;
  /** Cells per sync when the workbook must be read in batches (tests); READ_BUDGET_CELLS by default. */
  readonly batchCells?: number;
}

export interface WorkbookRead {
  readonly grid: Grid;
  readonly known: KnownState;
  readonly protectedSheets: ReadonlySet<string>;
  readonly sheetNames: readonly string[];
  readonly syncs: number;
  /** The workbook was too big for one response and was read in batches: pass `batched` next time. */
  readonly batched: boolean;
}

export const FILL_REQUEST: HostCellPropsRequest = {
  format: { fill: { color: true, tintAndShade: true, pattern: true, patternColor: true, patternTintAndShade: true } },
};

export interface QueuedSheet {
  readonly name: string;
  readonly sheet: HostWorksheet;
  readonly used: HostRange;
  readonly merges?: HostRangeAreas;
  readonly fills?: HostClientResult<HostCellProps[][]>;
  readonly noteCount?: HostClientResult<number>;
  readonly notes: readonly [CellRef, HostNote][];
}

export async function readWorkbook(context: HostContext, features: Features, options: ReadOptions = {}): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  const noteCells = options.noteCells ?? [];
  let names = options.sheetNames;
  let verify = names !== undefined;
  let withFills = options.fills ?? true;
  let batched = options.batched ?? false;
  let syncs = 0;
  const listChanged = (names: readonly string[]) => worksheets.items.map((s) => s.name).join("\u0000") !== names.join("\u0000");
  for (;;) {
    if (!names) {
      worksheets.load("items/name");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry (≤ 4 rounds), not a sync per item
      await context.sync();
      syncs++;
      names = worksheets.items.map((s) => s.name);
    }
    if (verify) worksheets.load("items/name"); // checked in the same sync as the read
    if (batched) {
      let read: BatchedRead;
      try {
        read = await readInBatches(context, features, names, noteCells, options.batchCells);
      } catch (e) {
        if (hostErrorCode(e) !== "ItemNotFound" || !verify) throw e;
        syncs++;
        names = undefined; // a remembered sheet is gone or renamed
        verify = false;
        continue;
      }
      syncs += read.syncs;
      if (verify && listChanged(names)) {
        names = worksheets.items.map((s) => s.name);
        verify = false;
        continue;
      }
      return { grid: { sheets: read.sheets }, known: read.known, protectedSheets: read.protectedSheets, sheetNames: names, syncs, batched: true };
    }
    const queued = names.map((name) => queueSheet(context, name, features, withFills, noteCells));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- see above
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      const code = hostErrorCode(e);
      if (code === "ResponsePayloadSizeLimitExceeded" && withFills) {
        withFills = false; // fills of the cells actually written are probed later, in budgeted batches
        continue;
      }
      if (code === "ResponsePayloadSizeLimitExceeded") {
        batched = true; // too big even without fills: learn the used ranges' sizes, then read in budgeted batches
        continue;
      }
      if (code === "ItemNotFound" && verify) {
        names = undefined; // a remembered sheet is gone or renamed
        verify = false;
        continue;
      }
      throw e;
    }
    if (verify) {
      verify = false;
      if (listChanged(names)) {
        names = worksheets.items.map((s) => s.name);
        continue;
      }
    }
    return collect(queued, names, syncs);
  }
}

/** Grid only (readWorkbook without the snapshot extras). */
export async function readGrid(context: HostContext, features: Features, options: ReadOptions = {}): Promise<Grid> {
  return (await readWorkbook(context, features, { fills: false, ...options })).grid;
}

export function queueSheet(context: HostContext, name: string, features: Features, withFills: boolean, noteCells: readonly CellRef[]): QueuedSheet {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.protection.load("protected");
  // getUsedRange (not …OrNullObject): a blank sheet gives A1, so the calls chained on it stay valid.
  const used = sheet.getUsedRange(true).load(USED_RANGE_PROPS);
  const merges = features.merges ? used.getMergedAreasOrNullObject().load("address") : undefined;
  const fills = withFills ? used.getCellProperties(FILL_REQUEST) : undefined;
  const noteCount = features.notes ? sheet.notes.getCount() : undefined;
  const notes = features.notes
    ? noteCells.filter((c) => c.sheet === name).map((c) => [c, sheet.notes.getItemOrNullObject(cellA1(c)).load("content")] as [CellRef, HostNote])
    : [];
  return { name, sheet, used, merges, fills, noteCount, notes };
}

export function collect(queued: readonly QueuedSheet[], names: readonly string[], syncs: number): WorkbookRead {
  const known = new KnownState();
  const protectedSheets = new Set<string>();
  const sheets: GridSheet[] = [];
  for (const q of queued) {
    const gridSheet = gridSheetFrom({
      name: q.name,
      address: q.used.address,
      values: q.used.values,
      valueTypes: q.used.valueTypes,
      numberFormat: q.used.numberFormat,
      formulas: q.used.formulas,
      merges: q.merges && !q.merges.isNullObject ? q.merges.address : undefined,
    });
    sheets.push(gridSheet);
    known.addSheet(gridSheet);
    if (q.sheet.protection.protected) protectedSheets.add(q.name);
    const area = parseRangeA1(q.used.address, q.name);
    if (q.fills && area) known.addFills({ ...area, sheet: q.name }, q.fills.value.map((row) => row.map(fillStateOf)));
    if (q.noteCount) known.setNoteCount(q.name, q.noteCount.value);
    for (const [cell, note] of q.notes) known.setNote(cell, note.isNullObject ? null : note.content);
  }
  return { grid: { sheets }, known, protectedSheets, sheetNames: names, syncs, batched: false };
}

export function fillStateOf(props: HostCellProps): FillState {
  const f = props.format?.fill ?? {};
  return {
    pattern: f.pattern ?? "None",
    color: f.color ?? "#FFFFFF",
    tintAndShade: f.tintAndShade ?? 0,
    patternColor: f.patternColor ?? "#000000",
    patternTintAndShade: f.patternTintAndShade ?? 0,
  };
}

/** The sheet names, in tab order (one sync). Lets a later read take a single sync. */
export async function readSheetNames(context: HostContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((s) => s.name);
}
