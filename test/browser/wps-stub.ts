// Stands in for WPS 表格 in the browser test of dist-wps: installs `window.Application` over the typed fake ET
// object model (test/fakes/wps) built from the grid the test put into `window.__JUESUAN_WPS__`, with
// PluginStorage and task panes (an iframe per pane, which shares its parent's Application as WPS's pages share
// one application). Runs as an init script in every frame; `window.__wps` lets the test look at the workbook.

import { Grid } from "../../src/core/grid/grid";
import { dumpBook, fakeEtFromGrid } from "../fakes/wps/book";

export interface WpsStubConfig {
  readonly grid: Grid;
  /** Comments the cells have before the add-in comes, by "sheet!A1". */
  readonly comments: Readonly<Record<string, string>>;
}

export interface WpsStubApi {
  /** Every non-default cell by "sheet!A1", as JSON text (fills as BGR numbers). */
  dump(): string;
  panes(): { url: string; visible: boolean }[];
  calls(): number;
  activeSheet(): string;
  selection(sheet: string): string | undefined;
}

type StubWindow = Window & { __JUESUAN_WPS__?: WpsStubConfig; __wps?: WpsStubApi; Application?: unknown };

function install(win: StubWindow): void {
  const parent = win.parent as StubWindow;
  if (parent !== win && parent.Application) {
    Object.defineProperty(win, "Application", { value: parent.Application, configurable: true });
    return;
  }
  const config = win.__JUESUAN_WPS__;
  if (!config) return;
  const et = fakeEtFromGrid(config.grid);
  for (const [key, text] of Object.entries(config.comments)) {
    const [sheet, a1] = key.split("!");
    et.app.ActiveWorkbook!.Worksheets.Item(sheet).Range(a1).AddComment(text);
  }
  const storage = new Map<string, string>();
  const panes: { ID: number; url: string; Visible: boolean; frame: HTMLIFrameElement }[] = [];
  const extras: Record<string, unknown> = {
    PluginStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: unknown) => void storage.set(k, String(v)),
      removeItem: (k: string) => void storage.delete(k),
    },
    CreateTaskPane(url: string) {
      const frame = win.document.createElement("iframe");
      frame.src = url;
      frame.style.width = "420px";
      frame.style.height = "900px";
      win.document.body.appendChild(frame);
      const pane = { ID: panes.length + 1, url, Visible: false, frame };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
  };
  const root = new Proxy(et.app, { get: (t, k) => (typeof k === "string" && k in extras ? extras[k] : Reflect.get(t, k)) });
  Object.defineProperty(win, "Application", { value: root, configurable: true });
  win.__wps = {
    dump: () => JSON.stringify([...dumpBook(et.book)]),
    panes: () => panes.map((p) => ({ url: p.url, visible: p.Visible })),
    calls: () => et.book.calls,
    activeSheet: () => et.book.sheets[et.book.active].name,
    selection: (sheet) => et.book.sheet(sheet).selection,
  };
}

install(window as StubWindow);
