// The workbook's events the pane listens to: WorksheetCollection.onSelectionChanged and onChanged (ExcelApi 1.9,
// the manifest's minimum). Events name sheets by id: the ids are mapped to names once, and again when an unknown
// id comes (a sheet added or renamed). Edits the add-in made itself (填充, 撤销: triggerSource "ThisLocalAddin",
// ExcelApi 1.14) are not reported; below 1.14 they are, and the pane ignores edits while its own action runs.

import { parseRangeA1 } from "../core/grid/address";
import { WorkbookListener } from "../host/host";

export interface HostChangedArgs {
  readonly worksheetId: string;
  readonly address: string;
  /** ExcelApi 1.14. */
  readonly triggerSource?: string;
}

export interface HostSelectionArgs {
  readonly worksheetId: string;
  readonly address: string;
}

export interface HostEventHandlers<A> {
  add(handler: (args: A) => Promise<unknown>): unknown;
}

export interface EventWorksheets {
  readonly items: { readonly id: string; readonly name: string }[];
  load(propertyNames: string | string[]): unknown;
  readonly onChanged: HostEventHandlers<HostChangedArgs>;
  readonly onSelectionChanged: HostEventHandlers<HostSelectionArgs>;
}

export interface EventHostContext {
  readonly workbook: { readonly worksheets: EventWorksheets };
  sync(): Promise<unknown>;
}

export type EventRun = <T>(batch: (context: EventHostContext) => Promise<T>) => Promise<T>;

/** Registers both handlers and learns the sheet ids in one sync. */
export async function watchWorkbook(run: EventRun, listener: WorkbookListener): Promise<void> {
  let names = new Map<string, string>();
  const learn = async (context: EventHostContext) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id, items/name");
    await context.sync();
    names = new Map(worksheets.items.map((s) => [s.id, s.name]));
  };
  const nameOf = async (id: string) => names.get(id) ?? (await run(learn), names.get(id));

  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.onChanged.add(async (args) => {
      if (args.triggerSource === "ThisLocalAddin") return;
      const name = await nameOf(args.worksheetId);
      if (name !== undefined) listener.edited([name]);
    });
    worksheets.onSelectionChanged.add(async (args) => {
      const name = await nameOf(args.worksheetId);
      const area = name === undefined ? undefined : parseRangeA1(args.address, name);
      if (name !== undefined && area) listener.selected({ sheet: name, row: area.top, col: area.left });
    });
    await learn(context);
  });
}

// Compile-time proof that the real request context offers the events as used here.
type Fits<T extends U, U> = T;
export type RealEventContextFits = Fits<Excel.RequestContext, EventHostContext>;
