// The fill entry point hosts call: a grid in, a plan of derived cells out (formula, engine value, number
// format), with conflicts and cells left for people. Pure: the host applies `writes` and reports the rest.

import { Grid } from "../grid/grid";
import { NATIONAL, profileById } from "../scoring/profiles";
import { bindWorkbook } from "../tables/bind";
import { BoundWorkbook, isPublicTable } from "../tables/model";
import { deptDerivations, projectDerivations } from "./derive-scorecards";
import { publicDerivations } from "./derive-public";
import { resolveDerivations } from "./resolve";
import { Derivation, FillOptions, FillPlan } from "./types";

export function derivationsOf(grid: Grid, bound: BoundWorkbook, options: FillOptions = {}): Derivation[] {
  const profile = profileById(options.profile ?? NATIONAL.id) ?? NATIONAL;
  const sheet = (name: string) => grid.sheets.find((s) => s.name === name);
  const out: Derivation[] = [];
  for (const t of bound.tables) {
    if (isPublicTable(t)) out.push(...publicDerivations(t));
    else if (t.kind === "project-scorecard") out.push(...projectDerivations(t, sheet(t.sheet), profile));
    else out.push(...deptDerivations(t, sheet(t.sheet)));
  }
  return out;
}

/** Unknown profile ids are the caller's to reject (the CLI does, with the list of profiles). */
export function planFill(grid: Grid, options: FillOptions = {}, bound: BoundWorkbook = bindWorkbook(grid)): FillPlan {
  const profile = profileById(options.profile ?? NATIONAL.id) ?? NATIONAL;
  return resolveDerivations(grid, derivationsOf(grid, bound, { ...options, profile: profile.id }), { ...options, profile: profile.id });
}
