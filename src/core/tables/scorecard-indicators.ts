// The 绩效指标 table shared by 附表14 and 附表15: 一级/二级/三级指标, 指标性质, 指标值, 度量单位, 实际完成值,
// 分值, 得分, 偏差原因. Headers sit on one or two rows ("绩效指标 … 实际完成值 分值 得分 偏差原因" over
// "一级指标 二级指标 三级指标 指标性质 指标值 度量单位"); columns nobody expects are kept as extras.

import { columnLetters } from "../grid/address";
import { normLabel, tidyText } from "../text/normalize";
import { Indicator, ReadProblem } from "./model";
import { TableView } from "./view";

interface IndicatorColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly match: RegExp;
}

const COLUMNS: readonly IndicatorColumnSpec[] = [
  { key: "level1", label: "一级指标", match: /^一级指标$/ },
  { key: "level2", label: "二级指标", match: /^二级指标$/ },
  { key: "level3", label: "三级指标", match: /^三级指标$/ },
  { key: "nature", label: "指标性质", match: /^指标性质$/ },
  { key: "target", label: "指标值", match: /^指标值$/ },
  { key: "unit", label: "度量单位", match: /^(度量|计量)单位$/ },
  { key: "actual", label: "实际完成值", match: /^实际(完成)?值$/ },
  { key: "weight", label: "分值", match: /^(分值|权重)$/ },
  { key: "score", label: "得分", match: /^得分$/ },
  { key: "reason", label: "偏差原因分析及改进措施", match: /^偏差原因/ },
];

/** Labels that group other headers and name no column of their own. */
const GROUP = /^(绩效指标|年度指标值|指标)$/;
/** Rows that end the indicator list. */
const END = /^其他.*说明|^(总分|总计|合计)$|^(备注|注|说明)([:：0-9.、]|$)/;

export interface IndicatorTable {
  readonly headerRows: readonly number[];
  readonly indicators: Indicator[];
  readonly columns: Record<string, number>;
  /** First row after the indicators (其他需要说明的事项, 总分 …), or the row after the last indicator. */
  readonly endRow: number;
}

interface HeaderCol {
  key: string;
  col: number;
  row: number;
  label: string;
}

/**
 * Reads the indicator table below `fromRow`. `required` lists the column keys whose absence is a problem
 * (附表14 has no 分值/得分).
 */
