// `juesuan check`: every workbook given (folders expanded), a report or JSON on stdout, optional annotated
// copies, progress on stderr for long runs. Exit codes: 0 no error findings (also: no table found; errors answered
// by a waiver do not count), 1 error findings, 2 a file could not be read (or an annotated copy not written), bad usage, or an output refused before
// any work (existing file without --force, --out not a folder for several inputs, no LibreOffice for --recalc).

import { promises as fs } from "node:fs";
import path from "node:path";
import { option, ParsedArgs } from "./args";
import { checkFile, FileResult } from "./check";
import { checkJson } from "./check-json";
import { profileOption, sampleOption, templateOption } from "./choices";
import { expandInputs, Inputs } from "./files";
import { libreOfficeAvailable } from "./libreoffice";
import { SOFFICE_MISSING } from "./load";
import { checkFolderCreatable, checkNoneExist, checkOutputFile, CliError, sameFile } from "./output";
import { plainReport } from "./report";
import { progress, PROGRESS_THRESHOLD } from "./progress";
import type { Io } from "./io";

/** `a.xlsx` → `a-校验.xlsx`; another extension is kept in the name (`a.xls` → `a.xls-校验.xlsx`), so names never clash. */
function annotatedName(file: string): string {
  const base = path.basename(file);
  return `${/\.xlsx$/i.test(base) ? base.slice(0, -5) : base}-校验.xlsx`;
}

async function isFolder(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Where the annotated copy of each file goes, decided and checked before any work: --out is a file (or an existing
 * folder) for one input, and must be a folder for several.
 */
async function outputPaths(inputs: Inputs, out: string | undefined, force: boolean): Promise<(string | undefined)[]> {
  const { files } = inputs;
  if (!out) return files.map(() => undefined);
  const self = "--out 不能是被校验的文件本身";
  if (!inputs.several) {
    if (!(await isFolder(out)) && !/[\\/]$/.test(out)) {
      await checkOutputFile(out, { force, inputs: files, inputMessage: self });
      return [out];
    }
  } else {
    const exists = await fs.stat(out).catch(() => undefined);
    if (/\.xlsx$/i.test(out) || (exists && !exists.isDirectory())) {
      throw new CliError(`校验多个文件时 --out 应为文件夹，每个文件的标注副本写在其中（收到 ${out}）`);
    }
  }
  await checkFolderCreatable(out);
  const used = new Map<string, number>();
  const targets = files.map((f) => {
    const name = annotatedName(f);
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return path.join(out, n === 1 ? name : `${name.slice(0, -5)}-${n}.xlsx`);
  });
  for (const t of targets) {
    for (const f of files) {
      if (await sameFile(f, t)) throw new CliError(`标注副本 ${t} 会覆盖被校验的文件；请换一个输出文件夹`);
    }
  }
  await checkNoneExist(targets, force);
  return targets;
}

export async function runCheck(args: ParsedArgs, io: Io, version: string, isTty = false): Promise<number> {
  const profile = profileOption(args, "check");
  const template = templateOption(args, "check");
  const sample = sampleOption(args, "check");
  const recalc = args.flags.has("recalc");
  if (recalc && !libreOfficeAvailable()) throw new CliError(SOFFICE_MISSING);
  const json = args.flags.has("json");
  const ignoreWaivers = args.flags.has("ignore-waivers");

  const inputs = await expandInputs(sample ? [sample] : args.positional);
  const { files } = inputs;
  if (files.length === 0) throw new CliError(`${args.positional.join("、")} 中没有 .xlsx 文件`);
  for (const dir of inputs.emptyFolders) io.err(`juesuan: ${dir} 中没有 .xlsx 文件，已跳过\n`);
  const targets = await outputPaths(inputs, option(args, "out"), args.flags.has("force"));

  const bar = files.length > PROGRESS_THRESHOLD ? progress(files.length, io.err, isTty) : undefined;
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    results.push(await checkFile(files[i], { annotateTo: targets[i], profile, template, recalc, ignoreWaivers }));
    bar?.step(i + 1, files[i]);
  }
  bar?.end();

  const unreadable = results.filter((r) => r.error);
  if (json) {
    io.out(`${JSON.stringify(checkJson(results, version), null, 2)}\n`);
    // The copies written are each entry's `annotated`; stderr carries only what went wrong.
    for (const r of results) for (const line of [r.error, r.annotateError]) if (line) io.err(`${line}\n`);
  } else {
    io.out(plainReport(results, { several: inputs.several, recalc }));
    if (!inputs.several) for (const r of unreadable) io.err(`${r.error}\n`);
    else if (unreadable.length) io.err(`juesuan: ${unreadable.length} 个文件无法读取，已列在报告末尾“无法读取的文件”中\n`);
    for (const r of results) if (r.annotateError) io.err(`${r.annotateError}\n`);
  }
  if (unreadable.length || results.some((r) => r.annotateError)) return 2;
  // An error answered by a waiver (忽略并说明) does not fail the run; --ignore-waivers counts it again.
  return results.some((r) => r.findings.some((f) => f.severity === "error" && !f.waiver)) ? 1 : 0;
}
