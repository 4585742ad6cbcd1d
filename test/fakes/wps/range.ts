// Range and what hangs off it (Interior, Comment, Font, Borders, Validation) with VBA semantics: Value2 is a scalar
// for one cell and rows of values for several; a property read over cells that differ gives null; AddComment on a
// cell that has a comment throws; any write to a protected sheet throws.

import { RangeRef, rangeA1 } from "../../../src/core/grid/address";
import { CellValue, isCellError } from "../../../src/core/grid/grid";
import { EtAreas, EtBorder, EtComment, EtFont, EtInterior, EtRange, EtValidation } from "../../../src/wps/et";
import { counted } from "./counted";
import { cellsOf, coerce, FakeBookState, FakeCell, FakeSheetState, NO_FILL } from "./state";

const xlNone = -4142;
const xlSolid = 1;

/** The one value all cells share, or null when they differ. */
function common<T>(values: readonly T[]): T | null {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

function shown(v: CellValue): unknown {
  if (v === null) return undefined;
  return isCellError(v) ? v.error : v;
}

export class FakeRange implements EtRange {
  constructor(
    readonly book: FakeBookState,
    readonly sheet: FakeSheetState,
    readonly areas: readonly RangeRef[],
  ) {}

  private first(): RangeRef {
    return this.areas[0];
  }

  private all(): [number, number][] {
    return this.areas.flatMap(cellsOf);
  }

  private cellsState(): FakeCell[] {
    return this.all().map(([r, c]) => this.sheet.cell(r, c) ?? { value: null, formula: "", numberFormat: "General", fill: NO_FILL, comment: null, style: {} });
  }

  private write(each: (cell: FakeCell, r: number, c: number) => void): void {
    this.sheet.assertWritable();
    if (this.book.screenUpdating) this.book.writesWithScreenOn++;
    for (const [r, c] of this.all()) each(this.sheet.mutableCell(r, c), r, c);
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): unknown {
    const a = this.first();
    const rows = cellsOf(a).reduce<T[][]>((acc, [r, c]) => {
      (acc[r - a.top] ??= []).push(read(this.sheet.cell(r, c)));
      return acc;
    }, []);
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }

  private writeGrid(v: unknown, put: (cell: FakeCell, value: unknown) => void): void {
    const a = this.first();
    if (Array.isArray(v)) {
      const rows = v as unknown[][];
      if (rows.length !== a.bottom - a.top + 1 || rows.some((row) => !Array.isArray(row) || row.length !== a.right - a.left + 1)) {
        throw new Error("fake ET: array shape does not match the range");
      }
      this.write((cell, r, c) => put(cell, rows[r - a.top][c - a.left]));
    } else this.write((cell) => put(cell, v));
  }

  get Value2(): unknown {
    return this.grid((c) => (c ? shown(c.value) : undefined));
  }
  set Value2(v: unknown) {
    this.writeGrid(v, (cell, x) => {
      cell.formula = "";
      cell.value = coerce(x, cell.numberFormat);
    });
  }

  get Formula(): unknown {
    return this.grid((c) => {
      if (!c) return "";
      if (c.formula) return c.formula;
      return c.value === null ? "" : String(shown(c.value));
    });
  }
  set Formula(v: unknown) {
    this.writeGrid(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
        cell.formula = x;
        cell.value = null; // the fake does not compute formulas
      } else {
        cell.formula = "";
        cell.value = coerce(x, cell.numberFormat);
      }
    });
  }

  get NumberFormat(): string | null {
    return common(this.cellsState().map((c) => c.numberFormat));
  }
  set NumberFormat(v: string | null) {
    this.write((cell) => (cell.numberFormat = v ?? "General"));
  }

  get Interior(): EtInterior {
    return counted(this.book, new FakeInterior(this));
  }

  /** The fills of the range's cells (for FakeInterior). */
  fills(): FakeCell["fill"][] {
    return this.cellsState().map((c) => c.fill);
  }

  writeFills(change: (fill: FakeCell["fill"]) => void): void {
    this.write((cell) => change(cell.fill));
  }

  get Comment(): EtComment | null {
    const a = this.first();
    const cell = this.sheet.cell(a.top, a.left);
    return cell?.comment != null ? counted(this.book, new FakeComment(this.sheet, a.top, a.left)) : null;
  }

  AddComment(Text?: string): EtComment {
    const a = this.first();
    if (this.areas.length > 1 || a.top !== a.bottom || a.left !== a.right) throw new Error("AddComment 只能用于单个单元格。");
    this.sheet.assertWritable();
    const cell = this.sheet.mutableCell(a.top, a.left);
    if (cell.comment !== null) throw new Error("此单元格已有批注：不能再添加批注。");
    cell.comment = Text ?? "";
    return counted(this.book, new FakeComment(this.sheet, a.top, a.left));
  }

  get MergeCells(): boolean | null {
    return common(this.all().map(([r, c]) => this.sheet.mergeAt(r, c) !== undefined));
  }
  set MergeCells(v: boolean | null) {
    if (v) this.Merge();
    else throw new Error("fake ET: unmerging is not modelled");
  }

  get MergeArea(): EtRange {
    const a = this.first();
    const m = this.sheet.mergeAt(a.top, a.left) ?? { ...a, bottom: a.top, right: a.left };
    return counted(this.book, new FakeRange(this.book, this.sheet, [m]));
  }

  Merge(): void {
    this.sheet.assertWritable();
    for (const a of this.areas) {
      if (this.sheet.merges.some((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right)) {
        throw new Error("fake ET: merging over a merged area is not modelled");
      }
      this.sheet.merges.push({ ...a, sheet: this.sheet.name });
    }
  }

  get Areas(): EtAreas {
    const book = this.book;
    const sheet = this.sheet;
    const areas = this.areas;
    return counted(book, {
      Count: areas.length,
      Item: (i: number) => counted(book, new FakeRange(book, sheet, [areas[i - 1]])),
    });
  }

  get Row(): number {
    return this.first().top + 1;
  }
  get Column(): number {
    return this.first().left + 1;
  }
  get Rows(): { readonly Count: number } {
    return counted(this.book, { Count: this.first().bottom - this.first().top + 1 });
  }
  get Columns(): { readonly Count: number } {
    return counted(this.book, { Count: this.first().right - this.first().left + 1 });
  }

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    return this.areas.map((a) => {
      const text = rangeA1(a);
      if (!RowAbsolute && !ColumnAbsolute) return text;
      return text.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    }).join(",");
  }

  Select(): boolean {
    if (this.book.sheets[this.book.active] !== this.sheet) throw new Error("Select 只能用于活动工作表上的单元格。");
    this.sheet.selection = this.Address(false, false);
    this.book.emit("SheetSelectionChange", this.sheet, this.sheet.selection);
    return true;
  }

  get Font(): EtFont {
    return counted(this.book, styleProxy(this, "Font.", ["Bold", "Italic", "Size", "Name", "Color"]) as unknown as EtFont);
  }

  get Borders(): { Item(Index: number): EtBorder } {
    return counted(this.book, {
      Item: (index: number) => {
        const props: Record<string, unknown> = {};
        this.sheet.assertWritable();
        for (const area of this.areas) this.sheet.borders.push({ area, index, props });
        return counted(this.book, props as unknown as EtBorder);
      },
    });
  }

  style(key: string): unknown {
    return common(this.cellsState().map((c) => c.style[key] ?? null));
  }
  setStyle(key: string, v: unknown): void {
    this.write((cell) => (cell.style[key] = v));
  }

  get HorizontalAlignment(): number | boolean {
    return this.style("HorizontalAlignment") as number;
  }
  set HorizontalAlignment(v: number | boolean) {
    this.setStyle("HorizontalAlignment", v);
  }
  get VerticalAlignment(): number | boolean {
    return this.style("VerticalAlignment") as number;
  }
  set VerticalAlignment(v: number | boolean) {
    this.setStyle("VerticalAlignment", v);
  }
  get WrapText(): boolean {
    return this.style("WrapText") as boolean;
  }
  set WrapText(v: boolean) {
    this.setStyle("WrapText", v);
  }

  get ColumnWidth(): number {
    return this.sheet.columnWidths.get(this.first().left) ?? 8.38;
  }
  set ColumnWidth(v: number) {
    this.sheet.assertWritable();
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) this.sheet.columnWidths.set(c, v);
  }

  get RowHeight(): number {
    return this.sheet.rowHeights.get(this.first().top) ?? 13.5;
  }
  set RowHeight(v: number) {
    this.sheet.assertWritable();
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) this.sheet.rowHeights.set(r, v);
  }

  get EntireColumn(): { Hidden: unknown } {
    const sheet = this.sheet;
    const areas = this.areas;
    return counted(this.book, {
      get Hidden() {
        return areas.every((a) => sheet.hiddenColumns.has(a.left));
      },
      set Hidden(v: unknown) {
        sheet.assertWritable();
        for (const a of areas) for (let c = a.left; c <= a.right; c++) if (v) sheet.hiddenColumns.add(c);
      },
    });
  }

  get Validation(): EtValidation {
    const props: Record<string, unknown> = {};
    const sheet = this.sheet;
    const areas = this.areas;
    const v = {
      Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void {
        sheet.assertWritable();
        Object.assign(props, { Type, AlertStyle, Operator, Formula1 });
        for (const area of areas) sheet.validations.push({ area, props });
      },
    };
    return counted(this.book, new Proxy(v, {
      get: (t, k) => (k === "Add" ? t.Add : props[k as string]),
      set: (_t, k, value) => {
        if (!("Type" in props)) throw new Error("Validation：请先调用 Add。");
        props[k as string] = value;
        return true;
      },
    }) as unknown as EtValidation);
  }
}

