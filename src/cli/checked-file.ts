// What checking one file gives the batch, in plain data a worker thread can post: the file's JSON (the --json
// contract), its part of the text report, and the figures the run's totals, report and summary are made of. The
// engine's objects stay in the thread that made them.

import { FileJson, fileJson } from "./check-json";
import { FileResult } from "./check";
import { displayName } from "./files";
import { fileReport, findingCounts, ReportOptions } from "./report";

export interface CheckedFile {
  readonly json: FileJson;
  /** Lines of the text report (none for a file that could not be read). */
  readonly text: readonly string[];
  /** SHA-256 of the content, when the file was read. */
  readonly hash?: string;
  readonly counts: Readonly<Record<"error" | "warning" | "info" | "waived", number>>;
}

export function checkedFile(r: FileResult, options: ReportOptions): CheckedFile {
  return { json: fileJson(r), text: options.noText ? [] : fileReport(r, options), ...(r.hash ? { hash: r.hash } : {}), counts: findingCounts(r) };
}

/**
 * A file the engine failed on (a bug, not bad input): listed with the unreadable files so that one workbook cannot
 * stop a province's batch; the line asks for the file to be reported.
 */
export function crashedFile(file: string, message: string): CheckedFile {
  const display = displayName(file);
  const error = `${display}：内部错误，未能校验（${message}）；请把这一行和此文件报告给维护者`;
  return { json: { file: display, template: null, tables: [], unrecognised: [], findings: [], error }, text: [], counts: { error: 0, warning: 0, info: 0, waived: 0 } };
}
