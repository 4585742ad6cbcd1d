// Column layouts of the 科目编码 tables, as data. Keys are stable: rules and fill plans refer to them.
// A spec's `match` runs on the folded header path of a column ("其他收入/其中:教育收费"); specs are tried in
// order, each taking the leftmost matching column not yet taken, so specific labels come first.
// The full 一般公共预算/政府性基金/国有资本经营 layouts are defined by their 栏次 numbers: their columns are
// listed in 栏次 order and named by meaning ("out.project", not c11), so every layout of a kind shares its keys.

import { LayoutId } from "./model";

/** Numbered columns are found by number, never by label. */
const NEVER = /$^/;

export interface ColumnSpec {
  readonly key: string;
  /** zh-CN label used in messages. */
  readonly label: string;
  readonly match: RegExp;
  readonly not?: RegExp;
}

export interface CodeTableSpec {
  /** For a numbered layout, in 栏次 order: column n is columns[n − 1]. */
  readonly columns: readonly ColumnSpec[];
  /** Columns found by the 栏次 row rather than by their labels. */
  readonly numbered: boolean;
  readonly required: readonly string[];
}

const INCOME: readonly ColumnSpec[] = [
  { key: "business.tuition", label: "其中：教育收费", match: /教育收费/ },
  { key: "total", label: "本年收入合计", match: /(本年)?收入合计|^合计$/ },
  { key: "fiscal", label: "财政拨款收入", match: /财政拨款/ },
  { key: "superior", label: "上级补助收入", match: /上级补助/ },
  { key: "business", label: "事业收入", match: /事业收入/ },
  { key: "operating", label: "经营收入", match: /经营收入/ },
  { key: "affiliated", label: "附属单位上缴收入", match: /附属单位上缴/ },
  { key: "other", label: "其他收入", match: /其他收入/ },
];

const EXPENDITURE: readonly ColumnSpec[] = [
  { key: "total", label: "本年支出合计", match: /(本年)?支出合计|^合计$/ },
  { key: "basic", label: "基本支出", match: /基本支出/ },
  { key: "project", label: "项目支出", match: /项目支出/ },
  { key: "remit", label: "上缴上级支出", match: /上缴上级/ },
  { key: "operating", label: "经营支出", match: /经营支出/ },
  { key: "subsidy", label: "对附属单位补助支出", match: /对附属单位补助/ },
];

/**
 * 一般公共预算 / 政府性基金 in the full layout (云南 公开05/08): 16 columns defined by their 栏次 numbers, named
 * here by meaning in 栏次 order.
 */
const FULL_16: readonly ColumnSpec[] = [
  { key: "carry.in.total", label: "年初结转和结余合计", match: NEVER },
  { key: "carry.in.basic", label: "年初基本支出结转", match: NEVER },
  { key: "carry.in.project", label: "年初项目支出结转和结余", match: NEVER },
  { key: "income.total", label: "本年收入合计", match: NEVER },
  { key: "income.basic", label: "本年收入基本支出", match: NEVER },
  { key: "income.project", label: "本年收入项目支出", match: NEVER },
  { key: "out.total", label: "本年支出合计", match: NEVER },
  { key: "out.basic", label: "本年基本支出小计", match: NEVER },
  { key: "out.personnel", label: "本年基本支出人员经费", match: NEVER },
  { key: "out.public", label: "本年基本支出公用经费", match: NEVER },
  { key: "out.project", label: "本年项目支出", match: NEVER },
  { key: "carry.out.total", label: "年末结转和结余合计", match: NEVER },
  { key: "carry.out.basic", label: "年末基本支出结转", match: NEVER },
  { key: "carry.out.project", label: "年末项目支出结转和结余小计", match: NEVER },
  { key: "carry.out.project.carry", label: "年末项目支出结转", match: NEVER },
  { key: "carry.out.project.surplus", label: "年末项目支出结余", match: NEVER },
];

/** 国有资本经营 in the full layout (云南 公开09): 8 numbered columns. */
const CAPITAL_8: readonly ColumnSpec[] = [
  { key: "carry.in.total", label: "年初结转和结余合计", match: NEVER },
  { key: "carry.in.carry", label: "年初结转", match: NEVER },
  { key: "carry.in.surplus", label: "年初结余", match: NEVER },
  { key: "income.total", label: "本年收入", match: NEVER },
  { key: "out.total", label: "本年支出", match: NEVER },
  { key: "carry.out.total", label: "年末结转和结余合计", match: NEVER },
  { key: "carry.out.carry", label: "年末结转", match: NEVER },
  { key: "carry.out.surplus", label: "年末结余", match: NEVER },
];

/** National 公开05: 本年支出 小计 / 基本支出 / 项目支出. */
const GPB_EXPENDITURE: readonly ColumnSpec[] = [
  { key: "out.basic", label: "本年基本支出", match: /基本支出/ },
  { key: "out.project", label: "本年项目支出", match: /项目支出/ },
  { key: "out.total", label: "本年支出小计", match: /小计|合计|^本年支出$/ },
];

/** National 公开08/09: 年初结转和结余, 本年收入, 本年支出 (小计 / 基本 / 项目), 年末结转和结余. */
const NATIONAL_FUND: readonly ColumnSpec[] = [
  { key: "carry.in.total", label: "年初结转和结余", match: /年初/ },
  { key: "carry.out.total", label: "年末结转和结余", match: /年末/ },
  { key: "income.total", label: "本年收入", match: /本年收入/ },
  { key: "out.basic", label: "本年基本支出", match: /基本支出/ },
  { key: "out.project", label: "本年项目支出", match: /项目支出/ },
  { key: "out.total", label: "本年支出小计", match: /本年支出/ },
];

export const CODE_TABLE_COLUMNS: Readonly<Partial<Record<LayoutId, CodeTableSpec>>> = {
  income: { columns: INCOME, numbered: false, required: ["total", "fiscal"] },
  expenditure: { columns: EXPENDITURE, numbered: false, required: ["total", "basic", "project"] },
  "gpb-full": { columns: FULL_16, numbered: true, required: FULL_16.map((c) => c.key) },
  "gpb-expenditure": { columns: GPB_EXPENDITURE, numbered: false, required: ["out.total", "out.basic", "out.project"] },
  "fund-full": { columns: FULL_16, numbered: true, required: [] },
  "fund-national": { columns: NATIONAL_FUND, numbered: false, required: [] },
  "capital-full": { columns: CAPITAL_8, numbered: true, required: [] },
  "capital-national": { columns: NATIONAL_FUND, numbered: false, required: [] },
};
