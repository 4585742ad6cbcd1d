// `juesuan fill <file.xlsx> --out <filled.xlsx> [--json] [--overwrite] [--profile id]`: writes a copy whose
// derived cells (totals, 执行率, 得分, 总分, 等级) hold live formulas; the input is never modified.
// Exit codes: 0 filled, 1 filled but conflicting cells were left as they are, 2 bad input or usage.

import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { planFill } from "../core/fill/plan";
import { FillPlan } from "../core/fill/types";
import { PROFILES, profileById } from "../core/scoring/profiles";
import { bindWorkbook } from "../core/tables/bind";
import { ParsedArgs, UsageError } from "./args";
import { InputError, readWorkbookFile } from "./files";
import { fillJson, fillReport } from "./fill-report";
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from "./xlsx-grid";
import { applyWrites, lockedCells } from "./xlsx-write";
import type { Io } from "./main";

/** The same file under two spellings (relative path, symlink) is still the same file. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    return ra === rb;
  } catch {
    return false; // the output does not exist yet
  }
}

function options(args: ParsedArgs): { input: string; out: string; profile: string } {
  if (args.positional.length !== 1) throw new UsageError("fill 需要且只接受一个输入文件");
  const out = args.flags.get("out");
  if (typeof out !== "string") throw new UsageError("fill 需要用 --out 指定输出文件（输入文件不会被修改）");
  const profile = args.flags.get("profile") ?? "national";
  if (typeof profile !== "string" || !profileById(profile)) {
    throw new UsageError(`未知的评分口径：${String(profile)}（可选：${PROFILES.map((p) => p.id).join("、")}）`);
  }
  return { input: args.positional[0], out, profile };
}

export async function runFill(args: ParsedArgs, io: Io): Promise<number> {
  const { input, out, profile } = options(args);
  const fail = (message: string) => {
    io.err(`juesuan: ${message}\n`);
    return 2;
  };
  if (await sameFile(input, out)) return fail("--out 不能是输入文件本身：fill 只写副本，不修改原文件");

  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(await readWorkbookFile(input));
  } catch (e) {
    if (e instanceof InputError || e instanceof UnreadableWorkbookError) return fail(e.message);
    throw e;
  }
  const grid = workbookToGrid(wb);
  const bound = bindWorkbook(grid);
  if (bound.tables.length === 0) return fail(`${input} 中未找到任何公开表或绩效自评表，没有可填充的单元格`);
  const plan: FillPlan = planFill(grid, { profile, overwrite: args.flags.has("overwrite"), isLocked: lockedCells(wb) }, bound);

  applyWrites(wb, plan.writes);
  try {
    await wb.xlsx.writeFile(out);
  } catch (e) {
    return fail(`无法写入 ${out}：${(e as Error).message.split("\n")[0]}`);
  }
  if (args.flags.has("json")) io.out(`${JSON.stringify(fillJson(input, out, plan), null, 2)}\n`);
  else io.out(fillReport(input, out, plan));
  return plan.conflicts.length > 0 ? 1 : 0;
}
