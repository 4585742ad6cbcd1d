// `juesuan check`: read each workbook, run the engine, report tables and findings.

// `check` reads a package with the fast reader (xlsx-read.ts); exceljs is loaded only when a copy is written
// (--out) or LibreOffice recalculates (--recalc): loading it costs more than the whole check of a workbook.

import { createHash } from "node:crypto";
import { analyze } from "../core/engine";
import { rangeA1 } from "../core/grid/address";
import { Grid } from "../core/grid/grid";
import { Finding } from "../core/findings/finding";
import { departmentName } from "../core/narrative/labels";
import { AnyTable, BoundWorkbook, TableKind, UnrecognisedTable } from "../core/tables/model";
import { Waiver } from "../core/waivers/model";
import { displayName, InputError, readWorkbookFile } from "./files";
import { DEFAULT_LIMITS, Limits } from "./limits";
import { CliError, writeOutput } from "./output";
import { PackageReadError, readGrid } from "./xlsx-read";

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
  /** The 部门 the tables name (部门：…), the first one found; absent when none does. */
  readonly department?: string;
  /** SHA-256 of the file's bytes, to flag copies of one file in a batch; absent when the file was not read. */
  readonly hash?: string;
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
  /** What one file may make the reader read (--max-size, --max-cells, --max-ratio). */
  readonly limits?: Limits;
}

/** Findings that count: not answered by a waiver (忽略并说明). */
export function unwaived(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.waiver);
}

/** Formulas without a saved result: the core skips the checks that need them and says so with this rule. */
export function hasUncomputedFormulas(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === "read.uncomputed-formula" || f.check === "uncomputed-formula");
}

function departmentOf(bound: BoundWorkbook): string | undefined {
  for (const t of bound.tables) {
    const name = t.department ? departmentName(t.department.text).trim() : "";
    if (name) return name;
  }
  return undefined;
}

/** The workbook's grid: the fast reader, or exceljs with LibreOffice's results (--recalc). */
async function gridOf(file: string, display: string, data: Buffer, options: CheckFileOptions): Promise<Grid> {
  if (options.recalc) return (await (await import("./load")).loadInput(file, display, { recalc: true, limits: options.limits ?? DEFAULT_LIMITS })).grid;
  try {
    return readGrid(data, options.limits ?? DEFAULT_LIMITS);
  } catch (e) {
    if (e instanceof PackageReadError) throw new InputError(display, e.reason);
    throw e;
  }
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileResult> {
  const display = displayName(file);
  try {
    const data = await readWorkbookFile(file, display, options.limits ?? DEFAULT_LIMITS);
    const hash = createHash("sha256").update(data).digest("hex");
    const grid = await gridOf(file, display, data, options);
    const { bound, findings, waivers } = analyze(grid, { profile: options.profile ?? "national", template: options.template, ignoreWaivers: options.ignoreWaivers });
    const department = departmentOf(bound);
    const result: FileResult = {
      file: display,
      template: bound.template,
      ...(department ? { department } : {}),
      hash,
      tables: bound.tables.map(tableEntry),
      unrecognised: bound.unrecognised,
      findings,
      ...(waivers.stale.length ? { staleWaivers: waivers.stale } : {}),
      ...(waivers.warnings.length ? { waiverWarnings: waivers.warnings } : {}),
    };
    if (!options.annotateTo) return result;
    try {
      // exceljs reads the original package for the copy; an answered finding is not painted (as in the pane).
      const { annotatedCopy } = await import("./annotate");
      await writeOutput(options.annotateTo, await annotatedCopy(data, display, findings));
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
