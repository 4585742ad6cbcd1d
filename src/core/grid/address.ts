// Cell and range addresses as plain values, with A1 conversion kept in one place.
// Rows and columns are 0-based internally; A1 text is what users and hosts see.

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

export function rangeRef(sheet: string, top: number, left: number, bottom: number, right: number): RangeRef {
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** A stable key for maps and sets: "Sheet!A1". */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${toA1(ref.row, ref.col)}`;
}

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters to 0-based column index, or undefined for anything that is not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function cellA1(ref: CellRef): string {
  return toA1(ref.row, ref.col);
}

export function rangeA1(range: RangeRef): string {
  const a = toA1(range.top, range.left);
  const b = toA1(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B3" (with optional $) into 0-based row/col; undefined for bad input. */
export function parseA1(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col === undefined || row < 0) return undefined;
  return { row, col };
}

/** Parses "A1:C4" or "A1" (a sheet prefix like "Sheet1!" or "'My sheet'!" is accepted and returned). */
export function parseRangeA1(text: string, defaultSheet = ""): RangeRef | undefined {
  let sheet = defaultSheet;
  let body = text.trim();
  const bang = body.lastIndexOf("!");
  if (bang >= 0) {
    sheet = body.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    body = body.slice(bang + 1);
  }
  const [a, b] = body.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return rangeRef(sheet, start.row, start.col, end.row, end.col);
}

/** "Sheet1!A1" with the sheet quoted when Excel would need quotes. */
export function qualifiedA1(sheet: string, a1: string): string {
  const needsQuotes = !/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${a1}`;
}

export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** Orders cells by sheet position (row, then column) — the order findings are listed in. */
export function compareCells(a: CellRef, b: CellRef): number {
  return a.row - b.row || a.col - b.col;
}
