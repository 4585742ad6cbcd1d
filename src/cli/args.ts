// Command-line parsing without a dependency: `juesuan <command> [files…] [--option [value]]`.
// Every command has its own set of options; an unknown option, a value given to a switch or a missing value is a
// usage error (exit 2) that names the option and, where one is close, suggests the option that was probably meant.

import { PACKS } from "../core/packs/index";

export type CommandName = "check" | "fill" | "template";

export interface ParsedArgs {
  /** "" when no command was given (`juesuan` alone, `juesuan --version`). */
  readonly command: CommandName | "help" | "";
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show under the message. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

/** Options of each command: true = takes a value, false = a switch. --help, -h and --version are accepted everywhere. */
export const COMMAND_OPTIONS: Readonly<Record<CommandName, Readonly<Record<string, boolean>>>> = {
  check: {
    json: false, jsonl: false, out: true, profile: true, template: true, sample: true, recalc: false, force: false, "ignore-waivers": false,
    jobs: true, report: true, summary: true, "max-size": true, "max-cells": true, "max-ratio": true,
  },
  fill: { out: true, json: false, overwrite: false, profile: true, template: true, sample: true, recalc: false, force: false },
  template: { out: true, indicators: true, profile: true, year: true, force: false },
};
const GLOBAL_OPTIONS: Readonly<Record<string, boolean>> = { help: false, version: false };
const COMMANDS: readonly string[] = ["check", "fill", "template", "help"];

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: "chekc" is 1 from "check"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `word`, if it is close enough to be a likely typo (at most 2 edits, fewer for short words). */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
  // a prefix is also a likely intent: --over for --overwrite
  if (bestDistance > limit) best = candidates.find((c) => word.length >= 3 && c.startsWith(word.toLowerCase()));
  return best;
}

function unknownOption(name: string, command: CommandName): UsageError {
  const own = { ...COMMAND_OPTIONS[command], ...GLOBAL_OPTIONS };
  const guess = nearest(name, Object.keys(own));
  if (guess) return new UsageError(`未知选项 --${name}，是否想用 --${guess}？`, command);
  const owners = (Object.keys(COMMAND_OPTIONS) as CommandName[]).filter((c) => name in COMMAND_OPTIONS[c]);
  if (owners.length) return new UsageError(`${command} 没有选项 --${name}（它属于 ${owners.join("、")}）`, command);
  const list = Object.keys(COMMAND_OPTIONS[command]).map((o) => `--${o}`).join(" ");
  return new UsageError(`未知选项 --${name}（${command} 可用的选项：${list}）`, command);
}

function unknownCommand(word: string): UsageError {
  if (/\.(xlsx|xlsm|xls|et|ods)$/i.test(word) || word.includes("/") || word.includes("\\")) {
    return new UsageError(`未知命令 ${word}：请把命令写在前面，例如 juesuan check ${word}`);
  }
  const guess = nearest(word, COMMANDS);
  return new UsageError(guess ? `未知命令 ${word}，是否想用 ${guess}？` : `未知命令 ${word}（可用的命令：check、fill、template）`);
}

/**
 * Parses `argv` (without node and the script). The command comes first; `--` ends the options (a file may then
 * start with "-"); `--name=value` and `--name value` are the same. --help / -h / --version are recognised anywhere,
 * even among other mistakes, so that asking for help always works.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((a) => a === "-h" || a === "--help")) return { command: "help", positional: [], flags: new Map([["help", true]]) };
  if (argv.includes("--version")) return { command: "", positional: [], flags: new Map([["version", true]]) };
  if (argv.length === 0) return { command: "", positional: [], flags: new Map() };

  const first = argv[0];
  if (first.startsWith("-") && first !== "-") {
    throw new UsageError(`请先写命令再写选项，例如 juesuan check ${argv.join(" ")}`);
  }
  if (first === "help") return { command: "help", positional: [], flags: new Map([["help", true]]) };
  if (!(first in COMMAND_OPTIONS)) throw unknownCommand(first);
  const command = first as CommandName;
  const known = COMMAND_OPTIONS[command];

  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let optionsEnded = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (optionsEnded || a === "-" || !a.startsWith("-")) {
      positional.push(a);
      continue;
    }
    if (a === "--") {
      optionsEnded = true;
      continue;
    }
    if (!a.startsWith("--")) throw new UsageError(`未知选项 ${a}（选项以 -- 开头，例如 --json）`, command);
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const inline = eq < 0 ? undefined : a.slice(eq + 1);
    if (!(name in known)) throw unknownOption(name, command);
    if (!known[name]) {
      if (inline !== undefined) throw new UsageError(`选项 --${name} 是开关，不接受值（收到 ${a}）`, command);
      flags.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith("--") && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") throw new UsageError(`选项 --${name} 需要一个值`, command);
    if (flags.has(name) && flags.get(name) !== value) throw new UsageError(`选项 --${name} 只能给一次（收到 ${flags.get(name)} 和 ${value}）`, command);
    flags.set(name, value);
  }
  return { command, positional, flags };
}

/** A valued option's value (undefined when absent). */
export function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * A value that must be one of `choices` (a profile, a template, a sample): unknown is a usage error naming it, the
 * closest choice when one is close, and all of them.
 */
