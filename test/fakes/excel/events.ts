// Worksheet events of the fake (WorksheetCollection.onChanged / onSelectionChanged, ExcelApi 1.9): handlers live
// on the book, as Excel keeps them for the runtime's life; events are raised after the batch that caused them,
// asynchronously, as Excel does. Content writes of the add-in raise onChanged too (triggerSource "ThisLocalAddin"
// from ExcelApi 1.14 on); format writes (fills, marks) and notes raise none.

import type { FakeSheet } from "./state";

export interface FakeChangedArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  /** ExcelApi 1.14; absent below. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

export interface FakeSelectionArgs {
  readonly type: "WorksheetSelectionChanged";
  readonly worksheetId: string;
  readonly address: string;
}

export type FakeHandler<A> = (args: A) => Promise<unknown>;

/** Office.js ids are GUID-like strings; the fake's numeric id dressed as one. */
export function fakeSheetId(s: FakeSheet): string {
  return `{fake-sheet-${s.id}}`;
}

export class FakeEvents {
  readonly changed = new Set<FakeHandler<FakeChangedArgs>>();
  readonly selection = new Set<FakeHandler<FakeSelectionArgs>>();
  /** Events raised so far, for tests. */
  raised = 0;

  emitChanged(args: FakeChangedArgs): void {
    this.raise(this.changed, args);
  }

  emitSelection(args: FakeSelectionArgs): void {
    this.raise(this.selection, args);
  }

  private raise<A>(handlers: Set<FakeHandler<A>>, args: A): void {
    this.raised++;
    for (const h of [...handlers]) setTimeout(() => void h(args), 0);
  }
}
