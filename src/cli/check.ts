// `juesuan check`: read each workbook, run the engine, report tables and findings.

import { analyze } from "../core/engine";
import { rangeA1 } from "../core/grid/address";
import { Finding } from "../core/findings/finding";
import { AnyTable, BoundWorkbook, TableKind, UnrecognisedTable } from "../core/tables/model";
import { Waiver } from "../core/waivers/model";
import { displayName, InputError } from "./files";
import { annotateWorkbook } from "./annotate";
import { loadInput } from "./load";
import { CliError, writeOutput } from "./output";

export interface TableEntry {
  /** The workbook's label in the template in use ("公开07"): for people. */
  readonly id: string;
  /** What the table is (a stable English id, "three-public-gpb"): for programs. */
  readonly kind: TableKind;
  readonly sheet: string;
  readonly range: string;
  readonly title: string;
  /** The marker as printed beside the title ("表7", "公开07表"), when there is one. */
  readonly marker?: string;
}

export interface FileResult {
  readonly file: string;
  /** The template pack in use; absent when the file could not be read. */
  readonly template?: BoundWorkbook["template"];
  readonly tables: TableEntry[];
  /** Title-like headings no template knows (政府采购情况表): listed, never dropped silently. */
  readonly unrecognised: readonly UnrecognisedTable[];
  readonly findings: readonly Finding[];
  /** The workbook's waivers (忽略并说明) that answer no finding any more, and rows that could not be read. */
  readonly staleWaivers?: readonly Waiver[];
  readonly waiverWarnings?: readonly string[];
  /** The file could not be read: one zh-CN line starting with the file's name. */
  readonly error?: string;
  /** The annotated copy written (check --out). */
  readonly annotated?: string;
  /** The annotated copy could not be written: one zh-CN line. The findings above still hold. */
  readonly annotateError?: string;
}

export function tableEntry(t: AnyTable): TableEntry {
  const title = t.kind === "project-scorecard" ? t.projectName || t.title : t.title;
  return { id: t.id, kind: t.kind, sheet: t.sheet, range: rangeA1(t.range), title, ...(t.marker ? { marker: t.marker } : {}) };
}

export interface CheckFileOptions {
  /** Write a copy with flagged cells filled and noted. */
  readonly annotateTo?: string;
  /** Scoring profile id (national by default); checked by the caller. */
  readonly profile?: string;
  /** Read formula results recalculated by LibreOffice (a temporary copy) instead of the cached ones. */
  readonly recalc?: boolean;
  /** A template pack id (checked by the caller) that forces the pack instead of detecting it. */
  readonly template?: string;
  /** --ignore-waivers: every finding shown as unanswered. */
  readonly ignoreWaivers?: boolean;
}

/** Findings that count: not answered by a waiver (忽略并说明). */
export function unwaived(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.waiver);
}

/** Formulas without a saved result: the core skips the checks that need them and says so with this rule. */
export function hasUncomputedFormulas(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === "read.uncomputed-formula" || f.check === "uncomputed-formula");
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileResult> {
  const display = displayName(file);
  try {
    const { wb, grid } = await loadInput(file, display, { recalc: options.recalc });
    const { bound, findings, waivers } = analyze(grid, { profile: options.profile ?? "national", template: options.template, ignoreWaivers: options.ignoreWaivers });
    const result: FileResult = {
      file: display,
      template: bound.template,
      tables: bound.tables.map(tableEntry),
      unrecognised: bound.unrecognised,
      findings,
      ...(waivers.stale.length ? { staleWaivers: waivers.stale } : {}),
      ...(waivers.warnings.length ? { waiverWarnings: waivers.warnings } : {}),
    };
    if (!options.annotateTo) return result;
    try {
      // An answered finding is not painted (highlightsFromFindings skips it, as in the pane).
      annotateWorkbook(wb, findings);
      await writeOutput(options.annotateTo, Buffer.from(await wb.xlsx.writeBuffer()));
      return { ...result, annotated: options.annotateTo };
    } catch (e) {
      if (e instanceof CliError) return { ...result, annotateError: `${display}：未能写入标注副本（${e.message}）` };
      throw e;
    }
  } catch (e) {
    if (e instanceof InputError) return { file: display, tables: [], unrecognised: [], findings: [], error: e.message };
    throw e;
  }
}