export function choiceError(what: string, value: string, choices: readonly string[], command: CommandName): UsageError {
  const guess = nearest(value, choices);
  return new UsageError(`未知的${what}：${value}${guess ? `，是否想用 ${guess}？` : ""}（可选：${choices.join("、")}）`, command);
}

const PROFILE_CHOICES = "national|province-80-70-60";
const TEMPLATE_CHOICES = PACKS.map((p) => p.id).join("|");

export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  check: `  juesuan check [文件.xlsx|文件夹 …] [--sample 全国|云南] [--json] [--out 标注副本.xlsx|文件夹] [--force] [--recalc]
                [--profile ${PROFILE_CHOICES}] [--template ${TEMPLATE_CHOICES}] [--ignore-waivers]
                [--jsonl] [--jobs N] [--report 报告.html] [--summary 汇总.xlsx] [--max-size MB] [--max-cells 个数] [--max-ratio 倍数]
      校验部门决算公开表与绩效自评表；不给文件时校验内置样例（云南），--sample 全国 校验内置的全国九张表样例。
      文件夹：每个文件校验完即按输入顺序输出；--jsonl 每行一个文件的 JSON；--jobs 并行数（默认为 CPU 核数）；
      --report 生成可筛选的 HTML 报告，--summary 生成汇总表（工作簿、问题两张表）；
      超过 --max-size（默认 50 MB）、--max-cells（默认 2000000）或压缩比 --max-ratio（默认 100）的文件不校验并说明原因。
      --out 另存一份标注副本：有问题的单元格按严重程度着色并附批注，数值不变；多个文件时 --out 为文件夹。
      工作簿中“忽略并说明”过的问题单独列出、不计入错误；--ignore-waivers 把它们当作未忽略（供审核）。`,
  template: `  juesuan template project|dept --out 模板.xlsx [--indicators 行数] [--profile ${PROFILE_CHOICES}] [--year 年度] [--force]
      生成空白的项目支出（附表15）或部门整体支出（附表14）绩效自评表，已写好执行率、得分、总分、等级公式。`,
  fill: `  juesuan fill 文件.xlsx|--sample 全国|云南 --out 填充副本.xlsx [--json] [--overwrite] [--force] [--recalc]
                [--profile ${PROFILE_CHOICES}] [--template ${TEMPLATE_CHOICES}]
      在副本中把合计、执行率、得分、总分、等级写成公式（原文件不变）；只填空白单元格，已有不同数值的单元格列为冲突，加 --overwrite 才替换。`,
};

export const USAGE = `用法：
${COMMAND_USAGE.check}
${COMMAND_USAGE.template}
${COMMAND_USAGE.fill}
  juesuan --version | --help

  --force   输出文件已存在时覆盖它（否则不写并退出，退出码 2）
  --recalc  先用 LibreOffice 在临时副本中重新计算公式，再按计算结果校验或填充（原文件不变；需安装 LibreOffice）
  --template 指定工作簿所用的模板（默认按各表的标题和表头自动识别）：${PACKS.map((p) => `${p.id} ${p.name}`).join("；")}

退出码：0 没有错误；1 check 发现错误，或 fill 留下了冲突；2 文件无法读取或写入、用法错误。`;

/** What `juesuan` alone prints. */
export const NO_COMMAND_HINT = "试一试：juesuan check  （校验内置样例工作簿）";
