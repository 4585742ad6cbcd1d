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

/** One row per recognised table (in report order), with its findings counted by severity. */
export function summarize(report: CheckReport): SummaryRow[] {
  const rows = new Map<string, { table: string; sheet: string; counts: Record<Severity, number> }>();
  const key = (table: string, sheet: string) => `${table}\u0000${sheet}`;
  for (const t of report.tables) rows.set(key(t.id, t.sheet), { table: t.id, sheet: t.sheet, counts: { error: 0, warning: 0, info: 0 } });
  for (const f of report.findings) {
    const k = key(f.table, f.sheet);
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { table: f.table, sheet: f.sheet, counts: { error: 0, warning: 0, info: 0 } }));
    row.counts[f.severity]++;
  }
  return [...rows.values()];
}

export function totals(report: CheckReport): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) out[f.severity]++;
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

/** Findings grouped by table, keeping the report's order. */
export function groupByTable(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.table}（${f.sheet}）`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.entries()];
}
