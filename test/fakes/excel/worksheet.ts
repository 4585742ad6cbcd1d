// Worksheet, WorksheetCollection and WorksheetProtection proxies, and the fake request context's workbook.

import { HostProtection, HostWorksheet, HostWorksheetCollection } from "../../../src/excel/host";
import { FakeContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import { FakeNoteCollection } from "./notes";
import { FakeProxy, propList, Resolver } from "./proxy";
import { FakeRange, FakeRangeAreas, parseArea, parseAreaList } from "./range";
import { FakeSheet, SheetVisibility } from "./state";
import { FakeChangedArgs, FakeHandler, FakeSelectionArgs, fakeSheetId } from "./events";

export class FakeProtection extends FakeProxy<FakeSheet> implements HostProtection {
  constructor(ctx: FakeContext, resolver: Resolver<FakeSheet>) {
    super(ctx, resolver, undefined);
  }

  load(names: string | string[]): FakeProtection {
    const props = propList(names);
    for (const p of props) if (p !== "protected") throw invalidArgument(`fake protection cannot load ${p}`);
    this.queueLoad(props, (s) => s.protected);
    return this;
  }

  get protected(): boolean { return this.read("protected"); }

  /** Used by the collection when it loads "items/protection/protected". */
  fill(value: boolean): void {
    this.setLoaded("protected", value);
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> implements HostWorksheet {
  readonly protection: FakeProtection;
  private notesProxy: FakeNoteCollection | undefined;

  constructor(ctx: FakeContext, resolver: Resolver<FakeSheet>, label: string | undefined, args?: unknown) {
    super(ctx, resolver, label, args);
    this.protection = new FakeProtection(ctx, () => this.resolve());
  }

  get notes(): FakeNoteCollection {
    this.notesProxy ??= new FakeNoteCollection(this.ctx, () => this.target());
    return this.notesProxy;
  }

  load(names: string | string[]): FakeWorksheet {
    const props = propList(names);
    for (const p of props) if (p !== "name" && p !== "visibility" && p !== "id") throw invalidArgument(`fake worksheet cannot load ${p}`);
    this.queueLoad(props, (s, p) => (p === "name" ? s.name : p === "id" ? fakeSheetId(s) : s.visibility));
    return this;
  }

  get name(): string { return this.read("name"); }

  get id(): string { return this.read("id"); }

  get visibility(): SheetVisibility { return this.read("visibility"); }
  /** As Excel: hiding the last visible sheet fails, and so does an unknown value; the active sheet moves off a hidden one. */
  set visibility(v: SheetVisibility) {
    this.queueWrite("Worksheet.visibility", v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument(`visibility ${String(v)}`);
      const book = this.ctx.book;
      if (v !== "Visible" && !book.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = v;
      if (v !== "Visible" && book.activeSheetId === s.id) book.activeSheetId = book.sheets.find((o) => o.visibility === "Visible")!.id;
    });
  }

  /** Fills loaded values in when the collection loads items. */
  fillLoaded(prop: string, value: unknown): void {
    this.setLoaded(prop, value);
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, area: parseArea(this.ctx, sheet, address) };
    }, "Worksheet.getRange", address);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.9", "Worksheet.getRanges");
      const sheet = this.target();
      return { sheet, areas: parseAreaList(this.ctx, sheet, address) };
    }, "Worksheet.getRanges", address);
  }

  getUsedRange(valuesOnly: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      const area = sheet.usedArea(valuesOnly) ?? { sheet: sheet.name, top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, area };
    }, "Worksheet.getUsedRange", valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      const area = sheet.usedArea(valuesOnly);
      return area ? { sheet, area } : null;
    }, "Worksheet.getUsedRangeOrNullObject", valuesOnly);
  }

  activate(): void {
    this.queueWrite("Worksheet.activate", null, (s) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `fake: cannot activate the hidden sheet ${s.name}`);
      this.ctx.book.activeSheetId = s.id;
    });
  }
}

const COLLECTION_PROPS = ["name", "id", "protection/protected"];

/** OfficeExtension.EventHandlers: `add` registers at the next sync (ExcelApi 1.9 on the collection). */
export class FakeEventHandlers<A> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly label: string,
    private readonly handlers: () => Set<FakeHandler<A>>,
  ) {}

  add(handler: FakeHandler<A>): { remove(): void } {
    this.ctx.enqueue("create", `${this.label}.add`, null, () => {
      this.ctx.requireApi("1.9", this.label);
      this.handlers().add(handler);
    });
    return { remove: () => this.ctx.enqueue("create", `${this.label}.remove`, null, () => void this.handlers().delete(handler)) };
  }
}

export class FakeWorksheetCollection implements HostWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  readonly onChanged: FakeEventHandlers<FakeChangedArgs>;
  readonly onSelectionChanged: FakeEventHandlers<FakeSelectionArgs>;

  constructor(private readonly ctx: FakeContext) {
    this.onChanged = new FakeEventHandlers(ctx, "WorksheetCollection.onChanged", () => ctx.book.events.changed);
    this.onSelectionChanged = new FakeEventHandlers(ctx, "WorksheetCollection.onSelectionChanged", () => ctx.book.events.selection);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(names: string | string[]): FakeWorksheetCollection {
    const props = propList(names).map((p) => p.replace(/^items\//, ""));
    for (const p of props) if (!COLLECTION_PROPS.includes(p)) throw invalidArgument(`fake worksheets cannot load ${p}`);
    this.ctx.enqueue("load", "WorksheetCollection.load", props, () => {
      const sheets = [...this.ctx.book.sheets];
      const snapshot = sheets.map((s) => ({ id: s.id, officeId: fakeSheetId(s), name: s.name, protected: s.protected }));
      return {
        bytes: JSON.stringify(snapshot).length,
        apply: () => {
          this.loadedItems = snapshot.map((s) => {
            const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.sheetById(s.id) ?? throwGone(s.name), undefined);
            if (props.includes("name")) ws.fillLoaded("name", s.name);
            if (props.includes("id")) ws.fillLoaded("id", s.officeId);
            if (props.includes("protection/protected")) ws.protection.fill(s.protected);
            return ws;
          });
        },
      };
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheetByName(key) ?? throwGone(key), "WorksheetCollection.getItem", key);
  }

  /** By id or name (ExcelApi 1.4); a null object when there is none. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheetProxy(() => {
      this.ctx.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
      const book = this.ctx.book;
      return book.sheets.find((s) => sheetIdOf(s) === key) ?? book.sheetByName(key) ?? null;
    }, "WorksheetCollection.getItemOrNullObject", key);
  }

  /** Adds a visible sheet at the end, as Excel does (not activated); a taken or invalid name fails the sync. */
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue("write", "WorksheetCollection.add", name, () => {
      if (!name || name.length > 31 || BAD_NAME.test(name)) throw invalidArgument(`sheet name ${name}`);
      if (this.ctx.book.sheetByName(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      created = this.ctx.book.addSheet(name);
    });
    return this.sheetProxy(() => created ?? throwGone(name), undefined, undefined);
  }

  /** The proxy type of the sheets this collection hands out (the template fake hands out richer ones). */
  protected sheetProxy(resolver: Resolver<FakeSheet>, label: string | undefined, args: unknown): FakeWorksheet {
    return new FakeWorksheet(this.ctx, resolver, label, args);
  }
}

const BAD_NAME = /[[\]:*?/\\]/;

/** Office.js ids are GUID-like strings; the fake's numeric id dressed as one. */
export const sheetIdOf = fakeSheetId;

function throwGone(name: string): never {
  throw itemNotFound(`worksheet ${name}`);
}
