// 一般公共预算财政拨款基本支出 / 项目支出决算表 (云南 公开06, 公开07): 经济分类 tables laid out as blocks of (科目编码, 科目名称, 金额) side by side — three blocks in
// 公开06 (人员经费 | 公用经费 | 公用经费 continued), four in 公开07, but any count is accepted. Blocks are found
// from the header row that repeats 科目编码 / 科目名称 / 金额; every code in every block becomes a row keyed
// "e<code>", and the 人员经费合计 / 公用经费合计 / 合计 lines become total rows.
// Codes are kept exactly as shown (the seed's "20921" under 309 stays): judging them is the rules' job.

import { LocatedTable } from "./locate";
import { BoundColumn, BoundRow, Field, PublicKind, PublicTable, ReadProblem } from "./model";
import { findNotes, header, viewOf } from "./common";
import { TableView } from "./view";
import { mergeAt } from "../grid/grid";
import { compareCells } from "../grid/address";

const CODE_HEAD = /^(部门)?(支出)?(经济分类)?(科目)?(编码|代码)$/;
const NAME_HEAD = /^(经济分类)?(科目)?名称$/;
const AMOUNT_HEAD = /^(决算)?(金额|决算数|支出数|本年支出|本年决算数?)(\(万元\))?$/;
/** 3 to 7 digits: wider than 经济分类 (3 or 5) so a mistyped code is bound and flagged, not dropped. */
const CODE = /^\d{3,7}$/;
const CODE_AND_NAME = /^(\d{3,7})(\D.*)$/;
const TOTALS: readonly (readonly [RegExp, string])[] = [
  [/^人员经费(合计|小计)$/, "personnel.total"],
  [/^公用经费(合计|小计)$/, "public.total"],
  [/^(基本支出|项目支出|项目经费|支出)?(合计|总计)$/, "total"],
];

interface Block {
  readonly section: string;
  readonly codeCol: number;
  readonly nameCol?: number;
  readonly amountCol?: number;
  /** Last column of the block: the column before the next 科目编码 header. */
  readonly right: number;
}

interface CodeEntry {
  readonly block: number;
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly nameCol: number;
}

/**
 * A header cell's folded label. A vertically merged header shows in every row it spans; the columns a
 * horizontal merge covers beyond its first read empty, so one merged "科目编码" is not counted twice.
 */
function headLabel(view: TableView, row: number, col: number): string {
  const m = mergeAt(view.sheet, row, col);
  if (!m) return view.label(row, col);
  return m.left === col ? view.label(m.top, m.left) : "";
}

function findHeaderRow(view: TableView, from: number, to: number): number | undefined {
  for (let r = from; r <= to; r++) {
    for (let c = view.left; c <= view.right; c++) if (CODE_HEAD.test(headLabel(view, r, c))) return r;
  }
  return undefined;
}

function blocksOf(view: TableView, row: number): Block[] {
  const codeCols: number[] = [];
  for (let c = view.left; c <= view.right; c++) if (CODE_HEAD.test(headLabel(view, row, c))) codeCols.push(c);
  return codeCols.map((codeCol, i) => {
    const right = i + 1 < codeCols.length ? codeCols[i + 1] - 1 : view.right;
    let nameCol: number | undefined;
    let amountCol: number | undefined;
    for (let c = codeCol + 1; c <= right; c++) {
      const l = headLabel(view, row, c);
      if (nameCol === undefined && amountCol === undefined && NAME_HEAD.test(l)) nameCol = c;
      else if (amountCol === undefined && AMOUNT_HEAD.test(l)) amountCol = c;
    }
    // A name header worded otherwise still sits right after the code.
    if (nameCol === undefined && codeCol + 1 <= right && codeCol + 1 !== amountCol) nameCol = codeCol + 1;
    return { section: `block${i + 1}`, codeCol, nameCol, amountCol, right };
  });
}

/** The code in a block's code cell ("30101", or "30101 基本工资" in one cell), with its name. */
function codeAt(view: TableView, row: number, block: Block): Omit<CodeEntry, "block" | "row"> | undefined {
  const l = view.label(row, block.codeCol);
  if (CODE.test(l)) {
    const name = block.nameCol !== undefined ? view.text(row, block.nameCol).trim() : "";
    return { code: l, name, nameCol: block.nameCol ?? block.codeCol };
  }
  const m = CODE_AND_NAME.exec(l);
  if (m) return { code: m[1], name: view.text(row, block.codeCol).trim().replace(/^\d+\s*/, ""), nameCol: block.codeCol };
  return undefined;
}

function totalKey(label: string): string | undefined {
  return TOTALS.find(([re]) => re.test(label))?.[1];
}

/**
 * A total's value: the first number or dash right of its label, before the next label or 科目编码. The seed's
 * 公用经费合计 stands under block 2 with its value in block 3's 金额 column, so the label's own block is no guide.
 */
function totalValue(view: TableView, row: number, col: number, codeCols: ReadonlySet<number>): Field | undefined {
  for (let c = col + 1; c <= view.right; c++) {
    const f = view.field(row, c);
    if (f.num.kind === "uncomputed") return f; // the total's cell, its value unknown
    if (f.text.trim() === "") continue;
    if (codeCols.has(c) && CODE.test(view.label(row, c))) return undefined;
    // An error value (#REF!) is still the total's cell: bound so the rules can point at it.
    if (f.num.kind === "number" || f.num.kind === "dash" || f.num.kind === "error") return f;
    return undefined;
  }
  return undefined;
}

