// Runs the rule catalogue over a bound workbook. The Reporter given to rules does the tolerance arithmetic,
// turns cells that cannot be read into findings of their own, renders messages, and afterwards points each
// broken identity at the cell most likely wrong: the involved cell shared by the most broken identities.

import Decimal from "decimal.js";
import { CellRef, cellKey, compareCells, rangeContains } from "../grid/address";
import { Finding, Severity } from "../findings/finding";
import { BoundWorkbook, Field, TableKind } from "../tables/model";
import { kindRank, packById } from "../packs/index";
import { labelsOf, withLabels } from "./labels";
import { figureStyle, MessageValues, nameCells, renderMessage, roundingSuffix } from "./messages";
import { FigureStyle, formatFigure } from "../numbers/format";
import { BoundReport, CheckOptions, IssueReport, MessageData, Rule, SumReport } from "./rule";
import { evaluateBound, evaluateSum, Evaluation } from "./tolerance";

/** A finding before the table of its primary cell is known: `table` holds the kind the rule reported against. */
type Draft = Omit<Finding, "data" | "message" | "table" | "kind"> & { readonly table: TableKind };

interface Pending {
  finding: Draft;
  /** Data and message for the sheet of the primary cell, known only at the end: cells elsewhere are named with their sheet. */
  render(sheet: string): Pick<Finding, "data" | "message">;
  /** Broken numeric identities take part in choosing primary cells. */
  broken: boolean;
  defaultPrimary: CellRef;
  /** Cells that may be blamed: shown figures, not the stand-in cell of a computed sum. */
  suspects: readonly CellRef[];
}

const DEFAULT_OPTIONS: CheckOptions = { profile: "national" };

/** Plain decimal strings for the finding's fields (the JSON contract). */
function fmt(v: Decimal, decimals: number): string {
  return v.toFixed(decimals);
}

/** The same figures as the message writes them: in the style of the cells compared (figureStyle). */
function shownFigures(ev: Evaluation, style: FigureStyle): Record<"expected" | "actual" | "difference" | "allowed", string> {
  return {
    expected: formatFigure(ev.expected, style),
    actual: formatFigure(ev.actual, style),
    difference: formatFigure(ev.difference, style),
    allowed: formatFigure(ev.allowed, { ...style, decimals: Math.max(style.decimals, ev.allowed.decimalPlaces()) }),
  };
}

