// Column layouts of the 科目编码 tables, as data. Keys are stable: rules and fill plans refer to them.
// A spec's `match` runs on the folded header path of a column ("其他收入/其中:教育收费"); specs are tried in
// order, each taking the leftmost matching column not yet taken, so specific labels come first.
// 公开05/08/09 are defined by their 栏次 numbers: keys c1…cN.

import { PublicTableId } from "./model";

export interface ColumnSpec {
  readonly key: string;
  /** zh-CN label used in messages. */
  readonly label: string;
  readonly match: RegExp;
  readonly not?: RegExp;
}

export interface CodeTableSpec {
  readonly columns: readonly ColumnSpec[];
  /** Columns keyed c1…cN by the 栏次 row. */
  readonly numbered: boolean;
  readonly required: readonly string[];
  /** zh-CN names of the numbered columns, for messages. */
  readonly numberedLabels?: Readonly<Record<string, string>>;
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

/** 公开05 and 公开08: 16 numbered columns. */
export const GPB_COLUMN_LABELS: Readonly<Record<string, string>> = {
  c1: "年初结转和结余合计",
  c2: "年初基本支出结转",
  c3: "年初项目支出结转和结余",
  c4: "本年收入合计",
  c5: "本年收入基本支出",
  c6: "本年收入项目支出",
  c7: "本年支出合计",
  c8: "本年基本支出小计",
  c9: "本年基本支出人员经费",
  c10: "本年基本支出公用经费",
  c11: "本年项目支出",
  c12: "年末结转和结余合计",
  c13: "年末基本支出结转",
  c14: "年末项目支出结转和结余小计",
  c15: "年末项目支出结转",
  c16: "年末项目支出结余",
};

/** 公开09: 8 numbered columns. */
export const CAPITAL_COLUMN_LABELS: Readonly<Record<string, string>> = {
  c1: "年初结转和结余合计",
  c2: "年初结转",
  c3: "年初结余",
  c4: "本年收入",
  c5: "本年支出",
  c6: "年末结转和结余合计",
  c7: "年末结转",
  c8: "年末结余",
};

const numberedSpecs = (labels: Readonly<Record<string, string>>): ColumnSpec[] =>
  Object.entries(labels).map(([key, label]) => ({ key, label, match: /$^/ }));

export const CODE_TABLE_COLUMNS: Readonly<Partial<Record<PublicTableId, CodeTableSpec>>> = {
  公开02: { columns: INCOME, numbered: false, required: ["total", "fiscal"] },
  公开03: { columns: EXPENDITURE, numbered: false, required: ["total", "basic", "project"] },
  公开05: { columns: numberedSpecs(GPB_COLUMN_LABELS), numbered: true, required: Object.keys(GPB_COLUMN_LABELS), numberedLabels: GPB_COLUMN_LABELS },
  公开08: { columns: numberedSpecs(GPB_COLUMN_LABELS), numbered: true, required: [], numberedLabels: GPB_COLUMN_LABELS },
  公开09: { columns: numberedSpecs(CAPITAL_COLUMN_LABELS), numbered: true, required: [], numberedLabels: CAPITAL_COLUMN_LABELS },
};
