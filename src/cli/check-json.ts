// The JSON contract of `juesuan check --json` (documented in the README): the engine's results shaped for programs
// at output time, so consumers need no arithmetic — every cell reference carries its A1 address beside its 0-based
// row/col, each file says which template pack was used, and headings no pack knows are listed.

import { CellRef, cellA1 } from "../core/grid/address";
import { Finding, Severity } from "../core/findings/finding";
import { Waiver } from "../core/waivers/model";
import { FileResult, TableEntry } from "./check";

/** A cell: sheet, 0-based row and column, and the A1 address ("C7") of the same cell. */
export interface CellJson {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

export type FindingJson = Omit<Finding, "cell" | "cells" | "waiver"> & {
  readonly cell: CellJson;
  readonly cells: readonly CellJson[];
  /** Answered in the workbook (忽略并说明): the reason given and when. Absent otherwise, and with --ignore-waivers. */
  readonly waived?: true;
  readonly reason?: string;
  readonly waivedAt?: string;
};

/** A waiver in the workbook that answers no finding any more (its figure changed, or the finding is gone). */
export type StaleWaiverJson = Pick<Waiver, "rule" | "check" | "table" | "where" | "reason" | "at">;

/** Present when the workbook answers findings (忽略并说明): answered findings counted by severity, and the rest. */
export interface WaiversJson {
  readonly waived: Readonly<Record<Severity, number>>;
  readonly stale: readonly StaleWaiverJson[];
  /** Rows of the waiver sheet that could not be read, in zh-CN. */
  readonly warnings: readonly string[];
}

export interface UnrecognisedJson extends CellJson {
  readonly title: string;
  readonly marker?: string;
}

export interface TemplateJson {
  readonly id: string;
  readonly name: string;
  /** Given with --template rather than detected. */
  readonly forced: boolean;
}

export interface FileJson {
  readonly file: string;
  /** null when the file could not be read. */
  readonly template: TemplateJson | null;
  /** The 部门 the tables name (部门：…), when one does. */
  readonly department?: string;
  /** In a batch: an earlier file with exactly the same content (the first one given). */
  readonly duplicateOf?: string;
  readonly tables: readonly TableEntry[];
  readonly unrecognised: readonly UnrecognisedJson[];
  readonly findings: readonly FindingJson[];
  readonly waivers?: WaiversJson;
  readonly error?: string;
  readonly annotated?: string;
  readonly annotateError?: string;
}

export interface CheckJson {
  readonly tool: "juesuan";
  readonly version: string;
  readonly files: readonly FileJson[];
}

export function cellJson(ref: CellRef): CellJson {
  return { sheet: ref.sheet, row: ref.row, col: ref.col, address: cellA1(ref) };
}

/** A finding with its cell references addressed; its other fields as the engine gives them, `kind` beside `table`. */
export function findingJson(f: Finding): FindingJson {
  const { rule, check, severity, table, kind, sheet, cell, cells, waiver, ...rest } = f;
  const answered = waiver ? { waived: true as const, reason: waiver.reason, waivedAt: waiver.at } : {};
  return { rule, check, severity, table, kind, sheet, cell: cellJson(cell), cells: cells.map(cellJson), ...rest, ...answered };
}

function waiversJson(r: FileResult): WaiversJson | undefined {
  const waived: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) if (f.waiver) waived[f.severity]++;
  const stale = r.staleWaivers ?? [];
  const warnings = r.waiverWarnings ?? [];
  if (!stale.length && !warnings.length && !r.findings.some((f) => f.waiver)) return undefined;
  return { waived, stale: stale.map(({ rule, check, table, where, reason, at }) => ({ rule, check, table, where, reason, at })), warnings };
}

export function fileJson(r: FileResult): FileJson {
  return {
    file: r.file,
    template: r.template ? { id: r.template.id, name: r.template.name, forced: r.template.forced } : null,
    ...(r.department !== undefined ? { department: r.department } : {}),
    tables: r.tables,
    unrecognised: r.unrecognised.map((u) => ({
      ...cellJson({ sheet: u.sheet, row: u.row, col: u.col }),
      title: u.title,
      ...(u.marker !== undefined ? { marker: u.marker } : {}),
    })),
    findings: r.findings.map(findingJson),
    ...(waiversJson(r) ? { waivers: waiversJson(r) } : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(r.annotated !== undefined ? { annotated: r.annotated } : {}),
    ...(r.annotateError !== undefined ? { annotateError: r.annotateError } : {}),
  };
}

export function checkJson(results: readonly FileResult[], version: string): CheckJson {
  return { tool: "juesuan", version, files: results.map(fileJson) };
}
