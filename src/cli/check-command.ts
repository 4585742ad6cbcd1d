// `juesuan check`: every workbook given (folders expanded), a report or JSON on stdout, optional annotated
// copies, progress on stderr for long runs. Exit codes: 0 no errors, 1 error findings, 2 bad input.

import { promises as fs } from "node:fs";
import path from "node:path";
import { ParsedArgs, UsageError } from "./args";
import { checkFile, FileResult } from "./check";
import { expandInputs } from "./files";
import { plainReport } from "./report";
import { progress, PROGRESS_THRESHOLD } from "./progress";
import type { Io } from "./main";

/** Where the annotated copy of each file goes: --out is a file for one input, a folder for several. */
async function outputPaths(files: readonly string[], out: string | undefined): Promise<(string | undefined)[]> {
  if (!out) return files.map(() => undefined);
  if (files.length === 1) {
    if (path.resolve(out) === path.resolve(files[0])) throw new UsageError("--out 不能是被校验的文件本身");
    return [out];
  }
  await fs.mkdir(out, { recursive: true });
  return files.map((f) => path.join(out, `${path.basename(f, path.extname(f))}-校验.xlsx`));
}

export async function runCheck(args: ParsedArgs, io: Io, version: string, isTty = false): Promise<number> {
  const files = await expandInputs(args.positional);
  if (files.length === 0) {
    io.err(`juesuan: ${args.positional.join("、")} 中没有 .xlsx 文件\n`);
    return 2;
  }
  const out = args.flags.get("out");
  const targets = await outputPaths(files, typeof out === "string" ? out : undefined);
  const profile = args.flags.get("profile");
  const bar = files.length > PROGRESS_THRESHOLD ? progress(files.length, io.err, isTty) : undefined;
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    results.push(await checkFile(files[i], { annotateTo: targets[i], profile: typeof profile === "string" ? profile : undefined }));
    bar?.step(i + 1, files[i]);
  }
  bar?.end();
  if (args.flags.has("json")) io.out(`${JSON.stringify({ tool: "juesuan", version, files: results }, null, 2)}\n`);
  else io.out(plainReport(results));
  for (const r of results) if (r.error) io.err(`juesuan: ${r.error}\n`);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
