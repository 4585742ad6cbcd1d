// The money block at the top of a scorecard: 附表15's 项目资金 (年初预算数 … 得分) and 附表14's 部门预算资金
// (年初预算数 … 执行率). Columns are found by their header labels, lines by their row labels. Header cells
// are often merged over two columns or exported one column left of their values, so headers are aligned to
// the columns that actually hold figures (see alignColumns) rather than read straight down.

import { TableView } from "./view";
import { ReadProblem } from "./model";

export interface FundColumnSpec {
  readonly key: string;
  /** zh-CN label for messages. */
  readonly label: string;
  readonly match: RegExp;
  /** The column holds 执行率: percent values belong here. */
  readonly rate?: boolean;
  /** A column that is recognised only so that it claims its cells (备注, 情况说明); never bound. */
  readonly ignore?: boolean;
}

export interface FundLineSpec<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly match: RegExp;
}

export interface FundBlockLine<K extends string> {
  readonly key: K;
  /** Row label as shown. */
  readonly label: string;
  readonly row: number;
  readonly col: number;
}

export interface FundBlock<K extends string> {
  readonly headerRow: number;
  /** Last row of the block (the last fund line). */
  readonly lastRow: number;
  /** Column key → sheet column the values are read from. */
  readonly columns: ReadonlyMap<string, number>;
  readonly lines: readonly FundBlockLine<K>[];
  /** The "(万元)" caption of the block, when there is one. */
  readonly unitCell?: { row: number; col: number };
}

/** Labels that end the block: the goals and the indicator table below it. */
const BLOCK_END = /年度(总体)?目标|^绩效指标|指标表$|^一级指标$/;
const MAX_LINES = 10;

function matchesAny(label: string, specs: readonly { match: RegExp }[]): boolean {
  return specs.some((s) => s.match.test(label));
}

/**
 * Finds the block: the first row from `fromRow` carrying at least three column labels, and the lines below it.
 * Returns undefined (with a problem) when there is no such header row.
 */
export function readFundBlock<K extends string>(
  view: TableView,
  fromRow: number,
  toRow: number,
  columns: readonly FundColumnSpec[],
  lines: readonly FundLineSpec<K>[],
  what: string,
  problems: ReadProblem[],
  at: { row: number; col: number },
): FundBlock<K> | undefined {
  let headerRow: number | undefined;
  for (let r = fromRow; r <= toRow && headerRow === undefined; r++) {
    const hits = view.rowLabels(r).filter((l) => columns.some((s) => !s.ignore && s.match.test(l.label)));
    if (hits.length >= 3) headerRow = r;
  }
  if (headerRow === undefined) {
    problems.push({ code: "missing-row", message: `${what}：未找到资金表头（年初预算数等列）`, cell: view.ref(at.row, at.col) });
    return undefined;
  }

  // Lines: each row takes the first line spec (in priority order) one of its labels matches. A row may carry
  // two labels (附表14's "基本支出 | 年度资金总额"); the priority order decides which one names it.
  const found: FundBlockLine<K>[] = [];
  const taken = new Set<K>();
  let labelCol = -1;
  let lastRow = headerRow;
  for (let r = headerRow + 1; r <= Math.min(toRow, headerRow + MAX_LINES); r++) {
    const labels = view.rowLabels(r).filter((l) => view.field(r, l.col).num.kind === "text");
    // Only the row's first label: a 备注 beside the figures may well mention a 年度目标.
    if (labels.length > 0 && BLOCK_END.test(labels[0].label)) break;
    const lineLabels = labels.filter((l) => matchesAny(l.label, lines));
    if (lineLabels.length === 0) continue;
    for (const l of lineLabels) labelCol = Math.max(labelCol, l.col);
    const spec = lines.find((s) => !taken.has(s.key) && lineLabels.some((l) => s.match.test(l.label)));
    if (!spec) continue;
    const hit = lineLabels.find((l) => spec.match.test(l.label))!;
    taken.add(spec.key);
    found.push({ key: spec.key, label: view.text(r, hit.col).trim(), row: r, col: hit.col });
    lastRow = r;
  }
  if (found.length === 0) {
    problems.push({ code: "missing-row", message: `${what}：未找到“${lines[0].label}”等资金行`, cell: view.ref(headerRow, at.col) });
  }

  // Header columns in sheet order.
  const headers: { key: string; col: number; rate: boolean; ignore: boolean }[] = [];
  for (const { col, label } of view.rowLabels(headerRow)) {
    const spec = columns.find((s) => s.match.test(label) && !headers.some((h) => h.key === s.key));
    if (spec) headers.push({ key: spec.key, col, rate: !!spec.rate, ignore: !!spec.ignore });
  }
  for (const spec of columns) {
    if (!spec.ignore && !headers.some((h) => h.key === spec.key)) {
      problems.push({ code: "missing-column", message: `${what}：未找到“${spec.label}”列`, cell: view.ref(headerRow, at.col) });
    }
  }

  // Columns right of the labels that hold a figure (or a dash) on some line.
  const rows = found.map((l) => l.row);
  const data: { col: number; percent: boolean }[] = [];
  for (let c = Math.max(labelCol + 1, view.left); c <= view.right; c++) {
    const nums = rows.map((r) => view.field(r, c).num);
    if (nums.some((n) => n.kind === "number" || n.kind === "dash" || n.kind === "uncomputed")) data.push({ col: c, percent: nums.some((n) => n.percent) });
  }
  const aligned = alignColumns(headers, data, labelCol);
  const out = new Map<string, number>();
  for (const h of headers) {
    const col = aligned.get(h.key);
    if (!h.ignore && col !== undefined) out.set(h.key, col);
  }

  const unit = view.find((l) => /\((万元|元|千元)\)$/.test(l), Math.max(view.top, headerRow - 1), lastRow);
  return { headerRow, lastRow, columns: out, lines: found, unitCell: unit ? { row: unit.row, col: unit.col } : undefined };
}

