// Command-line parsing without a dependency: `juesuan <command> [files…] [--flag [value]]`.

export interface ParsedArgs {
  readonly command: string;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** Flags that take a value; every other flag is a switch. */
const VALUED = new Set(["out", "profile", "indicators", "year"]);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let command = "";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") {
      flags.set("help", true);
    } else if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2);
      if (VALUED.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith("--")) throw new UsageError(`选项 --${name} 需要一个值`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else if (!command) command = a;
    else positional.push(a);
  }
  return { command: command || "check", positional, flags };
}

export const USAGE = `用法：
  juesuan check [文件.xlsx|文件夹 …] [--json] [--out 标注副本.xlsx|文件夹] [--profile national|province-80-70-60]
      校验部门决算公开表与绩效自评表；不给文件时校验内置样例。
      --out 另存一份标注副本：有问题的单元格按严重程度着色并附批注，数值不变。
  juesuan template project|dept --out 模板.xlsx [--indicators 行数] [--profile national|province-80-70-60] [--year 年度]
      生成空白的项目支出（附表15）或部门整体支出（附表14）绩效自评表，已写好执行率、得分、总分、等级公式。
  juesuan fill 文件.xlsx --out 填充副本.xlsx [--json] [--overwrite] [--profile national|province-80-70-60]
      在副本中把合计、执行率、得分、总分、等级写成公式（原文件不变）；只填空白单元格，已有不同数值的单元格列为冲突，加 --overwrite 才替换。
  juesuan --version | --help`;
