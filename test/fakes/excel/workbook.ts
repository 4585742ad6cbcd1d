// The fake host: a FakeBook plus what Office.js adds around it — Excel.run, requirement sets, limits, faults.

import { HostContext } from "../../../src/excel/host";
import { apiAtLeast, Fault, FakeContext, FakeHost, FakeLimits, SyncRecord, WEB_LIMITS } from "./context";
import { parseA1, rangeA1, parseRangeA1 } from "../../../src/core/grid/address";
import { CellValue } from "../../../src/core/grid/grid";
import { fakeSheetId } from "./events";
import { FakeBook } from "./state";
import { FakeWorksheetCollection } from "./worksheet";

export interface FakeExcelOptions {
  /** ExcelApi version implemented; default "1.18" (notes available). */
  readonly apiVersion?: string;
  readonly limits?: Partial<FakeLimits>;
}

export class FakeExcel implements FakeHost {
  readonly book = new FakeBook();
  readonly apiVersion: string;
  readonly limits: FakeLimits;
  readonly faults: Fault[] = [];
  readonly syncLog: SyncRecord[] = [];
  writeCount = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.18";
    this.limits = { ...WEB_LIMITS, ...options.limits };
  }

  newContext(): FakeContext {
    const ctx = new FakeContext(this);
    const worksheets = new FakeWorksheetCollection(ctx);
    ctx.workbook = { worksheets } satisfies HostContext["workbook"];
    return ctx;
  }

  /** Excel.run: a fresh context per batch; a batch that leaves queued actions unsynced is a bug. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const ctx = this.newContext();
    const result = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`fake Excel.run: ${ctx.pending} queued actions were never synced`);
    return result;
  }

  /** Office.context.requirements.isSetSupported for the ExcelApi set. */
  isSetSupported = (name: string, minVersion = "1.1"): boolean => name === "ExcelApi" && apiAtLeast(this.apiVersion, minVersion);

  /** Makes the n-th write from now on (0-based) fail once with the given code. */
  failWriteAt(n: number, code = "GeneralException"): void {
    const at = this.writeCount + n;
    let fired = false;
    this.faults.push(({ writeIndex }) => {
      if (fired || writeIndex !== at) return undefined;
      fired = true;
      return code;
    });
  }

  /** The user types a constant into a cell (what Excel raises: onChanged, triggerSource "Unknown" from 1.14). */
  userEdit(sheetName: string, a1: string, value: CellValue): void {
    const sheet = this.book.sheetByName(sheetName);
    const at = parseA1(a1);
    if (!sheet || !at) throw new Error(`fake: no cell ${sheetName}!${a1}`);
    const cell = sheet.mutableCell(at.row, at.col);
    cell.value = value;
    cell.formula = "";
    const triggerSource = apiAtLeast(this.apiVersion, "1.14") ? "Unknown" : undefined;
    this.book.events.emitChanged({ type: "WorksheetChanged", worksheetId: fakeSheetId(sheet), address: a1, changeType: "RangeEdited", source: "Local", triggerSource });
  }

  /** The user clicks a cell or drags over a range (onSelectionChanged). */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.book.sheetByName(sheetName);
    const area = parseRangeA1(address, sheetName);
    if (!sheet || !area) throw new Error(`fake: no range ${sheetName}!${address}`);
    this.book.activeSheetId = sheet.id;
    this.book.selection = { sheet: sheet.name, address: rangeA1(area) };
    this.book.events.emitSelection({ type: "WorksheetSelectionChanged", worksheetId: fakeSheetId(sheet), address: rangeA1(area) });
  }

  get syncCount(): number {
    return this.syncLog.length;
  }
}
