// What `juesuan fill` prints: the JSON contract ({"files":[{file, filled, conflicts, …}]}) or a zh-CN summary.

import { cellA1 } from "../core/grid/address";
import { FillPlan } from "../core/fill/types";
import { profileById } from "../core/scoring/profiles";
import { BoundWorkbook } from "../core/tables/model";
import { TemplateJson } from "./check-json";
import { templateLine } from "./report";

export interface FillFileJson {
  readonly file: string;
  /** The copy written; null when the workbook held no table and nothing was written. */
  readonly out: string | null;
  readonly profile: string;
  /** The template pack the workbook was read with (as in check --json). */
  readonly template: TemplateJson;
  readonly filled: readonly { sheet: string; cell: string; formula: string; value: string; what: string; replaced?: string }[];
  readonly conflicts: readonly { sheet: string; cell: string; formula: string; value: string; existing: string; reason: string; message: string }[];
  readonly manual: readonly { sheet: string; cell: string; what: string; reason: string; existing: string }[];
  /** Typed totals that differ from their formula only by the 尾数 of their parts: kept as typed, even with --overwrite. */
  readonly withinRounding: readonly { sheet: string; cell: string; value: string; existing: string; message: string }[];
}

type Template = BoundWorkbook["template"];

const templateJson = (t: Template): TemplateJson => ({ id: t.id, name: t.name, forced: t.forced });

/** Kept cells whose typed figure differs from the formula only within 尾数. */
function tails(plan: FillPlan): FillPlan["kept"] {
  return plan.kept.filter((k) => k.because === "within-rounding");
}

export function fillJson(file: string, out: string, plan: FillPlan, template: Template): { files: FillFileJson[] } {
  return {
    files: [
      {
        file,
        out,
        profile: plan.profile,
        template: templateJson(template),
        filled: plan.writes.map((w) => ({
          sheet: w.cell.sheet,
          cell: cellA1(w.cell),
          formula: w.formula,
          value: w.value,
          what: w.what,
          ...(w.replaced !== undefined ? { replaced: w.replaced } : {}),
        })),
        conflicts: plan.conflicts.map((c) => ({
          sheet: c.cell.sheet,
          cell: cellA1(c.cell),
          formula: c.formula,
          value: c.value,
          existing: c.existing,
          reason: c.reason,
          message: c.message,
        })),
        manual: plan.manual.map((m) => ({ sheet: m.cell.sheet, cell: cellA1(m.cell), what: m.what, reason: m.reason, existing: m.existing })),
        withinRounding: tails(plan).map((k) => ({ sheet: k.cell.sheet, cell: cellA1(k.cell), value: k.value ?? "", existing: k.existing ?? "", message: k.message ?? "" })),
      },
    ],
  };
}

/** A workbook without any recognised table: nothing to fill, and no copy is written. */
export function noTablesJson(file: string, profile: string, template: Template): { files: FillFileJson[] } {
  return { files: [{ file, out: null, profile, template: templateJson(template), filled: [], conflicts: [], manual: [], withinRounding: [] }] };
}

export const NO_TABLES_FILL = "未找到任何公开表或绩效自评表：没有可填充的单元格，未写出填充副本。";

export function noTablesReport(file: string): string {
  return [`文件：${file}`, `  ${NO_TABLES_FILL}`, ""].join("\n");
}

export function fillReport(file: string, out: string, plan: FillPlan, template: Template): string {
  const replaced = plan.writes.filter((w) => w.replaced !== undefined).length;
  const lines = [
    `文件：${file}`,
    `  ${templateLine(template)}`,
    `  已写入填充副本：${out}（评分口径：${profileById(plan.profile)?.name ?? plan.profile}）`,
    `  填充公式 ${plan.writes.length} 个${replaced ? `（其中替换原有数值 ${replaced} 个）` : ""}；已一致 ${plan.kept.length - tails(plan).length} 个；尾数以内保留原值 ${tails(plan).length} 个；冲突 ${plan.conflicts.length} 个（未改动）；需人工填写 ${plan.manual.length} 个`,
  ];
  if (plan.conflicts.length) {
    lines.push("  【冲突：单元格已有不同的值，未改动；确认后可加 --overwrite 替换（受保护的单元格不会被改写）】");
    for (const c of plan.conflicts) lines.push(`    ${c.cell.sheet}!${cellA1(c.cell)}  ${c.message}`);
  }
  if (tails(plan).length) {
    lines.push("  【尾数以内，保留原值：合计与各项之和只差尾数，其他表引用的是所填的数，--overwrite 也不替换】");
    for (const k of tails(plan)) lines.push(`    ${k.cell.sheet}!${cellA1(k.cell)}  ${k.message ?? ""}`);
  }
  if (plan.manual.length) {
    lines.push("  【需人工填写：无法由公式得出】");
    for (const m of plan.manual) lines.push(`    ${m.cell.sheet}!${cellA1(m.cell)}  ${m.what}：${m.reason}`);
  }
  lines.push("");
  return lines.join("\n");
}
