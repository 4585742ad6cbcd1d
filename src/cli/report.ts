// The plain-text report: per file, the template in use, the tables recognised and the headings no template knows,
// then findings grouped by table; for a run over several files, the files that could not be read (with why) and a
// closing total.

import { cellA1, toA1 } from "../core/grid/address";
import { SEVERITY_LABEL } from "../core/findings/finding";
import { BoundWorkbook, UnrecognisedTable } from "../core/tables/model";
import { FileResult, hasUncomputedFormulas, unwaived } from "./check";

export const NO_TABLES = "未找到任何公开表或绩效自评表：没有可校验的内容（请确认这是部门决算公开工作簿）。";
export const RECALC_HINT = "提示：有公式没有保存计算结果，相关校验已跳过；可加 --recalc 用 LibreOffice 重新计算后再校验。";

export interface ReportOptions {
  /** The run covers several files: list the unreadable ones and close with a total. */
  readonly several?: boolean;
  /** --recalc was used (no hint to use it). */
  readonly recalc?: boolean;
  /** The text report is not wanted (--json, --jsonl): a batch does not build it. */
  readonly noText?: boolean;
}

/** "模板：全国（财政部九张表）（自动识别）", or （指定） when given with --template. */
export function templateLine(t: BoundWorkbook["template"]): string {
  return `模板：${t.name}（${t.forced ? "指定" : "自动识别"}）`;
}

/** "未识别的表：Sheet10!A2 “政府采购情况表”（表十）"; a marker without a title: "表号“表十”（无标题）". */
export function unrecognisedLine(u: UnrecognisedTable): string {
  const what = u.title ? `“${u.title}”${u.marker ? `（${u.marker}）` : ""}` : `表号“${u.marker ?? ""}”（无标题）`;
  return `未识别的表：${u.sheet}!${toA1(u.row, u.col)} ${what}`;
}

/** Findings by severity, those answered by a waiver (忽略并说明) counted apart. */
function counts(results: readonly FileResult[]): Record<"error" | "warning" | "info" | "waived", number> {
  const c = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const r of results) for (const f of r.findings) c[f.waiver ? "waived" : f.severity]++;
  return c;
}

function waivedTail(n: number): string {
  return n ? `，另有已忽略（附说明）${n} 条` : "";
}

/** "忽略于 2026-12-06": the date part of the stored time, when it has one. */
function waivedOn(at: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(at)?.[0];
  return day ? `（忽略于 ${day}）` : "";
}

/** The answered findings with their reasons, stale waivers and unreadable rows of the waiver sheet. */
function waiverLines(r: FileResult): string[] {
  const lines: string[] = [];
  const waived = r.findings.filter((f) => f.waiver);
  if (waived.length) {
    lines.push(`  【已忽略（附说明）】`);
    for (const f of waived) {
      lines.push(`    [${SEVERITY_LABEL[f.severity]}] ${f.table} ${f.sheet}!${cellA1(f.cell)}  ${f.message}`);
      lines.push(`      说明：${f.waiver!.reason.replace(/\s*\n\s*/g, " ")}${waivedOn(f.waiver!.at)}`);
    }
  }
  const stale = r.staleWaivers ?? [];
  if (stale.length) {
    lines.push(`  失效的忽略说明（${stale.length} 条：对应的问题已不存在，或所涉数字已改变）：`);
    for (const w of stale) lines.push(`    ${w.table} ${w.where}（${w.rule}）说明：${w.reason.replace(/\s*\n\s*/g, " ")}`);
  }
  for (const w of r.waiverWarnings ?? []) lines.push(`  提示：${w}`);
  return lines;
}

/** Rules about the prose (情况说明) are listed under their own heading, not under the table they compare with. */
const NARRATIVE_HEADING = "情况说明";

