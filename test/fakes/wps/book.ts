// Worksheet, Worksheets, Workbook and Application of the fake WPS 表格, plus building one from the core's Grid and
// dumping it for assertions. Sheet deletion asks for confirmation unless DisplayAlerts is off, as in WPS.

import { cellA1 } from "../../../src/core/grid/address";
import { CellValue, Grid } from "../../../src/core/grid/grid";
import { EtApiEvent, EtApplication, EtDocumentProperties, EtEventCallback, EtEventRoot, EtRange, EtSheets, EtWorkbook, EtWorksheet } from "../../../src/wps/et";
import { counted } from "./counted";
import { FakeRange } from "./range";
import { FakeBookState, FakeFill, FakeSheetState, parseAddress } from "./state";

export class FakeWorksheet implements EtWorksheet {
  constructor(
    readonly book: FakeBookState,
    readonly state: FakeSheetState,
  ) {}

  private live(): FakeSheetState {
    if (!this.book.sheets.includes(this.state)) throw new Error("工作表已被删除。");
    return this.state;
  }

  get Name(): string {
    return this.live().name;
  }
  set Name(v: string) {
    const s = this.live();
    if (!v || /[\\/?*[\]:]/.test(v) || v.length > 31) throw new Error(`无效的工作表名称：${v}`);
    if (this.book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`工作表名称“${v}”已被占用。`);
    s.name = v;
  }
  get CodeName(): string {
    return this.live().codeName;
  }
  get Index(): number {
    return this.book.sheets.indexOf(this.live()) + 1;
  }
  get Visible(): number {
    return this.live().visible;
  }
  set Visible(v: number) {
    this.live().visible = v;
  }
  get ProtectContents(): boolean {
    return this.live().protected;
  }
  get UsedRange(): EtRange {
    return counted(this.book, new FakeRange(this.book, this.live(), [this.live().usedArea()]));
  }
  get Comments(): { readonly Count: number } {
    const s = this.live();
    return counted(this.book, { Count: [...s.cells.values()].filter((c) => c.comment !== null).length });
  }
  Range(Cell1: string): EtRange {
    return counted(this.book, new FakeRange(this.book, this.live(), parseAddress(this.live().name, Cell1)));
  }
  Activate(): void {
    this.book.active = this.book.sheets.indexOf(this.live());
  }
  Delete(): void {
    const s = this.live();
    if (this.book.displayAlerts) throw new Error("fake ET: Delete would ask the user to confirm (DisplayAlerts is on)");
    if (this.book.sheets.length === 1) throw new Error("工作簿至少要含有一张可见工作表。");
    const i = this.book.sheets.indexOf(s);
    this.book.sheets.splice(i, 1);
    if (this.book.active >= this.book.sheets.length || this.book.active === i) this.book.active = Math.max(0, i - 1);
  }
  get PageSetup(): { Orientation: number; PrintArea: string } {
    return counted(this.book, this.live().pageSetup);
  }
  Protect(): void {
    this.live().protected = true;
  }
  Unprotect(): void {
    this.live().protected = false;
  }
}

const sheetOf = (book: FakeBookState, s: FakeSheetState) => counted(book, new FakeWorksheet(book, s));

export class FakeSheets implements EtSheets {
  constructor(readonly book: FakeBookState) {}

  get Count(): number {
    return this.book.sheets.length;
  }
  Item(Index: string | number): EtWorksheet {
    const s = typeof Index === "number" ? this.book.sheets[Index - 1] : this.book.sheets.find((x) => x.name.toLowerCase() === Index.toLowerCase());
    if (!s) throw new Error(`下标越界：没有工作表 ${Index}`);
    return sheetOf(this.book, s);
  }
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet {
    const at = After ? After.Index : Before ? Before.Index - 1 : this.book.active;
    let n = 1;
    while (this.book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const s = this.book.addSheet(`Sheet${n}`, at);
    this.book.active = at; // WPS activates the new sheet
    return sheetOf(this.book, s);
  }
}

class FakeProperties implements EtDocumentProperties {
  constructor(private readonly book: FakeBookState) {}
  get Count(): number {
    return this.book.properties.size;
  }
  Item(Index: number | string): { readonly Name: string; Value: unknown } {
    const names = [...this.book.properties.keys()];
    const name = typeof Index === "number" ? names[Index - 1] : Index;
    if (name === undefined || !this.book.properties.has(name)) throw new Error(`没有文档属性 ${Index}`);
    const props = this.book.properties;
    return counted(this.book, {
      Name: name,
      get Value() {
        return props.get(name);
      },
      set Value(v: unknown) {
        props.set(name, v);
      },
    });
  }
  Add(Name: string, _LinkToContent: boolean, _Type: number, Value: string): unknown {
    if (this.book.properties.has(Name)) throw new Error(`文档属性 ${Name} 已存在。`);
    this.book.properties.set(Name, Value);
    return undefined;
  }
}

export class FakeWorkbook implements EtWorkbook {
  constructor(readonly book: FakeBookState) {}
  get Worksheets(): EtSheets {
    return counted(this.book, new FakeSheets(this.book));
  }
  get ActiveSheet(): EtWorksheet {
    return sheetOf(this.book, this.book.sheets[this.book.active]);
  }
  get CustomDocumentProperties(): EtDocumentProperties {
    return counted(this.book, new FakeProperties(this.book));
  }
}

/** Application.ApiEvent: listeners get the sheet and the range as WPS objects. */
class FakeApiEvent implements EtApiEvent {
  constructor(private readonly book: FakeBookState) {}

