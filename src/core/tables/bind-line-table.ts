// 公开01, 公开04, 公开10, 公开11, 公开12: tables whose rows are fixed lines named by their labels.
// Each section (公开01/04 have 收入 and 支出 side by side) has a label column, found as the column where most
// of its line labels occur; its amount columns lie between that column and the next section's, and are
// named by their header labels (栏次 numbers as a fallback). Positions are never assumed.

import { LocatedTable } from "./locate";
import { mayBeNonZero } from "../numbers/parse";
import { BoundColumn, BoundRow, Field, PublicKind, PublicTable, ReadProblem } from "./model";
import { findNotes, header, viewOf } from "./common";
import { TableView } from "./view";
import { LINE_TABLE_LAYOUTS, LineSection, LineSpec, LineTableLayout, NOT_AMOUNT_HEADER } from "./line-table-layouts";
import { stripNumbering } from "../glossary/functional-classes";
import { tidyText } from "../text/normalize";
import { CellRef } from "../grid/address";

interface Body {
  readonly first: number;
  readonly last: number;
}

/** What every step reports against. */
interface Ctx {
  readonly view: TableView;
  /** The table's label, for messages. */
  readonly id: string;
  readonly problems: ReadProblem[];
  readonly titleCell: CellRef;
}

interface SectionRows {
  readonly section: LineSection;
  readonly labelCol: number | undefined;
  readonly rows: { spec?: LineSpec; key: string; row: number }[];
}

/** Folded label with list numbering removed: what line specs match on. */
function lineText(view: TableView, row: number, col: number): string {
  return stripNumbering(view.label(row, col));
}

