// The one entry point hosts call: grid in, bound tables and findings out, each finding a waiver answers marked so.

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
import { applyWaivers, CellMeanings, fingerprintOf, readWaivers, Waiver, withoutWaiverSheet } from "./waivers/index";

export interface AnalyzeOptions extends CheckOptions {
  /** Show every finding as unanswered (reviewers: --ignore-waivers); the waivers are still read and listed. */
  readonly ignoreWaivers?: boolean;
}

export interface WaiverState {
  /** The waivers stored in the workbook (its very-hidden sheet, core/waivers/sheet.ts). */
  readonly list: readonly Waiver[];
  /** Those that answer no finding any more (its figure changed, or it is gone). */
  readonly stale: readonly Waiver[];
  /** Rows or a sheet that could not be read, in zh-CN. */
  readonly warnings: readonly string[];
  /** The waiver sheet is there but could not be read at all: it must not be overwritten. */
  readonly unreadable?: string;
  /** Each finding's fingerprint, what a new waiver for it is keyed by. */
  fingerprint(f: Finding): string;
}

export interface Analysis {
  readonly bound: BoundWorkbook;
  readonly findings: readonly Finding[];
  readonly waivers: WaiverState;
}

export function analyze(grid: Grid, options: AnalyzeOptions = { profile: "national" }): Analysis {
  const read = readWaivers(grid);
  const checked = withoutWaiverSheet(grid); // the waiver sheet is the add-in's store, neither table nor prose
  const bound = bindWorkbook(checked, { template: options.template ? packById(options.template) : undefined });
  const found = [...readProblemFindings(bound), ...uncomputedFormulaFindings(checked, bound), ...runRules(bound, RULES, options)];
  const sorted = sortFindings(unreadableOnce(found), bound);
  // Fingerprints are computed when asked for: a workbook without waivers pays nothing for them.
  let meanings: CellMeanings | undefined;
  const prints = new WeakMap<Finding, string>();
  const fingerprint = (f: Finding): string => {
    let p = prints.get(f);
    if (p === undefined) prints.set(f, (p = fingerprintOf(f, (meanings ??= new CellMeanings(checked, bound.tables)))));
    return p;
  };
  const applied = read.waivers.length ? applyWaivers(sorted, read.waivers, fingerprint, !options.ignoreWaivers) : { findings: sorted, stale: [] };
  // A waived copy keeps its original's fingerprint.
  applied.findings.forEach((f, i) => {
    if (f !== sorted[i]) prints.set(f, fingerprint(sorted[i]));
  });
  return {
    bound,
    findings: applied.findings,
    waivers: { list: read.waivers, stale: applied.stale, warnings: read.warnings, unreadable: read.unreadable, fingerprint },
  };
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