/** Font.* members over the cells' style map; null when the cells differ. */
function styleProxy(range: FakeRange, prefix: string, members: readonly string[]): object {
  return new Proxy({}, {
    get: (_t, k) => (typeof k === "string" && members.includes(k) ? range.style(prefix + k) : undefined),
    set: (_t, k, v) => {
      if (typeof k !== "string" || !members.includes(k)) throw new Error(`fake ET: ${prefix}${String(k)} is not modelled`);
      range.setStyle(prefix + k, v);
      return true;
    },
  });
}

export class FakeInterior implements EtInterior {
  constructor(private readonly range: FakeRange) {}

  private get fills() {
    return this.range.fills();
  }

  get Pattern(): number | null {
    return common(this.fills.map((f) => f.pattern));
  }
  set Pattern(v: number | null) {
    this.range.writeFills((f) => {
      if (v === xlNone) Object.assign(f, NO_FILL);
      else f.pattern = v ?? xlSolid;
    });
  }

  get ColorIndex(): number | null {
    // The palette index of a colour is not modelled: only "no fill" (xlNone) is told apart.
    return common(this.fills.map((f) => (f.pattern === xlNone ? xlNone : 0)));
  }
  set ColorIndex(v: number | null) {
    if (v !== xlNone) throw new Error("fake ET: only ColorIndex = xlNone is modelled");
    this.range.writeFills((f) => Object.assign(f, NO_FILL));
  }