export function readIndicatorTable(
  view: TableView,
  fromRow: number,
  toRow: number,
  required: readonly string[],
  what: string,
  problems: ReadProblem[],
  at: { row: number; col: number },
): IndicatorTable | undefined {
  const anchor = view.find((l) => /^(一级指标|三级指标)$/.test(l), fromRow, toRow);
  if (!anchor) {
    problems.push({ code: "missing-row", message: `${what}：未找到绩效指标表（一级指标/三级指标表头）`, cell: view.ref(at.row, at.col) });
    return undefined;
  }
  const isHeaderLabel = (l: string) => GROUP.test(l) || COLUMNS.some((s) => s.match.test(l));
  const headerRows = [anchor.row];
  if (anchor.row - 1 >= fromRow && view.rowLabels(anchor.row - 1).some((l) => isHeaderLabel(l.label))) {
    headerRows.unshift(anchor.row - 1);
  }
  const bandEnd = anchor.row;

  // Header labels, both rows; unknown labels become extra columns.
  const headers: HeaderCol[] = [];
  for (const r of headerRows) {
    for (const { col, label } of view.rowLabels(r)) {
      if (GROUP.test(label)) continue;
      const spec = COLUMNS.find((s) => s.match.test(label));
      const key = spec ? spec.key : `extra:${view.text(r, col).trim()}`;
      if (headers.some((h) => h.key === key || h.col === col)) continue;
      headers.push({ key, col, row: r, label: spec ? spec.label : tidyText(view.text(r, col)) });
    }
  }
  // No 指标值 sub-header: the 年度指标值 group label is the target column itself.
  if (!headers.some((h) => h.key === "target")) {
    for (const r of headerRows) {
      for (const { col, label } of view.rowLabels(r)) {
        if (label === "年度指标值" && !headers.some((h) => h.col === col)) headers.push({ key: "target", col, row: r, label: "指标值" });
      }
    }
  }
  headers.sort((a, b) => a.col - b.col);
  for (const key of required) {
    if (!headers.some((h) => h.key === key)) {
      const label = COLUMNS.find((s) => s.key === key)?.label ?? key;
      problems.push({ code: "missing-column", message: `${what}：绩效指标表未找到“${label}”列`, cell: view.ref(anchor.row, anchor.col) });
    }
  }
  const level3Col = headers.find((h) => h.key === "level3")?.col;
  if (level3Col === undefined) return { headerRows, indicators: [], columns: {}, endRow: bandEnd + 1 };

  // Indicator rows: a 三级指标 on the row. Rows without one (a "90.00 90.00" subtotal under the header) are skipped.
  let endRow = bandEnd + 1;
  const rows: number[] = [];
  for (let r = bandEnd + 1; r <= toRow; r++) {
    const first = view.rowLabels(r)[0];
    if (first && END.test(first.label)) {
      endRow = r;
      break;
    }
    if (view.text(r, level3Col).trim() !== "") rows.push(r);
    endRow = r + 1;
  }
  if (rows.length === 0) {
    problems.push({ code: "missing-row", message: `${what}：绩效指标表没有指标行`, cell: view.ref(anchor.row, anchor.col) });
  }

  const columns = placeColumns(view, headers, rows);
  const extras = extraColumns(view, headers, columns, rows);
  const indicatorColumns: Record<string, number> = {};
  for (const [key, col] of columns) indicatorColumns[key] = col;
  for (const [label, col] of extras) indicatorColumns[`extra:${label}`] = col;

  const indicators: Indicator[] = [];
  let level1 = "";
  let level2 = "";
  const text = (r: number, key: string): string => {
    const c = columns.get(key);
    return c === undefined ? "" : tidyText(view.text(r, c));
  };
  const field = (r: number, key: string) => {
    const c = columns.get(key);
    return c === undefined ? undefined : view.field(r, c);
  };
  const ref = (r: number, key: string) => {
    const c = columns.get(key);
    return c === undefined ? undefined : view.ref(r, c);
  };
  for (const r of rows) {
    // Blank 一级/二级指标 under a vertically merged cell: carried down.
    level1 = text(r, "level1") || level1;
    level2 = text(r, "level2") || level2;
    const natureText = columns.has("nature") ? view.text(r, columns.get("nature")!).trim() : "";
    const extra: Record<string, string> = {};
    for (const [label, col] of extras) extra[label] = tidyText(view.text(r, col));
    indicators.push({
      row: r,
      level1,
      level2,
      level3: text(r, "level3"),
      level3Ref: view.ref(r, level3Col),
      nature: foldNature(natureText),
      natureText,
      natureRef: ref(r, "nature"),
      target: field(r, "target"),
      unit: text(r, "unit"),
      actual: field(r, "actual"),
      weight: field(r, "weight"),
      score: field(r, "score"),
      reason: text(r, "reason"),
      reasonRef: ref(r, "reason"),
      extra,
    });
  }
  return { headerRows, indicators, columns: indicatorColumns, endRow };
}

/** 指标性质 to ">=", "<=", "=", ">", "<"; "" when blank or unrecognised. Stray punctuation ("， =") is dropped. */
export function foldNature(text: string): string {
  const s = normLabel(text)
    .replace(/[,.;、:，。；]/g, "")
    .replace(/≧/g, ">=")
    .replace(/≦/g, "<=")
    .replace(/＝/g, "=")
    .replace(/=>/g, ">=")
    .replace(/=</g, "<=");
  if (/^(>=|大于(或)?等于|不低于|不少于|不小于)$/.test(s)) return ">=";
  if (/^(<=|小于(或)?等于|不高于|不超过|不大于|不多于)$/.test(s)) return "<=";
  if (/^(=|==|等于)$/.test(s)) return "=";
  if (/^(>|大于|高于|多于)$/.test(s)) return ">";
  if (/^(<|小于|低于|少于)$/.test(s)) return "<";
  return "";
}

