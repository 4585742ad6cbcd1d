// Reads the sample workbook once, the way the CLI does, and leaves it as JSON for test files that need the
// grid while jest collects their tests (exceljs can only read asynchronously).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../src/cli/xlsx-grid";

export default async function globalSetup(): Promise<void> {
  const file = path.join(__dirname, "../assets/sample/sample.xlsx");
  const grid = workbookToGrid(await loadWorkbook(readFileSync(file)));
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "juesuan-jest-")), "sample-grid.json");
  writeFileSync(out, JSON.stringify(grid));
  process.env.JUESUAN_SAMPLE_GRID_JSON = out;
}
