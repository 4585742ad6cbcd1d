// The read of a workbook too big for one response (Excel on the web refuses responses over 5 MB): one sync for the
// size of every sheet's used range (with protection and notes), then the sheets packed into batches of at most
// READ_BUDGET_CELLS cells, one sync each; a sheet bigger than a batch is read in bands of rows. A batch Excel still
// refuses halves the budget for the rest. Fills are not read here: the cells a write touches are probed later, in
// budgeted batches (probe.ts).

import { CellRef, cellA1, parseRangeA1, RangeRef, rangeA1 } from "../core/grid/address";
import { GridSheet } from "../core/grid/grid";
import { hostErrorCode } from "./errors";
import { Features } from "../host/features";
import { HostClientResult, HostContext, HostNote, HostRange, HostRangeAreas, HostWorksheet } from "./host";
import { KnownState } from "../host/known-state";
import { READ_BUDGET_CELLS } from "./limits";
import { gridSheetFrom, splitAddressList, USED_RANGE_PROPS } from "./sheet-from-host";

export interface BatchedRead {
  readonly sheets: GridSheet[];
  readonly known: KnownState;
  readonly protectedSheets: Set<string>;
  readonly syncs: number;
}

interface SheetInfo {
  readonly name: string;
  readonly sheet: HostWorksheet;
  readonly used: HostRange;
  readonly noteCount?: HostClientResult<number>;
  readonly notes: readonly [CellRef, HostNote][];
}

/** A piece to read: a whole used range, or a band of its rows. */
interface Piece {
  readonly name: string;
  readonly area: RangeRef;
  readonly cells: number;
}

interface QueuedPiece {
  readonly piece: Piece;
  readonly range: HostRange;
  readonly merges?: HostRangeAreas;
}

/** Below this a batch is not split further: a response that big is refused for another reason. */
const MIN_BATCH_CELLS = 500;

const cellsOf = (a: RangeRef) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** Whole used ranges, and bands of rows for those larger than the budget. */
export function piecesOf(name: string, area: RangeRef, budget: number): Piece[] {
  if (cellsOf(area) <= budget) return [{ name, area, cells: cellsOf(area) }];
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(budget / width));
  const out: Piece[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    const band = { ...area, top, bottom: Math.min(area.bottom, top + rows - 1) };
    out.push({ name, area: band, cells: cellsOf(band) });
  }
  return out;
}

/** Consecutive pieces packed into batches of at most `budget` cells (a piece is never split further). */
export function packBatches(pieces: readonly Piece[], budget: number): Piece[][] {
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let cells = 0;
  for (const p of pieces) {
    if (current.length && cells + p.cells > budget) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(p);
    cells += p.cells;
  }
  if (current.length) batches.push(current);
  return batches;
}

export async function readInBatches(
  context: HostContext,
  features: Features,
  names: readonly string[],
  noteCells: readonly CellRef[],
  budget = READ_BUDGET_CELLS,
): Promise<BatchedRead> {
  const infos: SheetInfo[] = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.load("protected");
    const notes = features.notes
      ? noteCells.filter((c) => c.sheet === name).map((c) => [c, sheet.notes.getItemOrNullObject(cellA1(c)).load("content")] as [CellRef, HostNote])
      : [];
    return { name, sheet, used: sheet.getUsedRange(true).load("address"), noteCount: features.notes ? sheet.notes.getCount() : undefined, notes };
  });
  await context.sync();
  let syncs = 1;

  let pieces = infos.flatMap((i) => {
    const area = parseRangeA1(i.used.address, i.name);
    return area ? piecesOf(i.name, { ...area, sheet: i.name }, budget) : [];
  });
  const loaded = new Map<string, QueuedPiece[]>();
  let queue = packBatches(pieces, budget);
  while (queue.length > 0) {
    const batch = queue.shift()!;
    const queued: QueuedPiece[] = batch.map((piece) => {
      const range = context.workbook.worksheets.getItem(piece.name).getRange(rangeA1(piece.area)).load(USED_RANGE_PROPS);
      return { piece, range, merges: features.merges ? range.getMergedAreasOrNullObject().load("address") : undefined };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budgeted batch: the response must stay under 5 MB
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      // The estimate was too low for this workbook (long texts): halve the budget for what is left and go on.
      if (hostErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || budget <= MIN_BATCH_CELLS) throw e;
      budget = Math.max(MIN_BATCH_CELLS, Math.floor(budget / 2));
      pieces = [batch, ...queue].flat().flatMap((p) => piecesOf(p.name, p.area, budget));
      queue = packBatches(pieces, budget);
      continue;
    }
    for (const q of queued) loaded.set(q.piece.name, [...(loaded.get(q.piece.name) ?? []), q]);
  }

  const known = new KnownState();
  const protectedSheets = new Set<string>();
  const sheets = infos.map((info) => {
    const parts = loaded.get(info.name) ?? [];
    const rows = <T>(pick: (r: HostRange) => readonly T[]) => parts.flatMap((p) => [...pick(p.range)]);
    // A merged area across two bands is reported by both: keep it once.
    const merges = [...new Set(parts.flatMap((p) => (p.merges && !p.merges.isNullObject ? splitAddressList(p.merges.address) : [])))].join(",");
    const gridSheet = gridSheetFrom({
      name: info.name,
      address: info.used.address,
      values: rows((r) => r.values),
      valueTypes: rows((r) => r.valueTypes),
      numberFormat: rows((r) => r.numberFormat),
      formulas: rows((r) => r.formulas),
      merges: merges || undefined,
    });
    known.addSheet(gridSheet);
    if (info.sheet.protection.protected) protectedSheets.add(info.name);
    if (info.noteCount) known.setNoteCount(info.name, info.noteCount.value);
    for (const [cell, note] of info.notes) known.setNote(cell, note.isNullObject ? null : note.content);
    return gridSheet;
  });
  return { sheets, known, protectedSheets, syncs };
}
