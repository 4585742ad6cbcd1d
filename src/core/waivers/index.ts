// Waivers (忽略并说明): model, fingerprint, the sheet's format, and applying them to findings.
export { checkReason, MAX_REASON_CHARS, WAIVER_MARK, WAIVER_SHEET, WAIVER_VERSION } from "./model";
export type { Waiver } from "./model";
export { CellMeanings } from "./cell-meaning";
export { fingerprintOf, fingerprintSource, withoutAddresses } from "./fingerprint";
export { isWaiverSheet, readWaivers, waiverRows, withoutWaiverSheet } from "./sheet";
export type { WaiversRead } from "./sheet";
export { addWaiver, applyWaivers, removeWaiver } from "./apply";
export type { Applied } from "./apply";
