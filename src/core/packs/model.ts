// Template packs: what a province's (or the Ministry's) disclosure set looks like, as data. A table is known by
// its kind — what it is, a stable English id — and a pack says under which titles and local numbers that kind
// appears in its set, which layout (column arrangement) it uses, which tables are required and what an empty
// table must say. Adding a province is a pack file and its tests; the reader, the rules and 填充 follow from it.

/** What a table is, whatever its number. */
export type TableKind =
  | "summary" // 收入支出决算(总)表
  | "income" // 收入决算表
  | "expenditure" // 支出决算表
  | "fiscal-summary" // 财政拨款收入支出决算(总)表
  | "gpb" // 一般公共预算财政拨款(收入)支出决算表
  | "gpb-basic" // 一般公共预算财政拨款基本支出决算表 (经济分类)
  | "gpb-project" // 一般公共预算财政拨款项目支出决算表 (经济分类)
  | "fund" // 政府性基金预算财政拨款收入支出决算表
  | "capital" // 国有资本经营预算财政拨款(收入)支出决算表
  | "three-public" // 财政拨款“三公”经费、行政参公单位机关运行经费情况表
  | "three-public-gpb" // 一般公共预算(财政拨款)“三公”经费(支出)情况/决算表
  | "assets" // 国有资产使用情况表
  | "dept-scorecard" // 部门整体支出绩效自评表
  | "project-scorecard"; // 项目支出绩效自评表

/** Every kind, in the order of the disclosure set (scorecards last): the order for kinds a pack does not list. */
export const KIND_ORDER: readonly TableKind[] = [
  "summary", "income", "expenditure", "fiscal-summary", "gpb", "gpb-basic", "gpb-project", "three-public-gpb",
  "fund", "capital", "three-public", "assets", "dept-scorecard", "project-scorecard",
];

/** How a kind's cells are arranged; each layout has one binder. */
export type LayoutId =
  | "summary"
  | "income"
  | "expenditure"
  | "fiscal-summary"
  | "gpb-full" // 16 numbered columns: 年初结转, 本年收入, 本年支出 (基本: 人员/公用, 项目), 年末结转
  | "gpb-expenditure" // 本年支出 小计 / 基本支出 / 项目支出
  | "economic-basic"
  | "economic-project"
  | "fund-full" // as gpb-full
  | "fund-national" // 年初结转和结余, 本年收入, 本年支出 (小计/基本/项目), 年末结转和结余
  | "capital-full" // 8 numbered columns: 年初 (结转/结余), 本年收入, 本年支出, 年末 (结转/结余)
  | "capital-national" // as fund-national, or 本年支出 only
  | "three-public-vertical" // items down, 预算数 / 全年预算数 / 决算数 across (with counts and 机关运行经费)
  | "three-public-gpb-vertical"
  | "three-public-gpb-horizontal" // one data row: 预算数 and 决算数, each 合计 / 出国 / 车 (小计/购置/运行) / 接待
  | "assets"
  | "dept-scorecard"
  | "project-scorecard";

export interface PackTable {
  readonly kind: TableKind;
  /** The set's own number for the table (公开05 → 5); undefined for annexes numbered freely (scorecards). */
  readonly number?: number;
  /** Titles on the folded text, any "某单位2023年度" prefix and trailing "(…)" removed. */
  readonly titles: readonly RegExp[];
  readonly layout: LayoutId;
  /**
   * Header labels that tell this layout from another of the same kind: all of them on one header row (the
   * folded labels of the rows below the title). A table matching no signature takes the entry without one.
   */
  readonly signature?: readonly RegExp[];
  /** The set requires it (completeness). */
  readonly required: boolean;
  /** What an empty table's note says (an empty 政府性基金 table must explain itself). */
  readonly emptyNote?: RegExp;
}

export interface TemplatePack {
  /** Stable id: "yunnan-2023", "national". */
  readonly id: string;
  /** zh-CN name for reports and the pane. */
  readonly name: string;
  /** How the set labels its tables: the local label of number n ("公开05", "表5"). */
  label(n: number): string;
  readonly tables: readonly PackTable[];
}