export function runRules(workbook: BoundWorkbook, rules: readonly Rule[], options: CheckOptions = DEFAULT_OPTIONS): Finding[] {
  const pending: Pending[] = [];
  const unreadable = new Map<string, Finding>();
  const labelOf = labelsOf(workbook);
  const render = (meta: Rule["meta"], messageId: string, data: Readonly<Record<string, string>>) => withLabels(renderMessage(meta, messageId, data), labelOf);

  for (const rule of rules) {
    const meta = rule.meta;

    const checkReadable = (table: TableKind, fields: readonly Field[]): boolean => {
      let ok = true;
      for (const f of fields) {
        if (f.num.value !== undefined) continue;
        ok = false;
        if (f.num.kind === "uncomputed") continue; // reported once per table by the engine (公式未计算)
        const key = cellKey(f.ref);
        if (!unreadable.has(key)) {
          const what = f.num.kind === "error" ? `错误值 ${f.text}` : `“${f.text}”`;
          unreadable.set(key, {
            rule: "read.unreadable-cell",
            check: "unreadable-cell",
            severity: "error",
            table: tableAt(workbook, f.ref)?.id ?? labelOf(table),
            kind: tableAt(workbook, f.ref)?.kind ?? table,
            sheet: f.ref.sheet,
            cell: f.ref,
            cells: [f.ref],
            data: { text: f.text },
            message: `此处应为数字，实为${what}，涉及此单元格的校验未能进行`,
          });
        }
      }
      return ok;
    };

    const numeric = (
      table: TableKind,
      messageId: string,
      data: MessageData,
      ev: Evaluation,
      primary: CellRef,
      cells: CellRef[],
      style: FigureStyle,
      severity: Severity | undefined,
      suspects: CellRef[] = cells,
    ): void => {
      if (ev.outcome === "exact") return;
      const broken = ev.outcome === "broken";
      const sev: Severity = broken ? severity ?? meta.severity : "info";
      const plain = {
        expected: fmt(ev.expected, style.decimals),
        actual: fmt(ev.actual, style.decimals),
        difference: fmt(ev.difference, style.decimals),
        allowed: fmt(ev.allowed, Math.max(style.decimals, ev.allowed.decimalPlaces())),
      };
      const values: MessageValues = { ...(typeof data === "function" ? data() : data), ...plain };
      const shown = shownFigures(ev, style);
      pending.push({
        broken,
        defaultPrimary: primary,
        suspects,
        render(sheet) {
          const named = nameCells(values, sheet);
          return { data: named, message: render(meta, messageId, { ...named, ...shown }) + roundingSuffix(broken, shown.allowed) };
        },
        finding: {
          rule: meta.id,
          check: messageId,
          severity: sev,
          table,
          sheet: primary.sheet,
          cell: primary,
          cells,
          ...plain,
        },
      });
    };

    const reporter = {
      numbers(table: TableKind, fields: readonly (Field | undefined)[]): boolean {
        return checkReadable(table, fields.filter((f): f is Field => !!f));
      },
      sum(r: SumReport): void {
        const fields = [r.total, ...r.parts.map((p) => p.field)];
        if (!checkReadable(r.table, fields)) return;
        const ev = evaluateSum(r.total, r.parts, r.mode ?? (meta.tolerance === "exact" ? "exact" : "interval"));
        if (ev.outcome === "exact") return;
        // A computed sum stands for the shown cells it adds up: those are involved, and may be to blame.
        const cells = dedupe(fields.flatMap((f) => f.sources ?? (f.num.radius === undefined ? [f.ref] : [])));
        numeric(r.table, r.messageId, r.data, ev, r.total.ref, cells, figureStyle(fields), r.severity);
      },
      bound(r: BoundReport): void {
        const fields = [r.left, r.right];
        if (!checkReadable(r.table, fields)) return;
        const ev = evaluateBound(r.left, r.op, r.right);
        if (ev.outcome === "exact") return;
        numeric(r.table, r.messageId, r.data, ev, r.left.ref, dedupe(fields.map((f) => f.ref)), figureStyle(fields), r.severity);
      },
      issue(r: IssueReport): void {
        const values = { ...r.data };
        pending.push({
          broken: false,
          defaultPrimary: r.cell,
          suspects: [],
          render(sheet) {
            const named = nameCells(values, sheet);
            return { data: named, message: render(meta, r.messageId, named) };
          },
          finding: {
            rule: meta.id,
            check: r.messageId,
            severity: r.severity ?? meta.severity,
            table: r.table,
            sheet: r.cell.sheet,
            cell: r.cell,
            cells: dedupe([r.cell, ...(r.cells ?? [])]),
            expected: r.expected,
            actual: r.actual,
            difference: r.difference,
          },
        });
      },
    };
    rule.check({ workbook, options }, reporter);
  }

  const findings = choosePrimaryCells(pending).map((f): Finding => {
    const at = tableAt(workbook, f.cell);
    return { ...f, table: at?.id ?? labelOf(f.table), kind: at?.kind ?? f.table };
  });
  return sortFindings([...findings, ...unreadable.values()], workbook);
}

/** The table whose range holds a cell: a finding belongs to the table of its primary cell. */
function tableAt(workbook: BoundWorkbook, cell: CellRef): { id: string; kind: TableKind } | undefined {
  return workbook.tables.find((t) => t.sheet === cell.sheet && rangeContains(t.range, cell.row, cell.col));
}

function dedupe(cells: CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = cellKey(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Among the cells of each broken identity, the one shared by the most broken identities is the suspect. */
function choosePrimaryCells(pending: Pending[]): (Draft & Pick<Finding, "data" | "message">)[] {
  const counts = new Map<string, number>();
  for (const p of pending) if (p.broken) for (const c of p.suspects) counts.set(cellKey(c), (counts.get(cellKey(c)) ?? 0) + 1);
  const rendered = (p: Pending, f: Draft) => ({ ...f, ...p.render(f.sheet) });
  return pending.map((p) => {
    if (!p.broken) return rendered(p, p.finding);
    let best = p.defaultPrimary;
    let bestCount = counts.get(cellKey(best)) ?? 0;
    for (const c of p.suspects) {
      const n = counts.get(cellKey(c)) ?? 0;
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    if (best === p.defaultPrimary) return rendered(p, p.finding);
    const cells = [best, ...p.finding.cells.filter((c) => c !== best)];
    return rendered(p, { ...p.finding, cell: best, sheet: best.sheet, cells });
  });
}

/** Table order, then sheet order, then row, column and rule id: the same input always lists the same way. */
export function sortFindings(findings: Finding[], workbook: BoundWorkbook): Finding[] {
  const pack = packById(workbook.template.id);
  const sheetOrder = new Map<string, number>();
  workbook.tables.forEach((t) => {
    if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  });
  return findings.sort(
    (a, b) =>
      kindRank(pack, a.kind) - kindRank(pack, b.kind) ||
      (sheetOrder.get(a.sheet) ?? 999) - (sheetOrder.get(b.sheet) ?? 999) ||
      compareCells(a.cell, b.cell) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.check < b.check ? -1 : a.check > b.check ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
