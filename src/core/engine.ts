// The one entry point hosts call: grid in, bound tables and findings out.

import { Grid } from "./grid/grid";
import { bindWorkbook } from "./tables/bind";
import { BoundWorkbook } from "./tables/model";
import { Finding } from "./findings/finding";
import { readProblemFindings } from "./findings/read-problems";
import { runRules, sortFindings } from "./rules/evaluate";
import { RULES } from "./rules/registry";
import { CheckOptions } from "./rules/rule";

export interface Analysis {
  readonly bound: BoundWorkbook;
  readonly findings: readonly Finding[];
}

export function analyze(grid: Grid, options: CheckOptions = { profile: "national" }): Analysis {
  const bound = bindWorkbook(grid);
  const findings = [...readProblemFindings(bound), ...runRules(bound, RULES, options)];
  return { bound, findings: sortFindings(findings, bound) };
}
