// The pane's problem list, computed without the DOM (tested in Node): problems first — errors, then warnings, then
// 尾数, each in the workbook's sheet order — filtered by severity and by table; the current one for 上一个 / 下一个;
// the findings of a selected cell; the cells a finding involves; the compact per-table summary.

import { CellRef, cellA1, cellKey, qualifiedA1, sameCell } from "../core/grid/address";
import { Finding, Severity } from "../core/findings/finding";
import { CheckReport } from "../host/types";
import { isNarrative, NARRATIVE_ROW, openFindings, summarize } from "./summary";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Sheets in the order the report met them (its tables are in workbook order), then any other finding's sheet. */
export function sheetOrder(report: CheckReport): Map<string, number> {
  const order = new Map<string, number>();
  for (const t of report.tables) if (!order.has(t.sheet)) order.set(t.sheet, order.size);
  for (const f of report.findings) if (!order.has(f.sheet)) order.set(f.sheet, order.size);
  return order;
}

/** Open findings, problems first: by severity, then sheet order, then the report's own order (row, column, rule). */
export function problemsFirst(report: CheckReport): Finding[] {
  const sheets = sheetOrder(report);
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return openFindings(report.findings)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || sheets.get(a.f.sheet)! - sheets.get(b.f.sheet)! || a.i - b.i)
    .map(({ f }) => f);
}

/** The table a finding is filed under in the compact summary: its table, or 说明 for findings about the prose. */
export function tableOf(f: Finding): string {
  return isNarrative(f) ? NARRATIVE_ROW : f.table;
}

/** A table as the compact summary names it: its label and its sheet (20 scorecards share the label 附表15). */
export interface TableKey {
  readonly table: string;
  readonly sheet: string;
}

export interface ListFilter {
  readonly severities: ReadonlySet<Severity>;
  /** Only this table's findings (a chip of the compact summary); undefined for all. */
  readonly table?: TableKey;
}

export function visibleFindings(ordered: readonly Finding[], filter: ListFilter): Finding[] {
  const t = filter.table;
  return ordered.filter((f) => filter.severities.has(f.severity) && (!t || (tableOf(f) === t.table && f.sheet === t.sheet)));
}

/** 上一个 / 下一个: the next index, wrapping at either end (as Excel's 错误检查 does); -1 when the list is empty. */
export function step(current: number, length: number, direction: 1 | -1): number {
  if (length === 0) return -1;
  if (current < 0 || current >= length) return direction === 1 ? 0 : length - 1;
  return (current + direction + length) % length;
}

/**
 * Where a finding sits in a list: itself, or after a check (new objects) the same rule, check and cell with the
 * same message — a cell can carry one rule twice (two cross-table identities) — else the same rule at the cell; -1.
 */
export function indexOfSame(list: readonly Finding[], f: Finding | undefined): number {
  if (!f) return -1;
  const own = list.indexOf(f);
  if (own >= 0) return own;
  const like = (g: Finding) => g.rule === f.rule && g.check === f.check && sameCell(g.cell, f.cell);
  const exact = list.findIndex((g) => like(g) && g.message === f.message);
  return exact >= 0 ? exact : list.findIndex(like);
}

/** The first visible finding whose marked (primary) cell is this one; -1 when the cell is not marked. */
export function indexAtCell(list: readonly Finding[], cell: CellRef): number {
  return list.findIndex((f) => sameCell(f.cell, cell));
}

/** Every other cell a finding involves, once each, in the finding's order (a cross-table finding: both sides). */
export function involvedCells(f: Finding): CellRef[] {
  const seen = new Set([cellKey(f.cell)]);
  const out: CellRef[] = [];
  for (const c of f.cells) {
    const k = cellKey(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

export function cellLabel(c: CellRef): string {
  return qualifiedA1(c.sheet, cellA1(c));
}

/** The expanded finding's figures: 应为 / 实为 / 差额 / 允许误差, those the finding has. */
export function figures(f: Finding): [string, string][] {
  const out: [string, string][] = [];
  if (f.expected !== undefined) out.push(["应为", f.expected]);
  if (f.actual !== undefined) out.push(["实为", f.actual]);
  if (f.difference !== undefined) out.push(["差额", f.difference]);
  if (f.allowed !== undefined) out.push(["允许误差", `±${f.allowed}`]);
  return out;
}

export interface TableChip extends TableKey {
  /** What the chip says: the table's label, or its sheet's name when several tables share the label. */
  readonly label: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly total: number;
}

/** Tables with problems only, in the summary's (workbook) order, one chip each. */
export function tableChips(report: CheckReport): TableChip[] {
  const rows = summarize(report).filter((r) => r.counts.error + r.counts.warning + r.counts.info > 0);
  const shared = new Set(rows.map((r) => r.table).filter((t, i, all) => all.indexOf(t) !== i));
  return rows.map((r) => ({
    table: r.table,
    sheet: r.sheet,
    label: shared.has(r.table) && r.table !== NARRATIVE_ROW ? r.sheet : r.table,
    counts: r.counts,
    total: r.counts.error + r.counts.warning + r.counts.info,
  }));
}

export function sameTable(a: TableKey | undefined, b: TableKey | undefined): boolean {
  return a?.table === b?.table && a?.sheet === b?.sheet;
}

/** "第 3 / 64 个" for the navigation bar; "—" when nothing is current. */
export function positionText(index: number, length: number): string {
  return index < 0 ? `共 ${length} 个` : `第 ${index + 1} / ${length} 个`;
}
