// The fast reader `check` uses (src/cli/xlsx-read.ts) against exceljs + workbookToGrid on the same packages: the
// samples, copies written by exceljs (check --out, fill, template) and one saved by LibreOffice.
// Values, formats of shown cells, formulas, merges and sheet sizes must be the same, and so must the findings.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS } from "../../src/cli/limits";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { readGrid } from "../../src/cli/xlsx-read";
import { analyze } from "../../src/core/engine";
import { Grid } from "../../src/core/grid/grid";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, tempDir } from "./helpers";

const NATIONAL = path.join(__dirname, "../../assets/sample/national.xlsx");
const dir = tempDir("xlsx-read");
const out = (name: string) => path.join(dir, name);

/** Every difference between two grids, as text (empty when they agree). */
function differences(a: Grid, b: Grid): string[] {
  const diffs: string[] = [];
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  a.sheets.forEach((x, i) => {
    const y = b.sheets[i];
    if (x.values.length !== y.values.length) diffs.push(`${x.name}: ${x.values.length} rows, exceljs ${y.values.length}`);
    y.values.forEach((row, r) => {
      if ((x.values[r] ?? []).length !== row.length) diffs.push(`${x.name} row ${r + 1}: ${x.values[r]?.length} cells, exceljs ${row.length}`);
      row.forEach((v, c) => {
        const where = `${x.name}!R${r + 1}C${c + 1}`;
        if (JSON.stringify(x.values[r]?.[c]) !== JSON.stringify(v)) diffs.push(`${where}: ${JSON.stringify(x.values[r]?.[c])} vs ${JSON.stringify(v)}`);
        if (v !== null && x.formats?.[r]?.[c] !== y.formats?.[r]?.[c]) diffs.push(`${where} format: ${x.formats?.[r]?.[c]} vs ${y.formats?.[r]?.[c]}`);
        if ((x.formulas?.[r]?.[c] ?? "") !== (y.formulas?.[r]?.[c] ?? "")) diffs.push(`${where} formula: ${x.formulas?.[r]?.[c]} vs ${y.formulas?.[r]?.[c]}`);
      });
    });
    expect(x.merges).toEqual(y.merges);
  });
  return diffs;
}

const files: [string, () => Promise<string>][] = [
  ["the 云南 sample", async () => SAMPLE_PATH],
  ["the national sample", async () => NATIONAL],
  ["an annotated copy (exceljs, notes and fills)", async () => (await run(["check", "--out", out("annotated.xlsx")]), out("annotated.xlsx"))],
  ["a filled copy (exceljs, formulas with results)", async () => (await run(["fill", NATIONAL, "--out", out("filled.xlsx")]), out("filled.xlsx"))],
  ["a blank 附表15 template (merges, formulas without results)", async () => (await run(["template", "project", "--out", out("project.xlsx")]), out("project.xlsx"))],
];

describe.each(files)("%s", (_name, make) => {
  test("reads as exceljs reads it, and gives the same findings", async () => {
    const data = readFileSync(await make());
    const fast = readGrid(data, DEFAULT_LIMITS);
    const slow = workbookToGrid(await loadWorkbook(data));
    expect(differences(fast, slow)).toEqual([]);
    expect(JSON.stringify(analyze(fast).findings)).toBe(JSON.stringify(analyze(slow).findings));
    expect(fast.sheets.reduce((n, s) => n + s.values.length, 0)).toBeGreaterThan(10);
  });
});

// LibreOffice is installed wherever the tests run (.ci/run), as for test/cli/recalc.test.ts.
test("a workbook saved by LibreOffice (shared formulas) reads as exceljs reads it", async () => {
  const { recalculate } = await import("../../src/cli/libreoffice");
  await run(["fill", SAMPLE_PATH, "--out", out("filled-yunnan.xlsx")]);
  const data = readFileSync(await recalculate(out("filled-yunnan.xlsx")));
  const fast = readGrid(data, DEFAULT_LIMITS);
  const slow = workbookToGrid(await loadWorkbook(data));
  expect(differences(fast, slow)).toEqual([]);
  expect(JSON.stringify(analyze(fast).findings)).toBe(JSON.stringify(analyze(slow).findings));
}, 120000);
