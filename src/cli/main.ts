// The `juesuan` command line. Exit codes (the same table is in the README):
//   0  check: no error findings (also when no table was found); fill: filled, or nothing to fill; template: written;
//      --help, --version, and `juesuan` alone (prints the usage)
//   1  check: error findings; fill: conflicting cells left unchanged
//   2  a file could not be read or written, an output refused before any work (exists without --force, --out not a
//      folder for several inputs, LibreOffice missing for --recalc), or bad usage (unknown command or option)

//   130 check interrupted by Ctrl-C (the output written so far is closed and valid)
//
// Each command's module is loaded only when it runs: `check` never loads exceljs unless it writes a workbook.

import { COMMAND_USAGE, NO_COMMAND_HINT, parseArgs, UsageError, USAGE } from "./args";
import { CliError } from "./output";
import { Io } from "./io";

export type { Io } from "./io";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../../package.json").version;

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Ctrl-C while `check` runs: stop starting files, close the output, exit 130. */
function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onInt = () => controller.abort();
  process.once("SIGINT", onInt);
  return { signal: controller.signal, dispose: () => process.off("SIGINT", onInt) };
}

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
    if (args.command === "check") {
      const { runCheck } = await import("./check-command");
      const own = io === processIo;
      const interrupt = own ? interruptSignal() : undefined;
      try {
        return await runCheck(args, io, VERSION, { isTty: own && process.stderr.isTTY, signal: interrupt?.signal });
      } finally {
        interrupt?.dispose();
      }
    }
    if (args.command === "template") return await (await import("./template-command")).runTemplate(args, io);
    return await (await import("./fill-command")).runFill(args, io);
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
