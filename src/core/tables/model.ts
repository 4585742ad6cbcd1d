// The typed model a recognised workbook is bound into. Every number keeps its cell, its displayed text and
// its shown precision (a Field), so rules can point at cells and reason about rounding.
//
// A table is known by its kind (packs/model.ts): what it is, whatever the workbook numbers it. Its `id` is the
// workbook's own label in the pack in use ("公开07" is the “三公” table in the national set). The 公开 tables
// are bound generically: rows and columns carry stable keys named by meaning (see the layouts), so rules read
// `cellOf(table, "in.gpb", "amount")`. Scorecards have a shape of their own and a typed model below.

import { CellRef, RangeRef } from "../grid/address";
import { Num } from "../numbers/parse";
import { LayoutId, TableKind } from "../packs/model";

export type { LayoutId, TableKind } from "../packs/model";
export { KIND_ORDER } from "../packs/model";
export type ScorecardKind = "dept-scorecard" | "project-scorecard";
export type PublicKind = Exclude<TableKind, ScorecardKind>;


/** One bound cell. */
export interface Field {
  readonly ref: CellRef;
  readonly num: Num;
  /** Displayed text, as the user sees it. */
  readonly text: string;
  /** For a value the engine computed (a sum over a 功能类 prefix): the shown cells it is made of. */
  readonly sources?: readonly CellRef[];
}

/** Something the reader could not make sense of: reported, never thrown. */
export interface ReadProblem {
  readonly code: "missing-column" | "missing-row" | "unreadable-cell" | "ambiguous" | "no-tables" | "marker-mismatch" | "mixed-template";
  readonly message: string;
  readonly cell?: CellRef;
  /** Set on workbook-level problems that still concern one table (a table that could not be bound). */
  /** The label and kind of the table it concerns. */
  readonly table?: string;
  readonly kind?: TableKind;
}

export interface TableHeader {
  /** The workbook's label for the table ("公开05", "附表15"): for people, never for logic. */
  readonly id: string;
  readonly kind: TableKind;
  readonly layout: LayoutId;
  readonly sheet: string;
  /** Title row to last row of the table, leftmost to rightmost used column. */
  readonly range: RangeRef;
  readonly title: string;
  /** "公开01表", "附表15-3" — absent when the sheet has none. */
  readonly marker?: string;
  /** The 部门 the table names (部门：…, 部门名称, 主管部门). */
  readonly department?: Field;
  /** "万元" from "金额单位：万元" / "单位：万元". */
  readonly unit?: Field;
  /** The year in the title ("2023年度…") when it has one. */
  readonly year?: number;
  /** Explanatory notes below the table ("注：…"), as text. */
  readonly notes: readonly string[];
  readonly problems: readonly ReadProblem[];
}

export type RowKind = "line" | "code" | "total";

export interface BoundRow {
  /** Stable key: "in.gpb", "out.201", "c2150517" (功能/经济分类 code), "total". */
  readonly key: string;
  readonly kind: RowKind;
  /** 科目编码 for code rows ("2150517", "30201"). */
  readonly code?: string;
  /** The row's label as shown (科目名称 or 项目). */
  readonly label: string;
  readonly labelRef?: CellRef;
  /** Sheet row (0-based). */
  readonly row: number;
  /** Fields by column key ("amount", "total", "basic", "c7" for 栏次 7 …). */
  readonly cells: Readonly<Record<string, Field>>;
}

export interface BoundColumn {
  readonly key: string;
  /** Header text as found (folded). */
  readonly label: string;
  /** Sheet column (0-based). */
  readonly col: number;
  /** Which part of a side-by-side table ("in", "out", "block1"…); absent for single-section tables. */
  readonly section?: string;
}

export interface PublicTable extends TableHeader {
  readonly kind: PublicKind;
  readonly columns: readonly BoundColumn[];
  readonly rows: readonly BoundRow[];
  /** True when the table holds no figures at all (公开08/09 of most departments). */
  readonly empty: boolean;
}

// ---- Scorecards ---------------------------------------------------------------------------------

/** One line of the 项目资金 block: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金. */
export interface FundLine {
  readonly key: "total" | "fiscal" | "carryover" | "other";
  readonly label: string;
  readonly row: number;
  readonly initialBudget?: Field; // 年初预算数
  readonly fullBudget?: Field; // 全年预算数
  readonly executed?: Field; // 全年执行数
  readonly weight?: Field; // 分值
  readonly rate?: Field; // 执行率
  readonly score?: Field; // 得分
}

