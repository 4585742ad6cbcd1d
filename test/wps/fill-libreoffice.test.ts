// 填充 in WPS 表格 writes formulas that an independent engine computes to the engine's values: the sample with
// its derived cells blanked is filled through the WPS adapter on the fake, saved with every cached result
// poisoned, and recalculated by LibreOffice (headless, always recalculating).

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { planFill } from "../../src/core/fill/plan";
import { cellA1, cellKey } from "../../src/core/grid/address";
import { Journal } from "../../src/host/journal";
import { wpsHost } from "../../src/wps/wps-host";
import { fakeEtFromGrid } from "../fakes/wps/book";
import { fakeToXlsx } from "../fakes/wps/to-xlsx";
import { blankableDerivedCells } from "../fill/blanking";
import { blankGrid, readFormulaCells } from "../fill/workbooks";
import { libreOfficeAvailable, recalculate } from "../helpers/libreoffice";
import { loadSampleGrid } from "../helpers/sample";

const available = libreOfficeAvailable();
if (!available && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
const describeLo = available ? describe : describe.skip;

describeLo("填充 through the WPS adapter, recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-wps-lo-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("every formula written computes to the engine's value (amounts and scores to 0.005, ratios to 0.00005)", async () => {
    const grid = await loadSampleGrid();
    const original = planFill(grid);
    const { cells } = blankableDerivedCells(grid, [...original.writes, ...original.kept, ...original.conflicts].map((c) => c.cell));
    const et = fakeEtFromGrid(blankGrid(grid, cells));
    const out = await wpsHost(et.app).fill({ journal: new Journal(), profile: "national", overwrite: new Set() });
    expect(out.written.length).toBeGreaterThan(380);

    const file = path.join(dir, "filled.xlsx");
    expect(await fakeToXlsx(et.book, file)).toBeGreaterThanOrEqual(out.written.length);
    const recalculated = await recalculate(file, path.join(dir, "lo"));
    const results = await readFormulaCells(recalculated, out.written.map((w) => ({ sheet: w.cell.sheet, cell: cellA1(w.cell) })));
    const tolerance = { amount: 0.005, score: 0.005, ratePoints: 0.005, rate: 0.00005, grade: 0 };
    const wrong = out.written.filter((w) => {
      const got = results.get(cellKey(w.cell));
      if (got?.formula === undefined) return true;
      return w.kind === "grade" ? got.result !== w.value : !(typeof got.result === "number" && Math.abs(got.result - Number(w.value)) <= tolerance[w.kind] + 1e-12);
    }).map((w) => ({ cell: cellKey(w.cell), formula: w.formula, engine: w.value, libreoffice: results.get(cellKey(w.cell))?.result }));
    expect(wrong).toEqual([]);
  }, 120_000);
});
