// Budgets that keep every request well inside what Excel accepts. Excel on the web rejects requests and
// responses over 5 MB, and long address strings; the adapter estimates conservatively and stays far below.

/** Longest comma-joined address list passed to Worksheet.getRanges. */
export { MAX_ADDRESS_CHARS } from "../host/write-plan";

/** Estimated request bytes queued before the writer syncs. */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/** Cells whose fill properties one targeted read (getCellProperties) may return per sync. */
export const FILL_READ_BUDGET_CELLS = 12_000;

/** Notes probed (getItemOrNullObject) per sync. */
export const NOTE_PROBE_BUDGET = 4000;

/** Excel keeps notes short; longer note text is cut with an ellipsis. */
export const MAX_NOTE_CHARS = 2000;

/**
 * Used-range cells read per sync when the workbook is too big to read in one: values, types, formats and formulas
 * cost ≈ 40 bytes a cell in JSON (more for long Chinese text), so a batch stays near 2 MB.
 */
export const READ_BUDGET_CELLS = 40_000;