export interface Indicator {
  readonly row: number;
  readonly level1: string; // 一级指标 (carried down from the merged cell above when blank)
  readonly level2: string;
  readonly level3: string;
  readonly level3Ref: CellRef;
  /** 指标性质 folded to ">=", "<=", "=", ">", "<" or "" when missing / unrecognised (raw text kept in natureText). */
  readonly nature: string;
  readonly natureText: string;
  readonly natureRef?: CellRef;
  readonly target?: Field; // 指标值
  readonly unit: string; // 度量单位
  readonly actual?: Field; // 实际完成值
  readonly weight?: Field; // 分值
  readonly score?: Field; // 得分
  readonly reason: string; // 偏差原因分析及改进措施
  readonly reasonRef?: CellRef;
  /** Extra columns the template did not expect (the seed's 附表15-7 "定量指标"), by header label. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface ProjectScorecard extends TableHeader {
  readonly kind: "project-scorecard";
  /** 项目名称 (the scorecard's title in the CLI contract). */
  readonly projectName: string;
  readonly projectNameRef?: CellRef;
  readonly implementer?: Field; // 实施单位
  readonly funds: readonly FundLine[];
  readonly indicators: readonly Indicator[];
  /** Column of each indicator-table header, for fill and messages. */
  readonly indicatorColumns: Readonly<Record<string, number>>;
  readonly totalWeight?: Field; // 总分 row, 分值 column
  readonly totalScore?: Field; // 总分 row, 得分 column
  readonly grade?: Field; // 等级 (优/良/中/差)
}

/** One line of 附表14's 部门预算资金 block. */
export interface DeptFundLine {
  readonly key: "total" | "basic" | "project" | "project.fiscal" | "project.other" | "carryover";
  readonly label: string;
  readonly row: number;
  readonly initialBudget?: Field; // 年初预算数
  readonly adjustment?: Field; // 预算调整数
  readonly confirmedBudget?: Field; // 预算确定数
  readonly executed?: Field; // 执行数
  readonly rate?: Field; // 执行率(%)
}

export interface DeptScorecard extends TableHeader {
  readonly kind: "dept-scorecard";
  readonly funds: readonly DeptFundLine[];
  readonly indicators: readonly Indicator[];
  readonly indicatorColumns: Readonly<Record<string, number>>;
}

export type Scorecard = ProjectScorecard | DeptScorecard;
export type AnyTable = PublicTable | Scorecard;

/** A title-like heading no pack knows (政府采购情况表): listed for people, never dropped silently. */
export interface UnrecognisedTable {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly title: string;
  readonly marker?: string;
}

/** A cell of prose (情况说明) outside the scorecards: the narrative checks read what it quotes. */
export interface ProseCell {
  readonly ref: CellRef;
  readonly text: string;
  /** The prose is about the 部门 as a whole (its sheet or heading says 部门整体): its counts are the 部门整体 scorecard's. */
  readonly aboutDepartment: boolean;
}

export interface BoundWorkbook {
  readonly tables: readonly AnyTable[];
  /** Prose cells that write figures (情况说明, 注 with amounts), in sheet order. */
  readonly prose: readonly ProseCell[];
  /** Problems not tied to one table (no tables found, duplicated tables …). */
  readonly problems: readonly ReadProblem[];
  /** The template pack in use (packs/), and whether it was forced rather than detected. */
  readonly template: { readonly id: string; readonly name: string; readonly forced: boolean };
  readonly unrecognised: readonly UnrecognisedTable[];
}

export function isPublicTable(t: AnyTable): t is PublicTable {
  return t.kind !== "dept-scorecard" && t.kind !== "project-scorecard";
}

export function publicTable(wb: BoundWorkbook, kind: PublicKind): PublicTable | undefined {
  return wb.tables.find((t): t is PublicTable => t.kind === kind);
}

export function projectScorecards(wb: BoundWorkbook): ProjectScorecard[] {
  return wb.tables.filter((t): t is ProjectScorecard => t.kind === "project-scorecard");
}

/** Row lookup by key, indexed once per table (rules look rows up for every cell they read). */
const rowIndexes = new WeakMap<PublicTable, Map<string, BoundRow>>();

export function rowByKey(t: PublicTable, key: string): BoundRow | undefined {
  let index = rowIndexes.get(t);
  if (!index) {
    index = new Map();
    for (const r of t.rows) if (!index.has(r.key)) index.set(r.key, r);
    rowIndexes.set(t, index);
  }
  return index.get(key);
}

export function cellOf(t: PublicTable, rowKey: string, colKey: string): Field | undefined {
  return rowByKey(t, rowKey)?.cells[colKey];
}
