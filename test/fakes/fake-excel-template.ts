// What inserting a scorecard template needs beyond the shared fake (test/fakes/excel/*), added on top of it
// without changing it: worksheets.add / getActiveWorksheet / getItemOrNullObject, sheet position, id and delete,
// merges, fonts, alignment, borders, column widths and row heights (also on whole-column / whole-row ranges),
// hidden columns, list validations and the page layout. Same rules as the shared fake: every call is queued and
// runs only at sync, reads need a load, and each call checks the ExcelApi version it needs.
//
// Formats are not stored on FakeCell (the shared state has fill only); they are kept per sheet in `looksOf`.

import { parseA1, RangeRef, toA1 } from "../../src/core/grid/address";
import { FakeContext } from "./excel/context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./excel/errors";
import { FakeProxy, propList, Resolver } from "./excel/proxy";
import { AreasTarget, FakeFillProxy, FakeRange, FakeRangeAreas, parseArea, parseAreaList, RangeTarget } from "./excel/range";
import { FakeSheet } from "./excel/state";
import { FakeExcel, FakeExcelOptions } from "./excel/workbook";
import { FakeWorksheet, FakeWorksheetCollection, sheetIdOf } from "./excel/worksheet";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  name?: string;
  color?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Border line style per side ("Continuous"). */
  borders: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface RecordedValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

/** Formats and sheet settings the template writes, per sheet. */
export interface SheetLooks {
  readonly cells: Map<string, CellLook>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly validations: RecordedValidation[];
  orientation?: string;
  printArea?: string;
}

const LOOKS = new WeakMap<FakeSheet, SheetLooks>();

export function looksOf(sheet: FakeSheet): SheetLooks {
  let l = LOOKS.get(sheet);
  if (!l) LOOKS.set(sheet, (l = { cells: new Map(), columnWidths: new Map(), rowHeights: new Map(), hiddenColumns: new Set(), validations: [] }));
  return l;
}

function look(sheet: FakeSheet, row: number, col: number): CellLook {
  const cells = looksOf(sheet).cells;
  const key = toA1(row, col);
  let l = cells.get(key);
  if (!l) cells.set(key, (l = { borders: {} }));
  return l;
}

function eachCell(t: AreasTarget, fn: (row: number, col: number) => void): void {
  for (const a of t.areas) {
    if (a.bottom === MAX_ROW || a.right === MAX_COL) throw invalidArgument("fake: cell formats on whole rows or columns are not modelled");
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
  }
}

/** "A1:C4", "L:P" (whole columns) or "3:5" (whole rows). */
function parseTemplateArea(ctx: FakeContext, sheet: FakeSheet, address: string): RangeRef {
  let m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(address);
  if (m) {
    const a = parseA1(`${m[1]}1`)!;
    const b = parseA1(`${m[2]}1`)!;
    return { sheet: sheet.name, top: 0, bottom: MAX_ROW, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  }
  m = /^(\d+):(\d+)$/.exec(address);
  if (m) {
    const [a, b] = [Number(m[1]) - 1, Number(m[2]) - 1];
    return { sheet: sheet.name, top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COL };
  }
  return parseArea(ctx, sheet, address);
}

class FakeFont extends FakeProxy<AreasTarget> {
  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, undefined);
  }
  private set<K extends "bold" | "italic" | "size" | "name" | "color">(prop: K, value: CellLook[K]): void {
    this.queueWrite(`RangeFont.${prop}`, value, (t) => eachCell(t, (r, c) => void (look(t.sheet, r, c)[prop] = value)));
  }
  set bold(v: boolean) { this.set("bold", v); }
  set italic(v: boolean) { this.set("italic", v); }
  set size(v: number) { this.set("size", v); }
  set name(v: string) { this.set("name", v); }
  set color(v: string) { this.set("color", v); }
  // Getters exist only so the type is a property; the template never reads formats back.
  get bold(): boolean { return this.read("bold"); }
  get italic(): boolean { return this.read("italic"); }
  get size(): number { return this.read("size"); }
  get name(): string { return this.read("name"); }
  get color(): string { return this.read("color"); }
}

