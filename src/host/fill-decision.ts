// 填充's decision, the same on every host: plan the derived cells on the grid just read (cells on protected sheets
// are never written), hold back when non-empty cells would be overwritten without the user's word, and the
// content each written cell gets (its formula, and the plan's number format or the one it has).

import { cellKey } from "../core/grid/address";
import { Grid } from "../core/grid/grid";
import { planFill } from "../core/fill/plan";
import { FillPlan, FillWrite } from "../core/fill/types";
import { packById } from "../core/packs/index";
import { bindWorkbook } from "../core/tables/bind";
import { CellState } from "./cell-state";
import { overwritable } from "./types";
import { Target } from "./write-plan";

export interface FillDecision {
  readonly plan: FillPlan;
  /** What to write now (empty when confirmation is needed). */
  readonly writes: readonly FillWrite[];
  readonly keptDiffering: number;
  readonly needsConfirmation: boolean;
}

export interface FillChoice {
  readonly profile: string;
  readonly template?: string;
  /** Keys of the non-empty cells the user agreed to overwrite; absent: ask first. */
  readonly overwrite?: ReadonlySet<string>;
}

export function decideFill(grid: Grid, protectedSheets: ReadonlySet<string>, { profile, template, overwrite }: FillChoice): FillDecision {
  const isLocked = (cell: { sheet: string }) => protectedSheets.has(cell.sheet);
  const bound = bindWorkbook(grid, { template: template === undefined ? undefined : packById(template) });
  const plan = planFill(grid, { profile, isLocked, overwrite: overwrite !== undefined && overwrite.size > 0 }, bound);
  if (overwrite === undefined && overwritable(plan).length > 0) return { plan, writes: [], keptDiffering: 0, needsConfirmation: true };
  const agreed = (w: FillWrite) => w.replaced === undefined || (overwrite?.has(cellKey(w.cell)) ?? false);
  const writes = plan.writes.filter(agreed);
  return { plan, writes, keptDiffering: plan.writes.length - writes.length + overwritable(plan).length, needsConfirmation: false };
}

/** Formula and number format per written cell; a write without a format keeps the cell's. */
export function contentTargets(writes: readonly FillWrite[], current: ReadonlyMap<string, CellState>): Target[] {
  return writes.map((w) => {
    const now = current.get(cellKey(w.cell))?.content;
    return { cell: w.cell, content: { value: null, formula: w.formula, numberFormat: w.numberFormat ?? now?.numberFormat ?? "General" } };
  });
}
