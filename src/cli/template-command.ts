// `juesuan template project|dept --out <file.xlsx> [--indicators N] [--profile id] [--year YYYY]`: writes a blank
// scorecard that scores itself. Exit codes: 0 written, 2 bad usage, an existing file without --force, or the file
// could not be written.

import { NATIONAL, profileById } from "../core/scoring/profiles";
import { buildTemplate, SheetTemplate, TEMPLATE_KINDS, TemplateKind, TemplateOptionError } from "../core/templates";
import { option as flag, ParsedArgs, UsageError } from "./args";
import { profileOption } from "./choices";
import type { Io } from "./io";
import { checkOutputFile, writeOutput } from "./output";
import { templateWorkbookBuffer } from "./xlsx-template";

function integerFlag(args: ParsedArgs, name: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} 应为正整数，收到 ${text}`, "template");
  return Number(text);
}

/** The year being evaluated: 决算 and 自评 are made the year after, so last year unless told. */
function defaultYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

export async function runTemplate(args: ParsedArgs, io: Io): Promise<number> {
  const kind = args.positional[0];
  if (kind !== "project" && kind !== "dept") throw new UsageError("template 需要模板种类：project（项目支出绩效自评表）或 dept（部门整体支出绩效自评表）", "template");
  if (args.positional.length > 1) throw new UsageError(`template 只接受一个模板种类，多余的参数：${args.positional.slice(1).join(" ")}`, "template");
  const out = flag(args, "out");
  if (!out) throw new UsageError("template 需要 --out <文件.xlsx>", "template");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应为 .xlsx 文件：${out}`, "template");
  const profile = profileById(profileOption(args, "template")) ?? NATIONAL;

  let template: SheetTemplate;
  try {
    template = buildTemplate(kind as TemplateKind, { indicators: integerFlag(args, "indicators"), profile, year: integerFlag(args, "year") ?? defaultYear() });
  } catch (e) {
    if (e instanceof TemplateOptionError) throw new UsageError(e.message, "template");
    throw e;
  }
  await checkOutputFile(out, { force: args.flags.has("force"), inputs: [], inputMessage: "" });
  await writeOutput(out, Buffer.from(await templateWorkbookBuffer(template)));
  const scoring = kind === "project" ? `，评分口径：${profile.name}` : "";
  io.out(`已生成${TEMPLATE_KINDS[kind]}模板：${out}（${template.title}，${template.map.indicators.length} 行指标${scoring}）\n`);
  return 0;
}
