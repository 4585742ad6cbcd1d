// An independent spreadsheet engine agrees with the fill: the filled workbooks are recalculated by LibreOffice
// (headless, with a profile that always recalculates; every cached result is first replaced by a wrong one,
// so nothing can pass on the values the product cached) and every formula's result must equal the engine's
// value: amounts and scores to 0.005, ratios to 0.00005, grades exactly. Three conversions in all (~5 s each):
// the sample with its derived cells blanked; a consistent workbook plus the hand-computed scoring cases
// (national profile); the scoring cases again under the provincial profile.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/core/engine";
import { planFill } from "../../src/core/fill/plan";
import { cellKey } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { consistentWorkbook } from "../helpers/consistent-workbook";
import { libreOfficeAvailable } from "../helpers/libreoffice";
import { SAMPLE_PATH } from "../helpers/sample";
import { ALL_CASES, casesGrid, LAYOUT, totalRow } from "./cases";
import { disagreements, prepare, Run } from "./lo-run";
import { gridOfFile, gridToXlsx, readFormulaCells } from "./workbooks";

const available = libreOfficeAvailable();
if (!available && process.env.CI) {
  throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
}
const describeLo = available ? describe : describe.skip;

let dir: string;
const runs = new Map<string, Run>();

describeLo("LibreOffice recomputes the filled workbooks to the engine's values", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-fill-lo-"));
    const consistent = consistentWorkbook();
    const combined: Grid = { sheets: [...consistent.grid.sheets, ...casesGrid().sheets] };
    await gridToXlsx(combined, path.join(dir, "consistent.xlsx"));
    await gridToXlsx(casesGrid(), path.join(dir, "cases.xlsx"));
    // The cases' derived cells are blank already; the consistent workbook's are found by planning on it.
    const national = (grid: Grid) => planFill(grid);
    const province = (grid: Grid) => planFill(grid, { profile: "province-80-70-60" });
    const [sample, both, prov] = await Promise.all([
      prepare(dir, "sample", SAMPLE_PATH, national, "national"),
      prepare(dir, "consistent", path.join(dir, "consistent.xlsx"), national, "national"),
      prepare(dir, "cases-province", path.join(dir, "cases.xlsx"), province, "province-80-70-60"),
    ]);
    runs.set("sample", sample).set("consistent", both).set("province", prov);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([["sample"], ["consistent"], ["province"]])("%s: every formula LibreOffice computes equals the engine's value", async (name) => {
    const run = runs.get(name)!;
    expect(run.poisoned).toBe(run.plan.writes.length);
    expect(run.plan.writes.length).toBeGreaterThan(name === "province" ? 60 : 380);
    expect(await disagreements(run)).toEqual([]);
  });

  test("the hand-computed cases come out of LibreOffice as computed by hand", async () => {
    for (const [name, which] of [["consistent", "national"], ["province", "province"]] as const) {
      const run = runs.get(name)!;
      const wanted = ALL_CASES.flatMap((c) => [
        { sheet: c.sheet, cell: `${LAYOUT.scoreCol}${totalRow(c)}`, want: Number(c.total[which]) },
        { sheet: c.sheet, cell: `${LAYOUT.gradeCol}${totalRow(c)}`, want: c.grade[which] },
        ...c.indicators
          .map((i, k) => ({ sheet: c.sheet, cell: `${LAYOUT.scoreCol}${LAYOUT.firstIndicatorRow + k}`, want: i[which] === "manual" ? undefined : Number(i[which]) }))
          .filter((x) => x.want !== undefined),
      ]);
      const results = await readFormulaCells(run.recalculated, wanted);
      const got = wanted.map((w) => ({ ...w, want: results.get(`${w.sheet}!${w.cell}`)?.result }));
      expect([name, got]).toEqual([name, wanted]);
    }
  });

  test("round trip on LibreOffice's results: checking them finds no error on a derived cell", async () => {
    const consistent = analyze(await gridOfFile(runs.get("consistent")!.recalculated)).findings;
    expect(consistent.filter((f) => f.severity === "error").map((f) => [f.rule, f.check, cellKey(f.cell), f.message])).toEqual([]);
    // The cases alone are no complete disclosure (公开01–09 are missing): only their derived cells count here.
    const province = runs.get("province")!;
    const derived = new Set(province.plan.writes.map((w) => cellKey(w.cell)));
    const findings = analyze(await gridOfFile(province.recalculated), { profile: "province-80-70-60" }).findings;
    expect(findings.filter((f) => f.severity === "error" && derived.has(cellKey(f.cell))).map((f) => f.message)).toEqual([]);
    const sample = runs.get("sample")!;
    const filled = new Set(sample.plan.writes.map((w) => cellKey(w.cell)));
    const errors = analyze(await gridOfFile(sample.recalculated)).findings.filter((f) => f.severity === "error" && filled.has(cellKey(f.cell)));
    // The seed's own data (see cli.test.ts): 尾数 between 公开01 and 公开03, and 附表15-4's 分值 adding up to 97.
    expect(errors.map((f) => [f.rule, f.check, cellKey(f.cell)])).toEqual([
      ["cross.summary-expenditure", "cross", "公开01表!F38"],
      // The same 尾数 on the income side: 公开02's and 公开05's 合计 rows summed from their 项 (10,590.01,
      // 10,584.31) against the figures 公开01/04 show (10,590.02, 10,584.32), which must agree exactly.
      ["cross.income-by-source", "cross", "公开02表!D12"],
      ["cross.fiscal-income", "cross", "公开02表!E12"],
      ["cross.fund-income", "cross", "公开05表!G14"],
      ["scorecard", "weights", "附表15-4!H24"],
    ]);
  });
});
