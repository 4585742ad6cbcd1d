// The workbooks the add-in benches (Excel and WPS) run on: the 云南 sample read as the CLI reads it, and its
// sheets copied under new names to make a larger workbook with proportionally more findings.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
require("./register-ts.cjs");
const { loadWorkbook, workbookToGrid } = require("../../src/cli/xlsx-grid.ts");

export async function sampleGrid() {
  return workbookToGrid(await loadWorkbook(readFileSync(path.join(root, "assets/sample/sample.xlsx"))));
}

/** The sample's sheets `copies` times, renamed "<name>~k" (sheet names allow 31 characters). */
export function replicate(grid, copies) {
  const sheets = [];
  for (let k = 1; k <= copies; k++) for (const s of grid.sheets) sheets.push({ ...s, name: `${s.name}~${k}`.slice(0, 31) });
  return { sheets };
}
