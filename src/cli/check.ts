// `juesuan check`: read each workbook, run the engine, report tables and findings.

import { analyze } from "../core/engine";
import { rangeA1 } from "../core/grid/address";
import { Finding } from "../core/findings/finding";
import { AnyTable } from "../core/tables/model";
import { displayName, InputError } from "./files";
import { annotateWorkbook } from "./annotate";
import { loadInput } from "./load";
import { CliError, writeOutput } from "./output";

export interface TableEntry {
  readonly id: string;
  readonly sheet: string;
  readonly range: string;
  readonly title: string;
}

export interface FileResult {
  readonly file: string;
  readonly tables: TableEntry[];
  readonly findings: readonly Finding[];
  /** The file could not be read: one zh-CN line starting with the file's name. */
  readonly error?: string;
  /** The annotated copy written (check --out). */
  readonly annotated?: string;
  /** The annotated copy could not be written: one zh-CN line. The findings above still hold. */
  readonly annotateError?: string;
}

export function tableEntry(t: AnyTable): TableEntry {
  const title = t.kind === "project-scorecard" ? t.projectName || t.title : t.title;
  return { id: t.id, sheet: t.sheet, range: rangeA1(t.range), title };
}

export interface CheckFileOptions {
  /** Write a copy with flagged cells filled and noted. */
  readonly annotateTo?: string;
  /** Scoring profile id (national by default); checked by the caller. */
  readonly profile?: string;
  /** Read formula results recalculated by LibreOffice (a temporary copy) instead of the cached ones. */
  readonly recalc?: boolean;
}

/** Formulas without a saved result: the core skips the checks that need them and says so with this rule. */
export function hasUncomputedFormulas(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === "read.uncomputed-formula" || f.check === "uncomputed-formula");
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileResult> {
  const display = displayName(file);
  try {
    const { wb, grid } = await loadInput(file, display, { recalc: options.recalc });
    const { bound, findings } = analyze(grid, { profile: options.profile ?? "national" });
    const result: FileResult = { file: display, tables: bound.tables.map(tableEntry), findings };
    if (!options.annotateTo) return result;
    try {
      annotateWorkbook(wb, findings);
      await writeOutput(options.annotateTo, Buffer.from(await wb.xlsx.writeBuffer()));
      return { ...result, annotated: options.annotateTo };
    } catch (e) {
      if (e instanceof CliError) return { ...result, annotateError: `${display}：未能写入标注副本（${e.message}）` };
      throw e;
    }
  } catch (e) {
    if (e instanceof InputError) return { file: display, tables: [], findings: [], error: e.message };
    throw e;
  }
}
