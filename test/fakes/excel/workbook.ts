// The fake host: a FakeBook plus what Office.js adds around it — Excel.run, requirement sets, limits, faults.

import { HostContext } from "../../../src/excel/host";
import { apiAtLeast, Fault, FakeContext, FakeHost, FakeLimits, SyncRecord, WEB_LIMITS } from "./context";
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

  get syncCount(): number {
    return this.syncLog.length;
  }
}
