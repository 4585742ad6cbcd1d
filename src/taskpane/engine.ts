// The engine the add-in runs on a grid: the core's analyze() (tables bound, rules run, findings ordered) with the
// scoring profile and the template pack chosen in the pane, turned into the report the pane and the ribbon's 校验 show and mark.

import { Analysis, analyze } from "../core/engine";
import { Grid } from "../core/grid/grid";
import { NATIONAL } from "../core/scoring/profiles";
import { Checker, CheckReport } from "../host/types";

/**
 * Table-level read problems are findings already (core/findings/read-problems.ts); what is left are the
 * workbook-level ones that concern no cell ("未找到任何公开表或绩效自评表").
 */
export function reportOf({ bound, findings, waivers }: Analysis): CheckReport {
  return {
    findings,
    waivers,
    tables: bound.tables.map((t) => ({ id: t.id, kind: t.kind, sheet: t.sheet })),
    template: { id: bound.template.id, name: bound.template.name, forced: bound.template.forced },
    problems: bound.problems.filter((p) => !p.cell || !p.table).map((p) => p.message),
  };
}

/** `template`: a pack id forcing that pack; undefined detects the pack per workbook. */
export function checkerFor(profile: string, template?: string): Checker {
  return (grid: Grid) => reportOf(analyze(grid, { profile, template }));
}

/** The default profile's checker. */
export const checkGrid: Checker = checkerFor(NATIONAL.id);
