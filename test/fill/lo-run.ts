// One LibreOffice round of the fill test: blank a workbook's derived cells, fill it with the CLI, replace every
// cached result by a wrong one, recalculate in LibreOffice, and compare each formula's result with the engine's.
import path from "node:path";
import { planFill } from "../../src/core/fill/plan";
import { FillPlan, FillWrite } from "../../src/core/fill/types";
import { cellA1, cellKey } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { recalculate } from "../helpers/libreoffice";
import { blankableDerivedCells } from "./blanking";
import { blankCopy, cli, gridOfFile, poisonCachedResults, readFormulaCells } from "./workbooks";

const TOLERANCE: Record<FillWrite["kind"], number> = { amount: 0.005, score: 0.005, ratePoints: 0.005, rate: 0.00005, grade: 0 };

export interface Run {
  /** The plan the CLI applied (re-planned in the test from the same input, and compared with the CLI's JSON). */
  readonly plan: FillPlan;
  readonly filled: string;
  readonly recalculated: string;
  readonly poisoned: number;
}

/** Blanks the derived cells of `source`, fills it with the CLI, poisons the cached results, recalculates. */
export async function prepare(dir: string, name: string, source: string, derivedOf: (grid: Grid) => FillPlan, profile: string): Promise<Run> {
  const grid = await gridOfFile(source);
  const original = derivedOf(grid);
  const { cells } = blankableDerivedCells(grid, [...original.writes, ...original.kept, ...original.conflicts].map((c) => c.cell));
  const blank = path.join(dir, `${name}-blank.xlsx`);
  await blankCopy(source, cells, blank);
  const filled = path.join(dir, `${name}-filled.xlsx`);
  const r = await cli("fill", blank, "--out", filled, "--json", "--profile", profile);
  if (r.code === 2) throw new Error(r.err);
  const plan = planFill(await gridOfFile(blank), { profile });
  const json = JSON.parse(r.out).files[0];
  expect(json.filled).toEqual(plan.writes.map((w) => expect.objectContaining({ sheet: w.cell.sheet, cell: cellA1(w.cell), formula: w.formula, value: w.value })));
  const poisonedFile = path.join(dir, `${name}-poisoned.xlsx`);
  const poisoned = await poisonCachedResults(filled, poisonedFile);
  const recalculated = await recalculate(poisonedFile, path.join(dir, "lo"));
  return { plan, filled, recalculated, poisoned };
}

/** Formulas whose LibreOffice result is not the engine's value (amounts and scores to 0.005, ratios to 0.00005). */
export async function disagreements(run: Run): Promise<unknown[]> {
  const results = await readFormulaCells(run.recalculated, run.plan.writes.map((w) => ({ sheet: w.cell.sheet, cell: cellA1(w.cell) })));
  const out: unknown[] = [];
  for (const w of run.plan.writes) {
    const got = results.get(cellKey(w.cell));
    const lo = got?.result;
    const ok =
      !!got?.formula &&
      (w.kind === "grade" ? lo === w.value : typeof lo === "number" && Math.abs(lo - Number(w.value)) <= TOLERANCE[w.kind] + 1e-12);
    if (!ok) out.push({ cell: cellKey(w.cell), formula: w.formula, engine: w.value, libreoffice: lo, formulaAfter: got?.formula });
  }
  return out;
}
