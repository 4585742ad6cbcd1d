// The `juesuan` command line. Exit codes: 0 no errors, 1 error findings, 2 bad input or usage.

import { parseArgs, UsageError, USAGE } from "./args";
import { checkFile, FileResult } from "./check";
import { expandInputs } from "./files";
import { plainReport } from "./report";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../../package.json").version;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has("version")) {
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (args.flags.has("help") || args.command === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (args.command === "check") return await runCheck(args.positional, args.flags.has("json"), io);
    throw new UsageError(`未知命令：${args.command}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`juesuan: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`juesuan: 内部错误：${(e as Error).message}\n`);
    return 2;
  }
}

async function runCheck(inputs: readonly string[], json: boolean, io: Io): Promise<number> {
  const files = await expandInputs(inputs);
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file));
  if (json) io.out(`${JSON.stringify({ tool: "juesuan", version: VERSION, files: results }, null, 2)}\n`);
  else io.out(plainReport(results));
  for (const r of results) if (r.error) io.err(`juesuan: ${r.error}\n`);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
