// The `juesuan` command line. Exit codes (the same table is in the README):
//   0  check: no error findings (also when no table was found); fill: filled, or nothing to fill; template: written;
//      --help, --version, and `juesuan` alone (prints the usage)
//   1  check: error findings; fill: conflicting cells left unchanged
//   2  a file could not be read or written, an output refused before any work (exists without --force, --out not a
//      folder for several inputs, LibreOffice missing for --recalc), or bad usage (unknown command or option)

import { COMMAND_USAGE, NO_COMMAND_HINT, parseArgs, UsageError, USAGE } from "./args";
import { runCheck } from "./check-command";
import { runTemplate } from "./template-command";
import { runFill } from "./fill-command";
import { CliError } from "./output";
import { Io } from "./io";

export type { Io } from "./io";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../../package.json").version;

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
    if (args.command === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (args.command === "") {
      io.out(`${USAGE}\n\n${NO_COMMAND_HINT}\n`);
      return 0;
    }
    if (args.command === "check") return await runCheck(args, io, VERSION, io === processIo && process.stderr.isTTY);
    if (args.command === "template") return await runTemplate(args, io);
    return await runFill(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const usage = e.command ? `用法：\n${COMMAND_USAGE[e.command]}` : USAGE;
      io.err(`juesuan: ${e.message}\n${usage}\n运行 juesuan --help 查看完整说明。\n`);
      return 2;
    }
    if (e instanceof CliError) {
      io.err(`juesuan: ${e.message}\n`);
      return 2;
    }
    // A bug, not bad input: say so in Chinese, without a stack trace unless asked for (JUESUAN_DEBUG=1).
    io.err(`juesuan: 内部错误，请把这一行和所用的文件报告给维护者：${(e as Error)?.message ?? e}\n`);
    if (process.env.JUESUAN_DEBUG) io.err(`${(e as Error)?.stack ?? ""}\n`);
    return 2;
  }
}
