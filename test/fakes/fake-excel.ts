// A typed in-memory fake of the Excel JavaScript API, faithful where the adapter's correctness depends on it:
// load-before-read, batches run only at sync (and not atomically), sync counting, the 5 MB payload and address
// limits, "no fill" vs white, notes behind ExcelApi 1.18, protection and cell-edit mode.
export { FakeExcel } from "./excel/workbook";
export type { FakeExcelOptions } from "./excel/workbook";
export { FakeContext, WEB_LIMITS } from "./excel/context";
export type { FakeLimits, SyncRecord } from "./excel/context";
export { FakeBook, FakeSheet, noFill } from "./excel/state";
export type { BookDump, FakeCell, FakeFill } from "./excel/state";
export { FakeOfficeError } from "./excel/errors";
export { fakeExcelFromGrid } from "./excel/from-grid";