type Side = "top" | "bottom" | "left" | "right";

class FakeBorder extends FakeProxy<AreasTarget> {
  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>, private readonly index: string) {
    super(ctx, resolver, undefined);
  }
  /** The cell sides an index draws on, per cell of the area. */
  private sides(a: RangeRef, r: number, c: number): Side[] {
    switch (this.index) {
      case "EdgeTop": return r === a.top ? ["top"] : [];
      case "EdgeBottom": return r === a.bottom ? ["bottom"] : [];
      case "EdgeLeft": return c === a.left ? ["left"] : [];
      case "EdgeRight": return c === a.right ? ["right"] : [];
      case "InsideHorizontal": return [...(r > a.top ? ["top" as Side] : []), ...(r < a.bottom ? ["bottom" as Side] : [])];
      case "InsideVertical": return [...(c > a.left ? ["left" as Side] : []), ...(c < a.right ? ["right" as Side] : [])];
      default: throw invalidArgument(`border index ${this.index}`);
    }
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.queueWrite("RangeBorder.style", v, (t) => {
      for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
        for (const side of this.sides(a, r, c)) look(t.sheet, r, c).borders[side] = String(v);
      }
    });
  }
  get style(): Excel.RangeBorder["style"] { return this.read("style"); }
  set weight(v: Excel.RangeBorder["weight"]) { this.queueWrite("RangeBorder.weight", v, () => undefined); }
  get weight(): Excel.RangeBorder["weight"] { return this.read("weight"); }
  set color(v: string) { this.queueWrite("RangeBorder.color", v, () => undefined); }
  get color(): string { return this.read("color"); }
}

class FakeCellFormat extends FakeProxy<AreasTarget> {
  readonly font: FakeFont;
  readonly fill: FakeFillProxy;
  readonly borders: { getItem(index: string): FakeBorder };

  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, undefined);
    this.font = new FakeFont(ctx, resolver);
    this.fill = new FakeFillProxy(ctx, resolver);
    this.borders = { getItem: (index) => new FakeBorder(ctx, resolver, index) };
  }
  private setLook<K extends "horizontal" | "vertical" | "wrap">(label: string, prop: K, value: CellLook[K]): void {
    this.queueWrite(label, value, (t) => eachCell(t, (r, c) => void (look(t.sheet, r, c)[prop] = value)));
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) { this.setLook("RangeFormat.horizontalAlignment", "horizontal", String(v)); }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] { return this.read("horizontalAlignment"); }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) { this.setLook("RangeFormat.verticalAlignment", "vertical", String(v)); }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] { return this.read("verticalAlignment"); }
  set wrapText(v: boolean) { this.setLook("RangeFormat.wrapText", "wrap", v); }
  get wrapText(): boolean { return this.read("wrapText"); }
  set columnWidth(points: number) {
    this.queueWrite("RangeFormat.columnWidth", points, (t) => {
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) looksOf(t.sheet).columnWidths.set(c, points);
    });
  }
  get columnWidth(): number { return this.read("columnWidth"); }
  set rowHeight(points: number) {
    this.queueWrite("RangeFormat.rowHeight", points, (t) => {
      for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) looksOf(t.sheet).rowHeights.set(r, points);
    });
  }
  get rowHeight(): number { return this.read("rowHeight"); }
}

