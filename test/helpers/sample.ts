// The bundled sample workbook, read the way the CLI reads it (exceljs → grid).
import { readFileSync } from "node:fs";
import path from "node:path";
import { Grid } from "../../src/core/grid/grid";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";

export const SAMPLE_PATH = path.join(__dirname, "../../assets/sample/sample.xlsx");

let cached: Promise<Grid> | undefined;

export function loadSampleGrid(): Promise<Grid> {
  cached ??= loadWorkbook(readFileSync(SAMPLE_PATH)).then(workbookToGrid);
  return cached;
}