function findingLines(r: FileResult): string[] {
  const lines: string[] = [];
  const open = unwaived(r.findings);
  const isProse = (f: { rule: string }) => f.rule.startsWith("narrative.");
  let current = "";
  for (const f of [...open.filter((f) => !isProse(f)), ...open.filter(isProse)]) {
    const heading = isProse(f) ? NARRATIVE_HEADING : f.table;
    if (heading !== current) {
      current = heading;
      lines.push(`  【${current}】`);
    }
    lines.push(`    [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${cellA1(f.cell)}  ${f.message}`);
  }
  return lines;
}

/** One readable file's part of the report (nothing for an unreadable one: it is listed at the end or on stderr). */
export function fileReport(r: FileResult, options: ReportOptions = {}): string[] {
  if (r.error) return [];
  const lines: string[] = [`文件：${r.file}`];
  // A workbook without any table has no template to speak of, unless one was asked for.
  if (r.template && (r.tables.length > 0 || r.template.forced)) lines.push(`  ${templateLine(r.template)}`);
  if (r.tables.length === 0) {
    lines.push(`  ${NO_TABLES}`);
    for (const u of r.unrecognised) lines.push(`  ${unrecognisedLine(u)}`);
  } else {
    lines.push(`  识别到 ${r.tables.length} 张表：`);
    for (const t of r.tables) lines.push(`    ${t.id.padEnd(4, "　")}  ${t.sheet}!${t.range}  ${t.title}`);
    for (const u of r.unrecognised) lines.push(`  ${unrecognisedLine(u)}`);
    const c = counts([r]);
    lines.push(`  发现：错误 ${c.error} 条，警告 ${c.warning} 条，尾数 ${c.info} 条${waivedTail(c.waived)}`);
    if (!options.recalc && hasUncomputedFormulas(r.findings)) lines.push(`  ${RECALC_HINT}`);
    lines.push(...findingLines(r));
    lines.push(...waiverLines(r));
  }
  if (r.annotated) lines.push(`  已写入标注副本：${r.annotated}`);
  if (r.annotateError) lines.push(`  ${r.annotateError}`);
  return lines;
}

export interface RunTotals {
  readonly files: number;
  /** Files that could not be read, each its zh-CN line. */
  readonly unreadable: readonly string[];
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly waived: number;
  /** Files whose content is the same as an earlier file's. */
  readonly duplicates: number;
  /** Interrupted (Ctrl-C) before every file was checked. */
  readonly interrupted?: boolean;
}

export function findingCounts(r: FileResult): Record<"error" | "warning" | "info" | "waived", number> {
  return counts([r]);
}

/** The end of a report over several files: the files that could not be read, then the total. */
export function closingReport(t: RunTotals): string[] {
  const lines: string[] = [];
  if (t.unreadable.length) {
    lines.push(`无法读取的文件（${t.unreadable.length} 个，未校验）：`);
    for (const line of t.unreadable) lines.push(`  ${line}`);
    lines.push("");
  }
  const read = t.files - t.unreadable.length;
  lines.push(
    `${t.interrupted ? "已中断（Ctrl-C），" : ""}合计：${t.files} 个文件，已校验 ${read} 个${t.unreadable.length ? `，无法读取 ${t.unreadable.length} 个` : ""}` +
      `${t.duplicates ? `，内容重复 ${t.duplicates} 个` : ""}；` +
      `错误 ${t.error} 条，警告 ${t.warning} 条，尾数 ${t.info} 条${waivedTail(t.waived)}`,
    "",
  );
  return lines;
}

export function plainReport(results: readonly FileResult[], options: ReportOptions = {}): string {
  const lines: string[] = [];
  for (const r of results) if (!r.error) lines.push(...fileReport(r, options), "");
  if (!options.several) return lines.join("\n");
  const c = counts(results);
  const unreadable = results.filter((r) => r.error).map((r) => r.error!);
  lines.push(...closingReport({ files: results.length, unreadable, duplicates: 0, ...c }));
  return lines.join("\n");
}