class FakeDataValidation extends FakeProxy<RangeTarget> {
  constructor(ctx: FakeContext, resolver: Resolver<RangeTarget>) {
    super(ctx, resolver, undefined);
  }
  private record<K extends "rule" | "errorAlert" | "prompt">(prop: K, value: RecordedValidation[K]): void {
    this.queueWrite(`DataValidation.${prop}`, value, (t) => {
      this.ctx.requireApi("1.8", "Range.dataValidation");
      const address = `${toA1(t.area.top, t.area.left)}:${toA1(t.area.bottom, t.area.right)}`;
      const list = looksOf(t.sheet).validations;
      let v = list.find((x) => x.address === address);
      if (!v) list.push((v = { address }));
      v[prop] = structuredClone(value);
    });
  }
  set rule(v: Excel.DataValidationRule) { this.record("rule", v); }
  get rule(): Excel.DataValidationRule { return this.read("rule"); }
  set errorAlert(v: Excel.DataValidationErrorAlert) { this.record("errorAlert", v); }
  get errorAlert(): Excel.DataValidationErrorAlert { return this.read("errorAlert"); }
  set prompt(v: Excel.DataValidationPrompt) { this.record("prompt", v); }
  get prompt(): Excel.DataValidationPrompt { return this.read("prompt"); }
}

export class FakeTemplateRange extends FakeRange {
  declare readonly format: FakeCellFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(ctx: FakeContext, resolver: Resolver<RangeTarget>, label: string, args: unknown) {
    super(ctx, resolver, label, args);
    const areas = () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, areas: [t.area] };
    };
    (this as { format: FakeCellFormat }).format = new FakeCellFormat(ctx, areas);
    this.dataValidation = new FakeDataValidation(ctx, () => this.resolve());
  }

  merge(across = false): void {
    this.queueWrite("Range.merge", across, (t) => {
      this.ctx.requireApi("1.2", "Range.merge");
      if (across) throw invalidArgument("fake: merge(across) is not modelled");
      const a = t.area;
      if (t.sheet.merges.some((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left)) {
        throw new FakeOfficeError("InvalidOperation", `fake: ${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)} overlaps a merged area`);
      }
      // Excel keeps the top-left value only.
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
        if (r !== a.top || c !== a.left) Object.assign(t.sheet.mutableCell(r, c), { value: null, formula: "" });
      }
      t.sheet.merges.push({ ...a, sheet: t.sheet.name });
    });
  }

  set columnHidden(hidden: boolean) {
    this.queueWrite("Range.columnHidden", hidden, (t) => {
      for (let c = t.area.left; c <= t.area.right; c++) {
        if (hidden) looksOf(t.sheet).hiddenColumns.add(c);
        else looksOf(t.sheet).hiddenColumns.delete(c);
      }
    });
  }
  get columnHidden(): boolean { return this.read("columnHidden"); }
}

export class FakeTemplateAreas extends FakeRangeAreas {
  declare readonly format: FakeCellFormat;
  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>, address: string) {
    super(ctx, resolver, "Worksheet.getRanges", address);
    (this as { format: FakeCellFormat }).format = new FakeCellFormat(ctx, () => this.resolve());
  }
}

export class FakeTemplateSheet extends FakeWorksheet {
  readonly pageLayout: { orientation: Excel.PageLayout["orientation"]; setPrintArea(area: string): void };

  constructor(ctx: FakeContext, resolver: Resolver<FakeSheet>, label: string | undefined, args?: unknown) {
    super(ctx, resolver, label, args);
    const write = (label: string, value: unknown, apply: (s: FakeSheet) => void) =>
      this.queueWrite(label, value, (s) => {
        this.ctx.requireApi("1.9", label);
        apply(s);
      });
    this.pageLayout = {
      set orientation(v: Excel.PageLayout["orientation"]) { write("PageLayout.orientation", v, (s) => void (looksOf(s).orientation = String(v))); },
      get orientation(): Excel.PageLayout["orientation"] { throw invalidArgument("fake: pageLayout.orientation cannot be read"); },
      setPrintArea: (area: string) => write("PageLayout.setPrintArea", area, (s) => void (looksOf(s).printArea = area)),
    };
  }