/**
 * Where each header's values are. Normally straight below the header. When the indicator rows reach further
 * right than the headers (the seed's 附表15-7 with an unlabelled "定量指标" column), the headers right of some
 * point stand out of line by that many columns; the split is chosen by how well the cells fit their headers
 * (分值/得分 numeric, 指标性质 an operator, 偏差原因 words), preferring the boundary between the two header rows.
 */
function placeColumns(view: TableView, headers: readonly HeaderCol[], rows: readonly number[]): Map<string, number> {
  const straight = new Map(headers.map((h) => [h.key, h.col]));
  if (rows.length === 0 || headers.length === 0) return straight;
  let dataRight = -1;
  for (const r of rows) for (let c = view.left; c <= view.right; c++) if (view.text(r, c).trim() !== "") dataRight = Math.max(dataRight, c);
  const extra = dataRight - headers[headers.length - 1].col;
  if (extra <= 0) return straight;

  let best: { cost: number; boundary: boolean; p: number } | undefined;
  for (let p = 0; p <= headers.length; p++) {
    const placed = new Map(headers.map((h, i) => [h.key, i >= p ? h.col + extra : h.col]));
    const cost = misfit(view, placed, rows);
    const boundary = p > 0 && p < headers.length && headers[p].row !== headers[p - 1].row;
    if (!best || cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) < 1e-9 && boundary && !best.boundary)) best = { cost, boundary, p };
  }
  return new Map(headers.map((h, i) => [h.key, i >= best!.p ? h.col + extra : h.col]));
}

function misfit(view: TableView, placed: ReadonlyMap<string, number>, rows: readonly number[]): number {
  let cost = 0;
  const each = (key: string, weight: number, bad: (r: number, c: number) => boolean) => {
    const c = placed.get(key);
    if (c === undefined) return;
    let n = 0;
    for (const r of rows) if (bad(r, c)) n++;
    cost += (weight * n) / rows.length;
  };
  const kind = (r: number, c: number) => view.field(r, c).num.kind;
  each("weight", 2, (r, c) => kind(r, c) === "text");
  each("score", 2, (r, c) => kind(r, c) === "text");
  each("nature", 1, (r, c) => view.text(r, c).trim() !== "" && foldNature(view.text(r, c)) === "");
  each("reason", 1, (r, c) => kind(r, c) === "number");
  each("unit", 1, (r, c) => kind(r, c) === "number");
  each("level3", 1, (r, c) => kind(r, c) !== "text");
  return cost;
}

/**
 * Labelled extra columns by their header; columns holding something on an indicator row that no header claims
 * (their header, if any, was taken by a column standing out of line) by column letter: "列G".
 */
function extraColumns(
  view: TableView,
  headers: readonly HeaderCol[],
  columns: ReadonlyMap<string, number>,
  rows: readonly number[],
): Map<string, number> {
  const claimed = new Set<number>();
  for (const [key, col] of columns) if (!key.startsWith("extra:")) claimed.add(col);
  const out = new Map<string, number>();
  for (const h of headers) {
    const col = columns.get(h.key);
    if (h.key.startsWith("extra:") && col !== undefined) {
      out.set(h.label, col);
      claimed.add(col);
    }
  }
  const left = Math.min(...headers.map((h) => h.col));
  for (let c = left; c <= view.right; c++) {
    if (claimed.has(c)) continue;
    // Empty on every row: the spill of a merged cell (三级指标 over two columns), not a column of its own.
    if (!rows.some((r) => view.text(r, c).trim() !== "")) continue;
    out.set(`列${columnLetters(c)}`, c);
  }
  return out;
}
