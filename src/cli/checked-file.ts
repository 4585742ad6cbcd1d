// What checking one file gives the batch, in plain data a worker thread can post: the file's JSON (the --json
// contract), its part of the text report, and the figures the run's totals, report and summary are made of. The
// engine's objects stay in the thread that made them.

import { FileJson, fileJson } from "./check-json";
import { FileResult } from "./check";
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