  override load(names: string | string[]): FakeTemplateSheet {
    const props = propList(names);
    for (const p of props) if (!["name", "id", "position", "visibility"].includes(p)) throw invalidArgument(`fake worksheet cannot load ${p}`);
    this.queueLoad(props, (s, p) =>
      p === "name" ? s.name : p === "id" ? sheetIdOf(s) : p === "visibility" ? s.visibility : this.ctx.book.sheets.indexOf(s));
    return this;
  }

  override get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }
  set position(p: number) {
    this.queueWrite("Worksheet.position", p, (s) => {
      const sheets = this.ctx.book.sheets;
      if (!Number.isInteger(p) || p < 0 || p >= sheets.length) throw invalidArgument(`position ${p}`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(p, 0, s);
    });
  }

  delete(): void {
    this.queueWrite("Worksheet.delete", null, (s) => {
      const sheets = this.ctx.book.sheets;
      if (!sheets.some((o) => o !== s && o.visibility === "Visible")) throw new FakeOfficeError("InvalidOperation", "a workbook must keep at least one visible sheet");
      const i = sheets.indexOf(s);
      sheets.splice(i, 1);
      const visible = sheets.filter((o) => o.visibility === "Visible");
      if (this.ctx.book.activeSheetId === s.id) this.ctx.book.activeSheetId = (visible.filter((o) => sheets.indexOf(o) < i).pop() ?? visible[0]).id;
    });
  }

  override getRange(address: string): FakeTemplateRange {
    return new FakeTemplateRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, area: parseTemplateArea(this.ctx, sheet, address) };
    }, "Worksheet.getRange", address);
  }

  override getRanges(address: string): FakeTemplateAreas {
    return new FakeTemplateAreas(this.ctx, () => {
      this.ctx.requireApi("1.9", "Worksheet.getRanges");
      const sheet = this.target();
      return { sheet, areas: parseAreaList(this.ctx, sheet, address) };
    }, address);
  }
}

export class FakeTemplateWorksheets extends FakeWorksheetCollection {
  constructor(private readonly context: FakeContext) {
    super(context);
  }

  override getItem(key: string): FakeTemplateSheet {
    return new FakeTemplateSheet(this.context, () => this.context.book.sheetByName(key) ?? gone(key), "WorksheetCollection.getItem", key);
  }

  override getItemOrNullObject(key: string): FakeTemplateSheet {
    return super.getItemOrNullObject(key) as FakeTemplateSheet;
  }

  getActiveWorksheet(): FakeTemplateSheet {
    return new FakeTemplateSheet(this.context, () => this.context.book.sheetById(this.context.book.activeSheetId) ?? gone("active sheet"), "WorksheetCollection.getActiveWorksheet", null);
  }

  /** Adds a sheet at the end, as Excel does (the shared fake's add); a taken or invalid name fails the sync. */
  override add(name: string): FakeTemplateSheet {
    return super.add(name) as FakeTemplateSheet;
  }

  protected override sheetProxy(resolver: Resolver<FakeSheet>, label: string | undefined, args: unknown): FakeTemplateSheet {
    return new FakeTemplateSheet(this.context, resolver, label, args);
  }
}

function gone(what: string): never {
  throw itemNotFound(`worksheet ${what}`);
}

export type FakeTemplateContext = FakeContext & { readonly workbook: { readonly worksheets: FakeTemplateWorksheets } };

/** The shared fake with the template calls added. */
export class FakeTemplateExcel extends FakeExcel {
  constructor(options: FakeExcelOptions = {}) {
    super(options);
  }

  override newContext(): FakeTemplateContext {
    const ctx = new FakeContext(this);
    ctx.workbook = { worksheets: new FakeTemplateWorksheets(ctx) };
    return ctx as FakeTemplateContext;
  }

  /** Excel.run with the template calls available. */
  runTemplate<T>(batch: (context: FakeTemplateContext) => Promise<T>): Promise<T> {
    return this.run((ctx) => batch(ctx as FakeTemplateContext));
  }
}
