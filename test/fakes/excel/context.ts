// The request context of the fake: proxies queue actions; sync() runs them in order against the FakeBook,
// enforces Excel on the web's payload limits, counts round trips and applies loaded values only when the whole
// batch succeeded (a failed batch leaves its earlier writes applied, as Office.js does: batches are not atomic).

import { HostContext } from "../../../src/excel/host";
import { FakeOfficeError } from "./errors";
import { FakeBook } from "./state";

export interface FakeLimits {
  /** Request body per sync (Excel on the web: 5 MB). */
  readonly requestBytes: number;
  /** Response body per sync (Excel on the web: 5 MB). */
  readonly responseBytes: number;
  /** Longest address string getRange/getRanges accepts. */
  readonly addressChars: number;
}

export const WEB_LIMITS: FakeLimits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, addressChars: 8192 };

export type ActionKind = "create" | "load" | "write";

/** What a load action hands back: bytes in the response, and how to update its proxy once the batch succeeds. */
export interface LoadResult {
  readonly bytes: number;
  apply(): void;
}

interface Action {
  readonly kind: ActionKind;
  readonly label: string;
  readonly bytes: number;
  run(): LoadResult | void;
}

export interface SyncRecord {
  readonly actions: number;
  readonly writes: number;
  readonly loads: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly longestAddress: number;
  error?: string;
}

/** Decides whether the index-th action of a sync fails, and with which error code. */
export type Fault = (info: { readonly syncIndex: number; readonly action: { kind: ActionKind; label: string }; readonly writeIndex: number }) => string | undefined;

export interface FakeHost {
  readonly book: FakeBook;
  readonly limits: FakeLimits;
  /** ExcelApi version the fake host implements, e.g. "1.18". */
  readonly apiVersion: string;
  readonly faults: Fault[];
  /** Every sync of every context, in order. */
  readonly syncLog: SyncRecord[];
  /** Writes executed over the host's life, for fault positions. */
  writeCount: number;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function apiAtLeast(version: string, required: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = required.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export class FakeContext implements HostContext {
  private queue: Action[] = [];
  readonly syncs: SyncRecord[] = [];
  // Assigned by the factory (workbook.ts) to avoid a module cycle.
  workbook!: HostContext["workbook"];

  constructor(readonly host: FakeHost) {}

  get book(): FakeBook {
    return this.host.book;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues an action; args are what Office.js would serialise into the request (sized, never sent). */
  enqueue(kind: ActionKind, label: string, args: unknown, run: () => LoadResult | void): void {
    const bytes = 60 + utf8Bytes(label) + utf8Bytes(JSON.stringify(args ?? null));
    this.queue.push({ kind, label, bytes, run });
  }

  requireApi(version: string, what: string): void {
    if (!apiAtLeast(this.host.apiVersion, version)) {
      throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host implements ${this.host.apiVersion}`);
    }
  }

  checkAddressLength(address: string): void {
    if (address.length > this.host.limits.addressChars) {
      throw new FakeOfficeError("InvalidArgument", `address of ${address.length} characters exceeds ${this.host.limits.addressChars}`);
    }
    this.longestAddress = Math.max(this.longestAddress, address.length);
  }

  private longestAddress = 0;

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.longestAddress = 0;
    const record: SyncRecord = {
      actions: queue.length,
      writes: queue.filter((a) => a.kind === "write").length,
      loads: queue.filter((a) => a.kind === "load").length,
      requestBytes: queue.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      longestAddress: 0,
    };
    const fail = (e: FakeOfficeError): never => {
      this.push({ ...record, longestAddress: this.longestAddress, error: e.code });
      throw e;
    };
    await Promise.resolve();
    if (this.book.cellEditMode) {
      fail(new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    }
    if (record.requestBytes > this.host.limits.requestBytes) {
      fail(new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${record.requestBytes} bytes`));
    }
    const results: LoadResult[] = [];
    const syncIndex = this.host.syncLog.length;
    for (const action of queue) {
      try {
        if (action.kind === "write") {
          const code = this.host.faults.map((f) => f({ syncIndex, action, writeIndex: this.host.writeCount })).find(Boolean);
          if (code) throw new FakeOfficeError(code, `injected failure at ${action.label}`);
          this.host.writeCount++;
        }
        const r = action.run();
        if (r) results.push(r);
      } catch (e) {
        fail(e instanceof FakeOfficeError ? e : new FakeOfficeError("GeneralException", String(e)));
      }
    }
    record.responseBytes = results.reduce((n, r) => n + r.bytes, 0);
    if (record.responseBytes > this.host.limits.responseBytes) {
      fail(new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${record.responseBytes} bytes`));
    }
    for (const r of results) r.apply();
    this.push({ ...record, longestAddress: this.longestAddress });
  }

  private push(record: SyncRecord): void {
    this.syncs.push(record);
    this.host.syncLog.push(record);
  }
}
