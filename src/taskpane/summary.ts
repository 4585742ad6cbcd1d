// What the task pane shows, computed from a report without touching the DOM (tested in Node).

import { qualifiedA1, cellA1 } from "../core/grid/address";
import { Finding, Severity } from "../core/findings/finding";
import { CheckReport } from "../host/types";

export interface SummaryRow {
  /** The table's label in the workbook ("公开05"). */
  readonly table: string;
  readonly sheet: string;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Findings that count (and are painted): not answered by a waiver (忽略并说明). */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.waiver);
}

/** Findings answered by a waiver, shown apart with their reasons. */
export function waivedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.waiver);
}

/** One row per recognised table (in report order), with its open findings counted by severity (waived apart). */
export function summarize(report: CheckReport): SummaryRow[] {
  const rows = new Map<string, { table: string; sheet: string; counts: Record<Severity, number> }>();
  const key = (table: string, sheet: string) => `${table}\u0000${sheet}`;
  for (const t of report.tables) rows.set(key(t.id, t.sheet), { table: t.id, sheet: t.sheet, counts: { error: 0, warning: 0, info: 0 } });
  for (const f of openFindings(report.findings)) {
    // A finding about the prose counts on a 说明 row of its sheet, not as a table of that sheet.
    const table = isNarrative(f) ? NARRATIVE_ROW : f.table;
    const k = key(table, f.sheet);
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { table, sheet: f.sheet, counts: { error: 0, warning: 0, info: 0 } }));
    row.counts[f.severity]++;
  }
  return [...rows.values()];
}

export function totals(report: CheckReport): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of openFindings(report.findings)) out[f.severity]++;
  return out;
}

/** "模板：全国（财政部九张表）（自动识别）" or "…（指定）"; undefined when the report names no template. */
export function templateLine(report: CheckReport): string | undefined {
  const t = report.template;
  return t ? `模板：${t.name}（${t.forced ? "指定" : "自动识别"}）` : undefined;
}

/** "应为 10.00，实为 9.00，差额 1.00（允许 ±0.01）", or "" when the finding carries no numbers. */
export function numbersLine(f: Finding): string {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`差额 ${f.difference}`);
  const line = parts.join("，");
  return f.allowed !== undefined && f.allowed !== "0" && f.allowed !== "0.00" && line ? `${line}（允许 ±${f.allowed}）` : line;
}

export function whereLine(f: Finding): string {
  return qualifiedA1(f.cell.sheet, cellA1(f.cell));
}

/** The summary row of findings about the prose. */
export const NARRATIVE_ROW = "说明";

/** The group of findings about the prose (情况说明): its figures against the tables'. */
export const NARRATIVE_GROUP = "说明（情况说明中的数字）";

export function isNarrative(f: Finding): boolean {
  return f.rule.startsWith("narrative.");
}

/** Findings grouped by table, keeping the report's order; findings about the prose in one 说明 group. */
export function groupByTable(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = isNarrative(f) ? NARRATIVE_GROUP : `${f.table}（${f.sheet}）`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.entries()];
}