/** The column holding most of a section's line labels (ties: leftmost); undefined when none occurs. */
function labelColumn(view: TableView, section: LineSection, body: Body, taken: Set<number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (let c = view.left; c <= view.right; c++) {
    if (taken.has(c)) continue;
    let count = 0;
    for (let r = body.first; r <= body.last; r++) {
      const text = lineText(view, r, c);
      if (text && section.lines.some((l) => l.match.test(text))) count++;
    }
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

/** "收入部分" for messages about one half of a side-by-side table. */
function partOf(section: LineSection): string {
  return section.section ? `${section.name}部分` : "";
}

function allowed(spec: LineSpec, bound: Map<string, number>, previous: string | undefined): boolean {
  if (spec.after && !bound.has(spec.after)) return false;
  if (spec.before && bound.has(spec.before)) return false;
  if (spec.under && previous !== spec.under) return false;
  return true;
}

/** Binds a section's lines top to bottom: each label takes the first spec it matches that is still free. */
function bindRows(ctx: Ctx, section: LineSection, labelCol: number | undefined, body: Body, extraRows: boolean): SectionRows {
  const { view, id, problems, titleCell } = ctx;
  const rows: SectionRows["rows"] = [];
  const bound = new Map<string, number>();
  let previous: string | undefined;
  for (let r = body.first; labelCol !== undefined && r <= body.last; r++) {
    const text = lineText(view, r, labelCol);
    if (!text) continue;
    const matching = section.lines.filter((l) => l.match.test(text));
    const spec = matching.find((l) => !bound.has(l.key) && allowed(l, bound, previous));
    if (spec) {
      bound.set(spec.key, r);
      rows.push({ spec, key: spec.key, row: r });
    } else if (matching.length > 0 && matching.every((l) => bound.has(l.key))) {
      problems.push({ code: "ambiguous", message: `${id}：“${tidyText(view.text(r, labelCol))}”行重复出现，仅使用第一次出现的行`, cell: view.ref(r, labelCol) });
    } else if (extraRows && matching.length === 0 && !/^栏次$/.test(text)) {
      rows.push({ key: `r${r}`, row: r });
    }
    previous = spec?.key;
  }
  for (const l of section.lines) {
    if (bound.has(l.key) || l.optional) continue;
    problems.push({ code: "missing-row", message: `${id}：未找到${partOf(section)}“${l.label}”行`, cell: titleCell });
  }
  return { section, labelCol, rows };
}

/** The 栏次 row: only "栏次" and whole numbers. Returns column → number. */
function columnNumbers(view: TableView, row: number): Map<number, number> | undefined {
  const labels = view.rowLabels(row);
  const numbers = new Map<number, number>();
  for (const { col, label } of labels) {
    if (/^\d{1,2}$/.test(label)) numbers.set(col, Number(label));
    else if (label !== "栏次") return undefined;
  }
  return numbers.size >= 1 ? numbers : undefined;
}

const PREAMBLE = /^(部门|单位|金额单位|编制单位|公开\d+表|附表\d+)|^(部门|金额)?单位:/;

/**
 * Header labels per column, joined with "/". Merged cells count for every column they span; where a file
 * lost its merges, a group label also covers the blank cells to its right that have sub-headers below.
 */
function headerPaths(view: TableView, rows: readonly number[]): Map<number, string> {
  const cols: number[] = [];
  for (let c = view.left; c <= view.right; c++) cols.push(c);
  const grid = rows.map((r) => cols.map((c) => view.mergedLabel(r, c)));
  for (let i = 0; i < grid.length - 1; i++) {
    let current = "";
    for (let j = 0; j < cols.length; j++) {
      if (grid[i][j]) {
        current = grid[i][j];
        continue;
      }
      const hasSub = grid.slice(i + 1).some((g) => g[j]);
      const sameParent = j > 0 && grid.slice(0, i).every((g) => g[j] === g[j - 1]);
      if (current && hasSub && sameParent) grid[i][j] = current;
      else current = "";
    }
  }
  const out = new Map<number, string>();
  cols.forEach((c, j) => {
    const parts: string[] = [];
    for (const g of grid) if (g[j] && parts[parts.length - 1] !== g[j]) parts.push(g[j]);
    out.set(c, parts.join("/"));
  });
  return out;
}

/** Amount columns of a section within [from, to]: by header label, then (for the rest) by 栏次 number. */
function bindColumns(
  ctx: Ctx,
  section: LineSection,
  range: { from: number; to: number },
  paths: Map<number, string>,
  numbers: Map<number, number> | undefined,
): BoundColumn[] {
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const candidates: number[] = [];
  for (let c = range.from; c <= range.to; c++) if (!NOT_AMOUNT_HEADER.test(paths.get(c) ?? "")) candidates.push(c);
  const take = (key: string, test: (c: number) => boolean) => {
    const col = candidates.find((c) => !taken.has(c) && test(c));
    if (col === undefined) return;
    found.set(key, col);
    taken.add(col);
  };
  for (const spec of section.columns) {
    take(spec.key, (c) => spec.match.test(paths.get(c) ?? "") && !spec.not?.test(paths.get(c) ?? ""));
  }
  for (const spec of section.columns) {
    if (!found.has(spec.key) && spec.number !== undefined && numbers) take(spec.key, (c) => numbers.get(c) === spec.number);
  }
  for (const spec of section.columns) {
    if (found.has(spec.key)) continue;
    ctx.problems.push({ code: "missing-column", message: `${ctx.id}：未找到${partOf(section)}“${spec.label}”列`, cell: ctx.titleCell });
  }
  return [...found]
    .map(([key, col]) => ({ key, label: paths.get(col) ?? "", col, section: section.section }))
    .sort((x, y) => x.col - y.col);
}

/** A cell that holds a figure, a dash or a formula not yet computed, rather than a label. */
function isFigure(view: TableView, row: number, col: number): boolean {
  const kind = view.field(row, col).num.kind;
  return kind === "number" || kind === "dash" || kind === "uncomputed";
}

/** A row with figures outside the label columns: body, not header. */
function isDataRow(view: TableView, row: number, labelCols: ReadonlySet<number>): boolean {
  for (let c = view.left; c <= view.right; c++) if (!labelCols.has(c) && isFigure(view, row, c)) return true;
  return false;
}

/** Label column of each section, and where the body starts (the first recognised line). */
function locateBody(view: TableView, layout: LineTableLayout, scan: Body): { labelCols: (number | undefined)[]; body: Body } {
  const taken = new Set<number>();
  const labelCols = layout.sections.map((s) => {
    let col = labelColumn(view, s, scan, taken);
    // 公开12 without a 合计 line: its 项目 column.
    if (col === undefined && layout.sections.length === 1) col = view.find((l) => /^项目/.test(l), scan.first, scan.last)?.col;
    if (col !== undefined) taken.add(col);
    return col;
  });
  let first: number | undefined;
  layout.sections.forEach((s, i) => {
    const col = labelCols[i];
    for (let r = scan.first; col !== undefined && r <= scan.last && (first === undefined || r < first); r++) {
      if (s.lines.some((l) => l.match.test(lineText(view, r, col)))) first = r;
    }
  });
  // No line recognised (公开12 without 合计): the body starts at the first row of figures.
  for (let r = scan.first; first === undefined && layout.extraRows && r <= scan.last; r++) {
    if (!columnNumbers(view, r) && isDataRow(view, r, taken)) first = r;
  }
  return { labelCols, body: { first: first ?? scan.last + 1, last: scan.last } };
}

/** Header rows above the body, without the 部门/单位 lines and rows of figures; the 栏次 row gives numbers. */
function headerBand(view: TableView, scan: Body, body: Body, labelCols: ReadonlySet<number>): { rows: number[]; numbers?: Map<number, number> } {
  const rows: number[] = [];
  let numbers: Map<number, number> | undefined;
  for (let r = scan.first; r < body.first; r++) {
    const labels = view.rowLabels(r);
    if (labels.length === 0 || labels.every((l) => PREAMBLE.test(l.label))) continue;
    const n = columnNumbers(view, r);
    if (n) numbers = n;
    else if (!isDataRow(view, r, labelCols)) rows.push(r);
  }
  return { rows, numbers };
}

export function bindLineTable(loc: LocatedTable): PublicTable {
  const id = loc.identity.label;
  const layout = LINE_TABLE_LAYOUTS[loc.identity.layout];
  if (!layout) throw new Error(`${id} is not a line table`);
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const ctx: Ctx = { view, id, problems, titleCell: view.ref(loc.titleRow, loc.titleCol) };
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const scan: Body = { first: loc.titleRow + 1, last: (notesRow ?? view.bottom + 1) - 1 };

  const { labelCols, body } = locateBody(view, layout, scan);
  const sections = layout.sections.map((s, i) => bindRows(ctx, s, labelCols[i], body, !!layout.extraRows));
  const band = headerBand(view, scan, body, new Set(labelCols.filter((c): c is number => c !== undefined)));
  const paths = headerPaths(view, band.rows);

  // Each section's amount columns lie between its label column and the next section's label column.
  const starts = sections.map((s) => s.labelCol).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  const columnsOf = sections.map((s) => {
    if (s.labelCol === undefined) return [];
    const next = starts.find((c) => c > (s.labelCol as number));
    return bindColumns(ctx, s.section, { from: s.labelCol + 1, to: next === undefined ? view.right : next - 1 }, paths, band.numbers);
  });

  const rows: BoundRow[] = [];
  let empty = true;
  sections.forEach((s, i) => {
    const cols = columnsOf[i];
    for (const line of s.rows) {
      // An unrecognised row (公开12 sub-unit) counts only when it holds figures.
      if (!line.spec && !cols.some((c) => isFigure(view, line.row, c.col))) continue;
      const cells: Record<string, Field> = {};
      for (const c of cols) {
        const f = view.field(line.row, c.col);
        cells[c.key] = f;
        if (mayBeNonZero(f.num)) empty = false;
      }
      const labelCol = s.labelCol as number; // a section with rows has a label column
      rows.push({
        key: line.key,
        kind: line.spec?.total ? "total" : "line",
        code: line.spec?.code,
        label: tidyText(view.text(line.row, labelCol)),
        labelRef: view.ref(line.row, labelCol),
        row: line.row,
        cells,
      });
    }
  });
  const columns = columnsOf.flat();
  return { ...header(loc, view, band.rows[0] ?? body.first, notes, problems), kind: loc.identity.kind as PublicKind, columns, rows, empty };
}
