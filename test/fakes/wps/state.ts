// The fake WPS 表格's document: sheets of cells with values, formulas, formats, fills, comments, styles, merges,
// protection. Plain data, no ET API here (range.ts and book.ts put the object model on top and count the calls).

import { CellValue } from "../../../src/core/grid/grid";
import { RangeRef } from "../../../src/core/grid/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const xlNone = -4142;
const WHITE = 0xffffff;

export interface FakeFill {
  pattern: number;
  color: number;
  tintAndShade: number;
  patternColor: number;
  patternTintAndShade: number;
}

export const NO_FILL: FakeFill = { pattern: xlNone, color: WHITE, tintAndShade: 0, patternColor: 0, patternTintAndShade: 0 };

export interface FakeCell {
  /** null: empty. A formula's value is what WPS last computed (null: not computed by the fake). */
  value: CellValue;
  formula: string;
  numberFormat: string;
  fill: FakeFill;
  comment: string | null;
  /** Font, alignment, wrap… by ET member name ("Font.Bold", "HorizontalAlignment"). */
  style: Record<string, unknown>;
}

export function blankCell(): FakeCell {
  return { value: null, formula: "", numberFormat: "General", fill: { ...NO_FILL }, comment: null, style: {} };
}

export function isDefault(c: FakeCell): boolean {
  return c.value === null && c.formula === "" && c.numberFormat === "General" && c.fill.pattern === xlNone &&
    c.comment === null && Object.keys(c.style).length === 0;
}

export class FakeSheetState {
  readonly cells = new Map<string, FakeCell>();
  merges: RangeRef[] = [];
  protected = false;
  visible = -1;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly borders: { area: RangeRef; index: number; props: Record<string, unknown> }[] = [];
  readonly validations: { area: RangeRef; props: Record<string, unknown> }[] = [];
  readonly pageSetup = { Orientation: 1, PrintArea: "" };
  selection: string | undefined;

  constructor(
    public name: string,
    readonly codeName: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  mutableCell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = blankCell()));
    return c;
  }

  /** Excel's used range: every cell that is not in its default state (formatted cells count). */
  usedArea(): RangeRef {
    let box: RangeRef | undefined;
    for (const [key, c] of this.cells) {
      if (isDefault(c)) continue;
      const [r, col] = key.split(",").map(Number);
      box = box
        ? { ...box, top: Math.min(box.top, r), bottom: Math.max(box.bottom, r), left: Math.min(box.left, col), right: Math.max(box.right, col) }
        : { sheet: this.name, top: r, bottom: r, left: col, right: col };
    }
    return box ?? { sheet: this.name, top: 0, left: 0, bottom: 0, right: 0 };
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  assertWritable(): void {
    // ET: "您试图更改的单元格或图表位于受保护的工作表中。"
    if (this.protected) throw new Error(`工作表“${this.name}”受保护，不能更改其中的单元格。`);
  }
}

export class FakeBookState {
  readonly sheets: FakeSheetState[] = [];
  active = 0;
  /** Calls into the object model (property reads and writes, method calls) since the last reset. */
  calls = 0;
  /** The same calls by member ("Value2", "Interior", "Pattern=" for a write). */
  readonly byMember = new Map<string, number>();
  screenUpdating = true;
  displayAlerts = true;
  /** Set while ScreenUpdating was off during a write: the adapter must turn it back on. */
  writesWithScreenOn = 0;
  readonly properties = new Map<string, unknown>();
  private nextCode = 1;
  /** Application.ApiEvent listeners by event name; called with the sheet and the range's address. */
  readonly listeners = new Map<string, ((sheet: FakeSheetState, address: string) => void)[]>();

  /** Raises an event after the current call returns, as WPS does from its message loop. */
  emit(event: "SheetSelectionChange" | "SheetChange", sheet: FakeSheetState, address: string): void {
    for (const l of this.listeners.get(event) ?? []) setTimeout(() => l(sheet, address), 0);
  }

  count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  addSheet(name: string, at = this.sheets.length): FakeSheetState {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称“${name}”已被占用。`);
    const sheet = new FakeSheetState(name, `Sheet${this.nextCode++}`);
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "A1", "$A$1:$B$2", "A1:B2,D4", "A:C", "3:5" → areas; throws as ET does on a bad or too long address. */
export function parseAddress(sheet: string, text: string): RangeRef[] {
  if (text.length > 255) throw new Error(`地址过长（${text.length} 个字符）：Range 的地址不能超过 255 个字符。`);
  return text.split(",").map((part) => {
    const a = part.trim();
    let m = COLS.exec(a);
    if (m) return norm({ sheet, top: 0, bottom: MAX_ROWS - 1, left: colIndex(m[1]), right: colIndex(m[2]) });
    m = ROWS.exec(a);
    if (m) return norm({ sheet, top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COLS - 1 });
    const [from, to = from] = a.split(":");
    const f = CELL.exec(from);
    const t = CELL.exec(to);
    if (!f || !t) throw new Error(`无效的地址：${a}`);
    return norm({ sheet, top: Number(f[2]) - 1, left: colIndex(f[1]), bottom: Number(t[2]) - 1, right: colIndex(t[1]) });
  });
}

function norm(r: RangeRef): RangeRef {
  return { sheet: r.sheet, top: Math.min(r.top, r.bottom), bottom: Math.max(r.top, r.bottom), left: Math.min(r.left, r.right), right: Math.max(r.left, r.right) };
}

export function cellsOf(area: RangeRef): [number, number][] {
  const out: [number, number][] = [];
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) throw new Error("fake ET: range too large to touch cell by cell");
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push([r, c]);
  return out;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** What ET stores when a value is written (VBA semantics): "'" keeps text, numbers and booleans in text convert. */
export function coerce(v: unknown, numberFormat: string): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  if (s.startsWith("'")) return s.slice(1);
  if (numberFormat === "@") return s;
  if (NUMBER.test(s)) return Number(s);
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === "true";
  return s;
}
