// Turning many cells into few addresses: cells of one sheet become rectangles, rectangles become comma-joined
// address lists no longer than a host's limit. Pure; the Excel adapter and any other host use it.

import { RangeRef, rangeA1 } from "../grid/address";

export interface RowCol {
  readonly row: number;
  readonly col: number;
}

/**
 * Covers exactly the given cells of one sheet with rectangles: runs of adjacent columns on a row, then runs
 * repeated on consecutive rows merged downwards. Ordered by top row, then left column. Duplicates are ignored.
 */
export function cellsToAreas(sheet: string, cells: readonly RowCol[]): RangeRef[] {
  const byRow = new Map<number, Set<number>>();
  for (const c of cells) {
    let cols = byRow.get(c.row);
    if (!cols) byRow.set(c.row, (cols = new Set()));
    cols.add(c.col);
  }
  const done: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, RangeRef>();
    for (const [left, right] of columnRuns(byRow.get(row)!)) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        next.set(key, { ...above, bottom: row });
        open.delete(key);
      } else next.set(key, { sheet, top: row, left, bottom: row, right });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function columnRuns(cols: Set<number>): [number, number][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** Comma-joined address lists ("A1,B2:B5,…"), each at most maxChars long; order is kept. */
export function joinAddresses(addresses: readonly string[], maxChars: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (a.length > maxChars) throw new RangeError(`address ${a} is longer than ${maxChars} characters`);
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Cells of one sheet as address lists ready for a host's multi-area range call. */
export function addressChunks(sheet: string, cells: readonly RowCol[], maxChars: number): string[] {
  return joinAddresses(cellsToAreas(sheet, cells).map(rangeA1), maxChars);
}
