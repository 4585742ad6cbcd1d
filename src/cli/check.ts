// `juesuan check`: read each workbook, run the engine, report tables and findings.

import path from "node:path";
import { analyze } from "../core/engine";
import { rangeA1 } from "../core/grid/address";
import { Finding } from "../core/findings/finding";
import { AnyTable } from "../core/tables/model";
import { loadWorkbook, workbookToGrid, UnreadableWorkbookError } from "./xlsx-grid";
import { InputError, readWorkbookFile, SAMPLE_WORKBOOK } from "./files";
import { annotateWorkbook } from "./annotate";
import { PROFILES, profileById } from "../core/scoring/profiles";

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
  readonly error?: string;
}

export function tableEntry(t: AnyTable): TableEntry {
  const title = t.id === "附表15" ? t.projectName || t.title : t.title;
  return { id: t.id, sheet: t.sheet, range: rangeA1(t.range), title };
}

export interface CheckFileOptions {
  /** Write a copy with flagged cells filled and noted. */
  readonly annotateTo?: string;
  /** Scoring profile id (national by default). */
  readonly profile?: string;
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileResult> {
  const display = file === SAMPLE_WORKBOOK ? path.relative(process.cwd(), file) : file;
  try {
    const wb = await loadWorkbook(await readWorkbookFile(file));
    const profile = options.profile ?? "national";
    if (!profileById(profile)) throw new InputError(`未知的评分口径：${profile}（可选：${PROFILES.map((p) => p.id).join("、")}）`);
    const { bound, findings } = analyze(workbookToGrid(wb), { profile });
    if (options.annotateTo) {
      annotateWorkbook(wb, findings);
      await wb.xlsx.writeFile(options.annotateTo);
    }
    return { file: display, tables: bound.tables.map(tableEntry), findings };
  } catch (e) {
    if (e instanceof InputError || e instanceof UnreadableWorkbookError) {
      return { file: display, tables: [], findings: [], error: e.message };
    }
    throw e;
  }
}
