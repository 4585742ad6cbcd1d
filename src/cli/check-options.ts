// Where `check` writes and what it may read, decided and checked before any work: the annotated copies (--out),
// the report and summary, the limits of one file and the number of threads.

import { promises as fs } from "node:fs";
import path from "node:path";
import { option, ParsedArgs, UsageError } from "./args";
import { Inputs } from "./files";
import { DEFAULT_LIMITS, Limits } from "./limits";
import { checkFolderCreatable, checkNoneExist, checkOutputFile, CliError, sameFile } from "./output";

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
export async function outputPaths(inputs: Inputs, out: string | undefined, force: boolean): Promise<(string | undefined)[]> {
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

export function positiveNumber(args: ParsedArgs, name: string, integer: boolean): number | undefined {
  const text = option(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`选项 --${name} 应为${integer ? "正整数" : "正数"}（收到 ${text}）`, "check");
  }
  return n;
}

export function limitsOption(args: ParsedArgs): Limits {
  const mb = positiveNumber(args, "max-size", false);
  return {
    maxBytes: mb !== undefined ? mb * 1024 * 1024 : DEFAULT_LIMITS.maxBytes,
    maxCells: positiveNumber(args, "max-cells", true) ?? DEFAULT_LIMITS.maxCells,
    maxRatio: positiveNumber(args, "max-ratio", false) ?? DEFAULT_LIMITS.maxRatio,
  };
}

/** --report and --summary: checked before any work, as --out is. */
export async function reportPaths(args: ParsedArgs, files: readonly string[]): Promise<{ report?: string; summary?: string }> {
  const out: { report?: string; summary?: string } = {};
  const force = args.flags.has("force");
  for (const [name, ext] of [["report", ".html"], ["summary", ".xlsx"]] as const) {
    const file = option(args, name);
    if (!file) continue;
    await checkOutputFile(file, { force, inputs: files, inputMessage: `--${name} 不能是被校验的文件本身`, ext, option: `--${name}` });
    out[name] = file;
  }
  if (out.report && out.summary && (await sameFile(out.report, out.summary))) throw new CliError("--report 与 --summary 不能是同一个文件");
  return out;
}