const SKIP_HEADER = 0.5; // a header with no figures under it (年初预算数 left blank) is common
const SKIP_DATA = 10; // figures no header claims are not: they mean the headers stand out of line
const PERCENT_MISFIT = 4; // a percent under anything but 执行率
const LEFT_OF_HEADER = 3; // per column a value would sit left of its header

/**
 * Aligns header columns to the columns holding figures: an order-preserving matching that claims every figure
 * column if it can, keeps each value at or just right of its header, and puts percents under 执行率.
 * Headers left without figures get the cell their neighbours' offset points at.
 */
export function alignColumns(
  headers: readonly { key: string; col: number; rate: boolean }[],
  data: readonly { col: number; percent: boolean }[],
  labelCol: number,
): Map<string, number> {
  const n = headers.length;
  const m = data.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const step: ("h" | "d" | "match")[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill("h"));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let how: "h" | "d" | "match" = "h";
      if (i > 0 && cost[i - 1][j] + SKIP_HEADER < best) {
        best = cost[i - 1][j] + SKIP_HEADER;
        how = "h";
      }
      if (j > 0 && cost[i][j - 1] + SKIP_DATA < best) {
        best = cost[i][j - 1] + SKIP_DATA;
        how = "d";
      }
      if (i > 0 && j > 0) {
        const h = headers[i - 1];
        const d = data[j - 1];
        const gap = d.col - h.col;
        let c = gap >= 0 ? gap : -gap * LEFT_OF_HEADER;
        if (d.percent && !h.rate) c += PERCENT_MISFIT;
        if (cost[i - 1][j - 1] + c < best) {
          best = cost[i - 1][j - 1] + c;
          how = "match";
        }
      }
      cost[i][j] = best;
      step[i][j] = how;
    }
  }
  const matched = new Map<number, number>(); // header index → column
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const how = step[i][j];
    if (how === "match") {
      matched.set(i - 1, data[j - 1].col);
      i--;
      j--;
    } else if (how === "h") i--;
    else j--;
  }

  const out = new Map<string, number>();
  const claimed = new Set(matched.values());
  headers.forEach((h, i) => {
    const col = matched.get(i);
    if (col !== undefined) out.set(h.key, col);
  });
  headers.forEach((h, i) => {
    if (matched.has(i)) return;
    // Offset of the nearest aligned neighbour, right first (the blank 年初预算数 sits left of aligned columns).
    let offset = 0;
    let limit = Infinity;
    for (let k = i + 1; k < n; k++) {
      const col = matched.get(k);
      if (col !== undefined) {
        offset = col - headers[k].col;
        limit = col;
        break;
      }
    }
    if (limit === Infinity) {
      for (let k = i - 1; k >= 0; k--) {
        const col = matched.get(k);
        if (col !== undefined) {
          offset = col - headers[k].col;
          break;
        }
      }
    }
    let col = Math.max(h.col + offset, labelCol + 1);
    while (claimed.has(col) && col < limit) col++;
    if (col < limit && !claimed.has(col)) {
      out.set(h.key, col);
      claimed.add(col);
    }
  });
  return out;
}
