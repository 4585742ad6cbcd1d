// `juesuan fill <file.xlsx>|--sample 全国 --out <filled.xlsx> [--json] [--overwrite] [--force] [--recalc] [--profile id]
// [--template id]`: writes a copy whose derived cells (totals, 执行率, 得分, 总分, 等级) hold live formulas, the workbook
// read with the template detected (or forced); the input is never modified.
// Exit codes: 0 filled (or no table found: nothing to fill, nothing written), 1 filled but conflicting cells were
// left as they are, 2 the input could not be read, the copy not written, bad usage, or an output refused before
// any work (existing file without --force, no LibreOffice for --recalc).

import { planFill } from "../core/fill/plan";
import { FillPlan } from "../core/fill/types";
import { packById } from "../core/packs/index";
import { bindWorkbook } from "../core/tables/bind";
import { option, ParsedArgs, UsageError } from "./args";
import { profileOption, sampleOption, templateOption } from "./choices";
import { displayName, InputError } from "./files";
import { fillJson, fillReport, noTablesJson, noTablesReport } from "./fill-report";
import { libreOfficeAvailable } from "./libreoffice";
import { loadInput, SOFFICE_MISSING } from "./load";
import { checkOutputFile, CliError, writeOutput } from "./output";
import { applyWrites, lockedCells } from "./xlsx-write";
import type { Io } from "./io";

/** The input (a file given, or the bundled sample named, shown relative to the working folder), --out and the choices. */
function options(args: ParsedArgs): { file: string; input: string; out: string; profile: string; template?: string } {
  const sample = sampleOption(args, "fill");
  if (!sample && args.positional.length !== 1) throw new UsageError("fill 需要且只接受一个输入文件", "fill");
  const out = option(args, "out");
  if (out === undefined) throw new UsageError("fill 需要用 --out 指定输出文件（输入文件不会被修改）", "fill");
  const file = sample ?? args.positional[0];
  return { file, input: sample ? displayName(sample) : file, out, profile: profileOption(args, "fill"), template: templateOption(args, "fill") };
}

export async function runFill(args: ParsedArgs, io: Io): Promise<number> {
  const { file, input, out, profile, template } = options(args);
  const json = args.flags.has("json");
  const recalc = args.flags.has("recalc");
  if (recalc && !libreOfficeAvailable()) throw new CliError(SOFFICE_MISSING);
  await checkOutputFile(out, { force: args.flags.has("force"), inputs: [file], inputMessage: "--out 不能是输入文件本身：fill 只写副本，不修改原文件" });

  let loaded;
  try {
    loaded = await loadInput(file, input, { recalc });
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const { wb, grid } = loaded;
  const bound = bindWorkbook(grid, { template: template ? packById(template) : undefined });
  if (bound.tables.length === 0) {
    io.out(json ? `${JSON.stringify(noTablesJson(input, profile, bound.template), null, 2)}\n` : noTablesReport(input));
    return 0;
  }
  const plan: FillPlan = planFill(grid, { profile, overwrite: args.flags.has("overwrite"), isLocked: lockedCells(wb) }, bound);

  applyWrites(wb, plan.writes);
  await writeOutput(out, Buffer.from(await wb.xlsx.writeBuffer()));
  // In JSON the file written is its `out` field; stderr stays empty unless something went wrong.
  io.out(json ? `${JSON.stringify(fillJson(input, out, plan, bound.template), null, 2)}\n` : fillReport(input, out, plan, bound.template));
  return plan.conflicts.length > 0 ? 1 : 0;
}
