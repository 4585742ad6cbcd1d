// The `juesuan` command line. Exit codes: 0 no errors, 1 error findings, 2 bad input or usage.

import { parseArgs, UsageError, USAGE } from "./args";
import { runCheck } from "./check-command";
import { runTemplate } from "./template-command";
import { runFill } from "./fill-command";

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
    if (args.command === "check") return await runCheck(args, io, VERSION, io === processIo && process.stderr.isTTY);
    if (args.command === "template") return await runTemplate(args, io);
    if (args.command === "fill") return await runFill(args, io);
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
