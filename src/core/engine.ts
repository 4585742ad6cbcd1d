// The one entry point hosts call: grid in, bound tables and findings out.

import { cellKey } from "./grid/address";
import { Grid } from "./grid/grid";
import { bindWorkbook } from "./tables/bind";
import { packById } from "./packs/index";
import { BoundWorkbook } from "./tables/model";
import { Finding } from "./findings/finding";
import { readProblemFindings } from "./findings/read-problems";
import { uncomputedFormulaFindings } from "./findings/uncomputed";
import { runRules, sortFindings } from "./rules/evaluate";
import { RULES } from "./rules/registry";
import { CheckOptions } from "./rules/rule";

export interface Analysis {
  readonly bound: BoundWorkbook;
  readonly findings: readonly Finding[];
}

export function analyze(grid: Grid, options: CheckOptions = { profile: "national" }): Analysis {
  const bound = bindWorkbook(grid, { template: options.template ? packById(options.template) : undefined });
  const findings = [...readProblemFindings(bound), ...uncomputedFormulaFindings(grid, bound), ...runRules(bound, RULES, options)];
  return { bound, findings: sortFindings(unreadableOnce(findings), bound) };
}

/** A cell the reader already reported as unreadable is not reported again by the rules that met it. */
function unreadableOnce(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.rule !== "read.unreadable-cell") return true;
    const key = cellKey(f.cell);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
