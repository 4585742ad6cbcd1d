// Options whose value is one of a list — the scoring profile, the template pack, the bundled sample — read and
// checked before any work: an unknown value is a usage error naming it, the closest choice and all of them.

import { PACKS } from "../core/packs/index";
import { PROFILES } from "../core/scoring/profiles";
import { choiceError, CommandName, option, ParsedArgs, UsageError } from "./args";
import { SAMPLES, sampleFile } from "./files";

/** --profile (national by default). */
export function profileOption(args: ParsedArgs, command: CommandName): string {
  const id = option(args, "profile") ?? "national";
  const ids = PROFILES.map((p) => p.id);
  if (!ids.includes(id)) throw choiceError("评分口径", id, ids, command);
  return id;
}

/** --template: a pack id that forces the pack; undefined to detect it per workbook. */
export function templateOption(args: ParsedArgs, command: CommandName): string | undefined {
  const id = option(args, "template");
  if (id === undefined) return undefined;
  const ids = PACKS.map((p) => p.id);
  if (!ids.includes(id)) throw choiceError("模板", id, ids, command);
  return id;
}

/** --sample 全国|云南 (or the pack ids): the bundled workbook to read instead of a file given. */
export function sampleOption(args: ParsedArgs, command: CommandName): string | undefined {
  const name = option(args, "sample");
  if (name === undefined) return undefined;
  const file = sampleFile(name);
  if (!file) throw choiceError("样例", name, SAMPLES.flatMap((s) => s.names), command);
  if (args.positional.length) throw new UsageError(`--sample 与文件不能同时给出（收到 ${args.positional.join(" ")}）`, command);
  return file;
}