export function bindEconomicTable(loc: LocatedTable): PublicTable {
  const id = loc.identity.label;
  const kind = loc.identity.kind as PublicKind;
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const lastBodyRow = (notesRow ?? view.bottom + 1) - 1;
  const headerRow = findHeaderRow(view, loc.top, lastBodyRow);
  const head = (p: ReadProblem[]) => header(loc, view, headerRow ?? loc.titleRow, notes, p);

  if (headerRow === undefined) {
    problems.push({
      code: "missing-column",
      message: `${id}：未找到“科目编码”表头，无法读取经济分类科目`,
      cell: view.ref(loc.titleRow, loc.titleCol),
    });
    return { ...head(problems), kind, columns: [], rows: [], empty: true };
  }

  const blocks = blocksOf(view, headerRow);
  const columns: BoundColumn[] = [];
  for (const b of blocks) {
    const add = (key: string, col: number | undefined) => {
      if (col !== undefined) columns.push({ key, col, label: headLabel(view, headerRow, col), section: b.section });
    };
    add("code", b.codeCol);
    add("name", b.nameCol);
    add("amount", b.amountCol);
  }
  const codeCols = new Set(blocks.map((b) => b.codeCol));

  const entries: CodeEntry[] = [];
  const totals: { key: string; label: string; row: number; col: number; amount?: Field }[] = [];
  for (let r = headerRow + 1; r <= lastBodyRow; r++) {
    // Totals first, so the cells they take are not mistaken for stray amounts below.
    const taken = new Set<number>();
    for (const { col, label } of view.rowLabels(r)) {
      const key = totalKey(label);
      if (!key) continue;
      const amount = totalValue(view, r, col, codeCols);
      if (amount) taken.add(amount.ref.col);
      totals.push({ key, label: view.text(r, col).trim(), row: r, col, amount });
    }
    blocks.forEach((b, i) => {
      const code = codeAt(view, r, b);
      if (code) {
        entries.push({ ...code, block: i, row: r });
        return;
      }
      // A figure with no code cannot be placed; a stray dash (the seed's I39 in 公开06) is harmless.
      if (b.amountCol === undefined || taken.has(b.amountCol) || view.label(r, b.codeCol) !== "") return;
      const f = view.field(r, b.amountCol);
      if (f.num.kind === "number" && !f.num.value?.isZero()) {
        problems.push({ code: "unreadable-cell", message: `${id}：金额“${f.text}”没有对应的科目编码`, cell: f.ref });
      }
    });
  }

  // A block without a 金额 column leaves its codes without amounts: one problem per block, not per row.
  blocks.forEach((b, i) => {
    const count = entries.filter((e) => e.block === i).length;
    if (b.amountCol === undefined && count > 0) {
      problems.push({
        code: "missing-column",
        message: `${id}：第${i + 1}组科目未找到“金额”列，${count}个科目编码无法读取金额`,
        cell: view.ref(headerRow, b.codeCol),
      });
    }
  });

  // Reading order: block by block, top to bottom, so each 款 follows its 类 and block 3 continues block 2.
  entries.sort((a, b) => a.block - b.block || a.row - b.row);
  const seen = new Map<string, number>();
  const uniqueKey = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}#${n}` : base;
  };

  const rows: BoundRow[] = [];
  for (const e of entries) {
    const b = blocks[e.block];
    const cells: Record<string, Field> = {};
    if (b.amountCol !== undefined) {
      const f = view.field(e.row, b.amountCol);
      cells.amount = f;
      if (f.num.kind === "text" || f.num.kind === "error") {
        problems.push({ code: "unreadable-cell", message: `${id}：科目编码“${e.code}”的金额“${f.text}”不是数字`, cell: f.ref });
      }
    }
    rows.push({
      key: uniqueKey(`e${e.code}`),
      kind: "code",
      code: e.code,
      label: e.name,
      labelRef: view.ref(e.row, e.nameCol),
      row: e.row,
      cells,
    });
  }

  for (const t of totals) {
    let amount = t.amount;
    if (!amount) {
      // Nothing right of the label: fall back to the 金额 cell of the label's own block (blank reads as zero).
      const b = blocks.find((x) => t.col >= x.codeCol && t.col <= x.right && x.amountCol !== undefined && x.amountCol > t.col);
      if (b?.amountCol !== undefined) amount = view.field(t.row, b.amountCol);
      else problems.push({ code: "unreadable-cell", message: `${id}：“${t.label}”行未找到金额`, cell: view.ref(t.row, t.col) });
    }
    rows.push({
      key: uniqueKey(t.key),
      kind: "total",
      label: t.label,
      labelRef: view.ref(t.row, t.col),
      row: t.row,
      cells: amount ? { amount } : {},
    });
  }

  const empty = !rows.some((r) => {
    const n = r.cells.amount?.num;
    return n !== undefined && n.kind === "number" && !n.value?.isZero();
  });
  // Listed in sheet order, as findings are.
  problems.sort((a, b) => (a.cell && b.cell ? compareCells(a.cell, b.cell) : 0));
  return { ...head(problems), kind, columns, rows, empty };
}
