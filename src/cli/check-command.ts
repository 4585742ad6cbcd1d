// `juesuan check`: every workbook given (folders expanded), each file's result written as soon as it and the files
// before it are done (text, a JSON document or JSON Lines on stdout), optionally an HTML report and a summary
// workbook, annotated copies, progress on stderr for long runs; files checked in worker threads (--jobs). Exit
// codes: 0 no error findings (also: no table found; errors answered by a waiver do not count), 1 error findings,
// 2 a file could not be read or was refused by a limit (or an annotated copy not written), bad usage, or an output
// refused before any work (existing file without --force, --out not a folder for several inputs, no LibreOffice
// for --recalc); 130 interrupted (Ctrl-C), after closing what was written.

import { option, ParsedArgs, UsageError } from "./args";
import { profileOption, sampleOption, templateOption } from "./choices";
import { RunCollector } from "./check-collect";
import { limitsOption, outputPaths, positiveNumber, reportPaths } from "./check-options";
import { jsonlSink, jsonSink, ResultSink, textSink } from "./check-output";
import { defaultJobs, makeChecker, runOrdered } from "./check-pool";
import { CheckedFile } from "./checked-file";
import { expandInputs } from "./files";
import { libreOfficeAvailable, SOFFICE_MISSING } from "./libreoffice";
import { CliError } from "./output";
import { progress, PROGRESS_THRESHOLD } from "./progress";
import { RunTotals } from "./report";
import type { Io } from "./io";

export interface CheckRunOptions {
  /** stderr is a terminal: progress redrawn in place. */
  readonly isTty?: boolean;
  /** Aborted on Ctrl-C: the files finished are written and closed, exit 130. */
  readonly signal?: AbortSignal;
}

export async function runCheck(args: ParsedArgs, io: Io, version: string, run: CheckRunOptions = {}): Promise<number> {
  const profile = profileOption(args, "check");
  const template = templateOption(args, "check");
  const sample = sampleOption(args, "check");
  const recalc = args.flags.has("recalc");
  if (recalc && !libreOfficeAvailable()) throw new CliError(SOFFICE_MISSING);
  const json = args.flags.has("json");
  const jsonl = args.flags.has("jsonl");
  if (json && jsonl) throw new UsageError("--json 与 --jsonl 只能选一个", "check");
  const ignoreWaivers = args.flags.has("ignore-waivers");
  const limits = limitsOption(args);
  const jobsWanted = positiveNumber(args, "jobs", true) ?? defaultJobs();

  const inputs = await expandInputs(sample ? [sample] : args.positional);
  const { files } = inputs;
  if (files.length === 0) throw new CliError(`${args.positional.join("、")} 中没有 .xlsx 文件`);
  for (const dir of inputs.emptyFolders) io.err(`juesuan: ${dir} 中没有 .xlsx 文件，已跳过\n`);
  const targets = await outputPaths(inputs, option(args, "out"), args.flags.has("force"));
  const outputs = await reportPaths(args, files);

  const reportOptions = { several: inputs.several, recalc, noText: json || jsonl };
  const jobs = Math.min(jobsWanted, files.length);
  const checker = makeChecker({ check: { profile, template, recalc, ignoreWaivers, limits }, report: reportOptions }, jobs);
  const sink: ResultSink = json ? jsonSink(io, version) : jsonl ? jsonlSink(io) : textSink(io, inputs.several);
  const collector = outputs.report || outputs.summary ? new RunCollector() : undefined;
  const bar = files.length > PROGRESS_THRESHOLD ? progress(files.length, io.err, run.isTty ?? false) : undefined;
  const firstWithContent = new Map<string, string>();
  const unreadable: string[] = [];
  const totals = { error: 0, warning: 0, info: 0, waived: 0, duplicates: 0 };
  let failedCopies = 0;
  let unwaivedErrors = false;

  const emit = (index: number, done: CheckedFile) => {
    let { json: file, text } = done;
    const first = done.hash ? firstWithContent.get(done.hash) : undefined;
    if (first !== undefined) {
      file = { ...file, duplicateOf: first };
      if (text.length) text = [text[0], `  与 ${first} 内容完全相同（重复文件）`, ...text.slice(1)];
      totals.duplicates++;
    } else if (done.hash) firstWithContent.set(done.hash, file.file);
    sink.file(file, text);
    collector?.add(file, done.counts);
    for (const k of ["error", "warning", "info", "waived"] as const) totals[k] += done.counts[k];
    if (done.counts.error) unwaivedErrors = true;
    if (file.error) unreadable.push(file.error);
    if (file.annotateError) failedCopies++;
    // stderr carries what went wrong: each line in JSON modes and for one file; a count at the end otherwise.
    if (file.error && (json || jsonl || !inputs.several)) io.err(`${file.error}\n`);
    if (file.annotateError) io.err(`${file.annotateError}\n`);
    bar?.step(index + 1, files[index]);
  };

  let finished: number;
  try {
    finished = await runOrdered(files.map((file, index) => ({ index, file, annotateTo: targets[index] })), jobs, checker, emit, run.signal);
  } finally {
    await checker.close();
  }
  bar?.end();
  const interrupted = finished < files.length;
  const runTotals: RunTotals = { files: finished, unreadable, ...totals, ...(interrupted ? { interrupted } : {}) };
  sink.end(runTotals);
  if (!json && !jsonl && inputs.several && unreadable.length) io.err(`juesuan: ${unreadable.length} 个文件无法读取，已列在报告末尾“无法读取的文件”中\n`);
  if (collector) {
    try {
      if (outputs.report) {
        const { writeHtmlReport } = await import("./report-html");
        await writeHtmlReport(outputs.report, collector, runTotals, { version, generated: new Date().toLocaleString("sv-SE") }); // local "2026-12-06 19:02:47"
        io.err(`juesuan: 已写入报告 ${outputs.report}\n`);
      }
      if (outputs.summary) {
        const { writeSummary } = await import("./summary-xlsx");
        await writeSummary(outputs.summary, collector);
        io.err(`juesuan: 已写入汇总表 ${outputs.summary}\n`);
      }
    } finally {
      collector.dispose();
    }
  }
  if (interrupted) {
    io.err(`juesuan: 已中断，已完成 ${finished}/${files.length} 个文件的输出\n`);
    return 130;
  }
  // A batch goes on past files it cannot read (listed in every output): 2 only when none could be checked, or a
  // copy asked for was not written; otherwise the findings decide.
  if (failedCopies || (unreadable.length && unreadable.length === finished)) return 2;
  // An error answered by a waiver (忽略并说明) does not fail the run; --ignore-waivers counts it again.
  return unwaivedErrors ? 1 : 0;
}
