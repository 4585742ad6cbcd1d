// Stands in for office.js in the browser test: bundled on its own and served in place of
// https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It installs `Office` and `Excel` over the typed fake
// workbook (test/fakes), built from the grid the test put into `window.__JUESUAN_STUB__`, and exposes the fake
// as `window.__stub` so the test can look at fills, formulas, selection, syncs and the document's settings, and
// press ribbon buttons.

import { CellRef, toA1 } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { BookDump, FakeFill, fakeExcelFromGrid } from "../fakes/fake-excel";
import { FakeTemplateExcel } from "../fakes/fake-excel-template";

export interface StubConfig {
  readonly grid: Grid;
  /** Fills the cells have before the add-in touches them. */
  readonly fills: readonly { readonly cell: CellRef; readonly fill: Partial<FakeFill> }[];
  readonly apiVersion?: string;
  /** Office.context.officeTheme (absent: the host gives none). */
  readonly officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
}

export interface StubApi {
  dump(): BookDump;
  /** Keeps a copy of the workbook under a name, inside the page (dumps are large to ship to the test). */
  remember(name: string): void;
  /** What differs from the remembered copy: "sheet!A1" of changed cells, sheet names, notes, merges (at most 20). */
  diff(name: string): string[];
  selection(): { sheet: string; address: string } | undefined;
  syncCount(): number;
  /** The document's settings as last saved (saveAsync), as Office.context.document.settings would keep them. */
  settings(): Record<string, unknown>;
  sheetNames(): string[];
  cell(sheet: string, row: number, col: number): { value: unknown; formula: string; numberFormat: string } | undefined;
  /** The user types a constant into a cell (onChanged is raised). */
  edit(sheet: string, a1: string, value: string | number): void;
  /** The user selects a range (onSelectionChanged is raised). */
  select(sheet: string, address: string): void;
  /** A cell's fill and note as the fake holds them. */
  look(sheet: string, row: number, col: number): { fill: FakeFill; note: string | undefined };
  /** Events raised so far (selection and change). */
  events(): number;
  /** Presses a ribbon button: runs the function associated with that FunctionName; resolves on event.completed(). */
  press(name: string): Promise<void>;
  readonly revealed: number;
}

declare global {
  interface Window {
    __JUESUAN_STUB__: StubConfig;
    __stub: StubApi;
  }
}

// The fake sizes requests with Buffer.byteLength (Node); in the browser UTF-8 bytes come from TextEncoder.
const encoder = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (text: string) => encoder.encode(text).length };

const config = window.__JUESUAN_STUB__;
const fake = fakeExcelFromGrid(config.grid, { apiVersion: config.apiVersion ?? "1.18" }, (o) => new FakeTemplateExcel(o));
for (const { cell, fill } of config.fills) Object.assign(fake.book.sheetByName(cell.sheet)!.mutableCell(cell.row, cell.col).fill, fill);

/** Document settings live as long as the "document": kept in sessionStorage so a reload of the pane keeps them. */
const SETTINGS_KEY = "juesuan-stub-document-settings";
const settingsData: Record<string, unknown> = JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "{}");
const settings = {
  get: (name: string) => (name in settingsData ? settingsData[name] : null),
  set: (name: string, value: unknown) => void (settingsData[name] = value),
  remove: (name: string) => void delete settingsData[name],
  saveAsync: (callback?: (result: { status: string }) => void) => {
    sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settingsData));
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  },
};

const handlers = new Map<string, (event: { completed(): void }) => void>();
let revealed = 0;

const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    requirements: { isSetSupported: (name: string, minVersion?: string) => fake.isSetSupported(name, minVersion) },
    document: { settings },
    officeTheme: config.officeTheme,
  },
  actions: { associate: (name: string, handler: (event: { completed(): void }) => void) => void handlers.set(name, handler) },
  addin: { showAsTaskpane: () => Promise.resolve(void revealed++) },
};

(window as unknown as { Office: unknown }).Office = office;
(window as unknown as { Excel: unknown }).Excel = { run: <T>(batch: (ctx: unknown) => Promise<T>) => fake.runTemplate(batch) };

const remembered = new Map<string, BookDump>();

function diffDumps(a: BookDump, b: BookDump): string[] {
  const out: string[] = [];
  if (a.sheets.map((s) => s.name).join("|") !== b.sheets.map((s) => s.name).join("|")) out.push("sheets");
  for (const s of a.sheets) {
    const t = b.sheets.find((x) => x.name === s.name);
    if (!t) continue;
    for (const key of new Set([...Object.keys(s.cells), ...Object.keys(t.cells)])) {
      if (JSON.stringify(s.cells[key]) !== JSON.stringify(t.cells[key])) out.push(`${s.name}!${key}`);
    }
    if (JSON.stringify(s.notes) !== JSON.stringify(t.notes)) out.push(`${s.name} notes`);
    if (JSON.stringify(s.merges) !== JSON.stringify(t.merges) || s.protected !== t.protected) out.push(`${s.name} sheet`);
  }
  return out.slice(0, 20);
}

window.__stub = {
  dump: () => fake.book.dump(),
  remember: (name) => void remembered.set(name, fake.book.dump()),
  diff: (name) => diffDumps(remembered.get(name)!, fake.book.dump()),
  selection: () => fake.book.selection,
  syncCount: () => fake.syncCount,
  settings: () => JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>,
  sheetNames: () => fake.book.sheets.map((s) => s.name),
  cell: (sheet, row, col) => {
    const s = fake.book.sheetByName(sheet);
    if (!s) return undefined;
    const c = s.cell(row, col);
    return { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
  },
  edit: (sheet, a1, value) => fake.userEdit(sheet, a1, value),
  select: (sheet, address) => fake.userSelect(sheet, address),
  look: (sheet, row, col) => {
    const s = fake.book.sheetByName(sheet)!;
    return { fill: { ...s.cell(row, col).fill }, note: s.notes.get(toA1(row, col)) };
  },
  events: () => fake.book.events.raised,
  press: (name) =>
    new Promise<void>((resolve, reject) => {
      const handler = handlers.get(name);
      if (!handler) reject(new Error(`no ribbon function ${name}`));
      else handler({ completed: () => resolve() });
    }),
  get revealed() {
    return revealed;
  },
};
