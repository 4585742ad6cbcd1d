// The 忽略并说明 waivers travel with the workbook on one very hidden sheet, as rows of text.
// The name must match src/excel/waiver-sheet.ts (added on main) when the branches meet.

export const WAIVER_SHEET = "juesuan_waivers";