  AddApiEventListener(EventName: "SheetSelectionChange" | "SheetChange", callback: EtEventCallback): void {
    const list = this.book.listeners.get(EventName) ?? [];
    list.push((state, address) => callback(sheetOf(this.book, state), counted(this.book, new FakeRange(this.book, state, parseAddress(state.name, address)))));
    this.book.listeners.set(EventName, list);
  }
}

export class FakeApplication implements EtApplication, EtEventRoot {
  readonly book = new FakeBookState();
  get ApiEvent(): EtApiEvent {
    return counted(this.book, new FakeApiEvent(this.book));
  }
  get ActiveWorkbook(): EtWorkbook | null {
    return counted(this.book, new FakeWorkbook(this.book));
  }
  get ScreenUpdating(): boolean {
    return this.book.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.book.screenUpdating = v;
  }
  get DisplayAlerts(): boolean {
    return this.book.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.book.displayAlerts = v;
  }
}

/** The fake as the adapter sees it (every member counted) and its state for the test. */
export interface FakeEt {
  readonly app: EtApplication & EtEventRoot;
  readonly book: FakeBookState;
}

export function fakeEt(): FakeEt {
  const raw = new FakeApplication();
  return { app: counted(raw.book, raw), book: raw.book };
}

/** The user types a constant into a cell: WPS raises SheetChange. */
export function userEdit(book: FakeBookState, sheet: string, a1: string, value: CellValue): void {
  const s = book.sheet(sheet);
  const [area] = parseAddress(sheet, a1);
  const cell = s.mutableCell(area.top, area.left);
  cell.value = value;
  cell.formula = "";
  book.emit("SheetChange", s, a1);
}

/** The user clicks a cell: WPS raises SheetSelectionChange. */
export function userSelect(book: FakeBookState, sheet: string, a1: string): void {
  const s = book.sheet(sheet);
  book.active = book.sheets.indexOf(s);
  s.selection = a1;
  book.emit("SheetSelectionChange", s, a1);
}

export function fakeEtFromGrid(grid: Grid): FakeEt {
  const et = fakeEt();
  for (const gs of grid.sheets) {
    const sheet = et.book.addSheet(gs.name);
    gs.values.forEach((row, i) => row.forEach((value, j) => {
      const format = gs.formats?.[i]?.[j] ?? "General";
      const formula = gs.formulas?.[i]?.[j] ?? "";
      if (value === null && formula === "" && format === "General") return;
      const cell = sheet.mutableCell(gs.top + i, gs.left + j);
      cell.value = value;
      cell.formula = formula.startsWith("=") ? formula : "";
      cell.numberFormat = format || "General";
    }));
    sheet.merges = (gs.merges ?? []).map((m) => ({ ...m, sheet: gs.name }));
  }
  return et;
}

export interface CellDump {
  readonly value: CellValue;
  readonly formula: string;
  readonly numberFormat: string;
  readonly fill: FakeFill;
  readonly comment: string | null;
}

/** Every non-default cell of every sheet by "Sheet!A1", for before/after comparisons. */
export function dumpBook(book: FakeBookState): Map<string, CellDump> {
  const out = new Map<string, CellDump>();
  for (const s of book.sheets) {
    for (const [key, c] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      if (c.value === null && c.formula === "" && c.numberFormat === "General" && c.fill.pattern === -4142 && c.comment === null) continue;
      out.set(`${s.name}!${cellA1({ sheet: s.name, row, col })}`, { value: c.value, formula: c.formula, numberFormat: c.numberFormat, fill: { ...c.fill }, comment: c.comment });
    }
  }
  return out;
}
