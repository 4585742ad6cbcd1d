// The one entry point hosts call: grid in, bound tables and findings out.

import { Grid } from "./grid/grid";
import { bindWorkbook } from "./tables/bind";
import { BoundWorkbook } from "./tables/model";
import { Finding } from "./findings/finding";
import { readProblemFindings } from "./findings/read-problems";

export interface Analysis {
  readonly bound: BoundWorkbook;
  readonly findings: readonly Finding[];
}

export function analyze(grid: Grid): Analysis {
  const bound = bindWorkbook(grid);
  return { bound, findings: readProblemFindings(bound) };
}