  get Color(): number | null {
    return common(this.fills.map((f) => f.color));
  }
  set Color(v: number | null) {
    this.range.writeFills((f) => {
      f.color = v ?? 0xffffff;
      if (f.pattern === xlNone) f.pattern = xlSolid; // a colour on "no fill" makes a solid fill
    });
  }

  get TintAndShade(): number | null {
    return common(this.fills.map((f) => f.tintAndShade));
  }
  set TintAndShade(v: number | null) {
    this.range.writeFills((f) => (f.tintAndShade = v ?? 0));
  }

  get PatternColor(): number | null {
    return common(this.fills.map((f) => f.patternColor));
  }
  set PatternColor(v: number | null) {
    this.range.writeFills((f) => (f.patternColor = v ?? 0));
  }

  get PatternTintAndShade(): number | null {
    return common(this.fills.map((f) => f.patternTintAndShade));
  }
  set PatternTintAndShade(v: number | null) {
    this.range.writeFills((f) => (f.patternTintAndShade = v ?? 0));
  }
}

export class FakeComment implements EtComment {
  constructor(
    private readonly sheet: FakeSheetState,
    private readonly row: number,
    private readonly col: number,
  ) {}

  private cell(): FakeCell {
    const c = this.sheet.cell(this.row, this.col);
    if (!c || c.comment === null) throw new Error("批注已被删除。");
    return c;
  }

  Text(Text?: string): string {
    const c = this.cell();
    if (Text !== undefined) {
      this.sheet.assertWritable();
      c.comment = Text;
    }
    return c.comment!;
  }

  Delete(): void {
    this.sheet.assertWritable();
    this.cell().comment = null;
  }
}
