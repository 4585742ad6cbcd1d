// The engine the add-in runs on a grid: bind the tables, run the rules. The rules engine is injected here
// (one line to change when src/core/rules exports checkWorkbook).

import { Finding } from "../core/findings/finding";
import { Grid } from "../core/grid/grid";
import { bindWorkbook } from "../core/tables/bind";
import { BoundWorkbook } from "../core/tables/model";
import { Checker, CheckReport } from "../excel/validate";

export type Rules = (bound: BoundWorkbook) => readonly Finding[];

export function makeChecker(rules: Rules): Checker {
  return (grid: Grid): CheckReport => {
    const bound = bindWorkbook(grid);
    const tableProblems = bound.tables.flatMap((t) => t.problems.map((p) => p.message));
    return {
      findings: rules(bound),
      tables: bound.tables.map((t) => ({ id: t.id, sheet: t.sheet })),
      problems: [...bound.problems.map((p) => p.message), ...tableProblems],
    };
  };
}

// TODO(issue 5 / rules): replace with `checkWorkbook` from src/core/rules once it lands.
const noRulesYet: Rules = () => [];

export const checkGrid: Checker = makeChecker(noRulesYet);
