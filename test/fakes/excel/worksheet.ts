// Worksheet, WorksheetCollection and WorksheetProtection proxies, and the fake request context's workbook.

import { HostProtection, HostWorksheet, HostWorksheetCollection } from "../../../src/excel/host";
import { FakeContext } from "./context";
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import { FakeNoteCollection } from "./notes";
import { FakeProxy, propList, Resolver } from "./proxy";
import { FakeRange, FakeRangeAreas, parseArea, parseAreaList } from "./range";
import { FakeSheet } from "./state";

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
    for (const p of props) if (p !== "name") throw invalidArgument(`fake worksheet cannot load ${p}`);
    this.queueLoad(props, (s) => s.name);
    return this;
  }

  get name(): string { return this.read("name"); }

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
    this.queueWrite("Worksheet.activate", null, (s) => void (this.ctx.book.activeSheetId = s.id));
  }
}

const COLLECTION_PROPS = ["name", "protection/protected"];

export class FakeWorksheetCollection implements HostWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(names: string | string[]): FakeWorksheetCollection {
    const props = propList(names).map((p) => p.replace(/^items\//, ""));
    for (const p of props) if (!COLLECTION_PROPS.includes(p)) throw invalidArgument(`fake worksheets cannot load ${p}`);
    this.ctx.enqueue("load", "WorksheetCollection.load", props, () => {
      const sheets = [...this.ctx.book.sheets];
      const snapshot = sheets.map((s) => ({ id: s.id, name: s.name, protected: s.protected }));
      return {
        bytes: JSON.stringify(snapshot).length,
        apply: () => {
          this.loadedItems = snapshot.map((s) => {
            const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.sheetById(s.id) ?? throwGone(s.name), undefined);
            if (props.includes("name")) ws.fillLoaded("name", s.name);
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
}

function throwGone(name: string): never {
  throw itemNotFound(`worksheet ${name}`);
}
