// Row and column layouts of the line tables (收入支出决算总表, 财政拨款收入支出决算总表, the “三公” tables listed
// down, 国有资产使用情况表), as data. Keys are stable:
// rules and fill plans refer to them. A line's `match` runs on its folded label with the list numbering
// stripped ("(1)公务用车购置费" → "公务用车购置费"); a column's `match` runs on its folded header path
// ("支出/一般公共预算财政拨款"). Specs are tried in order, so specific ones come first.

import { FUNCTIONAL_CLASSES, functionalClassPattern } from "../glossary/functional-classes";
import { ColumnSpec } from "./code-table-columns";
import { LayoutId } from "./model";

export interface LineSpec {
  readonly key: string;
  /** zh-CN label used in messages. */
  readonly label: string;
  readonly match: RegExp;
  /** A 合计/总计 line (BoundRow kind "total"). */
  readonly total?: boolean;
  /** 功能分类 类 code of the line. */
  readonly code?: string;
  /** Only below the line with this key: the repeated fund lines under 年初结转 in 公开04. */
  readonly after?: string;
  /** Only above the line with this key (or when it is absent). */
  readonly before?: string;
  /** Only directly below the line with this key: "其中" lines are named by their parent. */
  readonly under?: string;
  /** Not reported when absent. */
  readonly optional?: boolean;
}

export interface LineColumnSpec extends ColumnSpec {
  /** The column's 栏次 number in the standard template, used when the header label is not recognised. */
  readonly number?: number;
}

export interface LineSection {
  /** BoundColumn.section ("in", "out"); absent for single-section tables. */
  readonly section?: string;
  /** zh-CN name of the part, for messages. */
  readonly name: string;
  readonly lines: readonly LineSpec[];
  readonly columns: readonly LineColumnSpec[];
}

export interface LineTableLayout {
  /** Left to right. */
  readonly sections: readonly LineSection[];
  /** Unrecognised body rows become lines keyed "r<sheetRow>" (公开12's sub-units) instead of being ignored. */
  readonly extraRows?: boolean;
}

/** Header paths of columns that are never amounts. */
export const NOT_AMOUNT_HEADER = /^(行次|栏次|项目|序号|编码|科目)|\/(行次|栏次)$/;

const CARRY_IN = /^年初(财政拨款)?结转和?结余$/;
const CARRY_OUT = /^年末(财政拨款)?结转和?结余$/;

const classLines = (prefix: string): LineSpec[] =>
  FUNCTIONAL_CLASSES.map((c) => ({ key: `${prefix}${c.code}`, label: c.name, code: c.code, match: functionalClassPattern(c.code) }));

const AMOUNT = (number: number): LineColumnSpec => ({ key: "amount", label: "金额", match: /金额|决算数|本年数/, number });

// ---- 公开01 收入支出决算表 ----------------------------------------------------------------------

const T01_IN: readonly LineSpec[] = [
  { key: "in.gpb", label: "一般公共预算财政拨款收入", match: /^一般公共预算财政拨款(收入)?$/ },
  { key: "in.fund", label: "政府性基金预算财政拨款收入", match: /^政府性基金预算财政拨款(收入)?$/ },
  { key: "in.capital", label: "国有资本经营预算财政拨款收入", match: /^国有资本经营预算财政拨款(收入)?$/ },
  { key: "in.superior", label: "上级补助收入", match: /^上级补助收入$/ },
  { key: "in.business", label: "事业收入", match: /^事业收入$/ },
  { key: "in.operating", label: "经营收入", match: /^经营收入$/ },
  { key: "in.affiliated", label: "附属单位上缴收入", match: /^附属单位上缴收入$/ },
  { key: "in.other", label: "其他收入", match: /^其他收入$/ },
  { key: "in.total", label: "本年收入合计", match: /^本年收入合计$|^收入合计$/, total: true },
  { key: "in.reserve", label: "使用专用结余", match: /^使用专用结余$/ },
  { key: "in.carry", label: "年初结转和结余", match: CARRY_IN },
  { key: "in.grand", label: "总计", match: /^总计$/, total: true },
];

const T01_OUT: readonly LineSpec[] = [
  ...classLines("out."),
  { key: "out.total", label: "本年支出合计", match: /^本年支出合计$|^支出合计$/, total: true },
  { key: "out.distribution", label: "结余分配", match: /^结余分配$/ },
  { key: "out.carry", label: "年末结转和结余", match: CARRY_OUT },
  { key: "out.grand", label: "总计", match: /^总计$/, total: true },
];

// ---- 公开04 财政拨款收入支出决算表 --------------------------------------------------------------

const fundLines = (prefix: string, where: Pick<LineSpec, "after" | "before">, label: (s: string) => string): LineSpec[] => [
  { key: `${prefix}gpb`, label: label("一般公共预算财政拨款"), match: /^一般公共预算财政拨款(收入)?$/, ...where },
  { key: `${prefix}fund`, label: label("政府性基金预算财政拨款"), match: /^政府性基金预算财政拨款(收入)?$/, ...where },
  { key: `${prefix}capital`, label: label("国有资本经营预算财政拨款"), match: /^国有资本经营预算财政拨款(收入)?$/, ...where },
];

const T04_IN: readonly LineSpec[] = [
  ...fundLines("in.", { before: "in.carry" }, (s) => s),
  { key: "in.total", label: "本年收入合计", match: /^本年收入合计$|^收入合计$/, total: true },
  { key: "in.carry", label: "年初财政拨款结转和结余", match: CARRY_IN },
  ...fundLines("in.carry.", { after: "in.carry" }, (s) => `年初结转和结余中的${s}`),
  { key: "in.grand", label: "总计", match: /^总计$/, total: true },
];

const T04_OUT: readonly LineSpec[] = [
  ...classLines("out."),
  { key: "out.total", label: "本年支出合计", match: /^本年支出合计$|^支出合计$/, total: true },
  { key: "out.carry", label: "年末财政拨款结转和结余", match: CARRY_OUT },
  { key: "out.grand", label: "总计", match: /^总计$/, total: true },
];

const T04_OUT_COLUMNS: readonly LineColumnSpec[] = [
  { key: "gpb", label: "一般公共预算财政拨款", match: /一般公共预算/, number: 3 },
  { key: "fund", label: "政府性基金预算财政拨款", match: /政府性基金/, number: 4 },
  { key: "capital", label: "国有资本经营预算财政拨款", match: /国有资本/, number: 5 },
  { key: "total", label: "合计", match: /合计|小计/, number: 2 },
];

// ---- 公开10 / 公开11 “三公”经费 ----------------------------------------------------------------

export const SANGONG: readonly LineSpec[] = [
  { key: "total", label: "支出合计", match: /^("三公"经费)?支出合计$|^合计$/, total: true },
  { key: "abroad", label: "因公出国（境）费", match: /^因公出国\(?境\)?费(用)?$/ },
  { key: "car", label: "公务用车购置及运行维护费", match: /^公务用车购置及运行(维护)?费$/ },
  { key: "car.purchase", label: "公务用车购置费", match: /^公务用车购置费$/ },
  { key: "car.operation", label: "公务用车运行维护费", match: /^公务用车运行(维护)?费$/ },
  { key: "reception", label: "公务接待费", match: /^公务接待费$/ },
  { key: "reception.domestic", label: "国内接待费", match: /^国内(公务)?接待费$/ },
  { key: "reception.domestic.foreign", label: "其中：外事接待费", match: /^其中|外事接待费?$/, under: "reception.domestic" },
  { key: "reception.abroad", label: "国（境）外接待费", match: /^国\(?境\)?外(公务)?接待费$/ },
];

const SANGONG_COUNTS: readonly LineSpec[] = [
  { key: "n.groups", label: "因公出国（境）团组数", match: /^因公出国\(?境\)?团组数/ },
  { key: "n.abroad.people", label: "因公出国（境）人次", match: /^因公出国\(?境\)?人次/ },
  { key: "n.car.purchase", label: "公务用车购置数", match: /^公务用车购置数/ },
  { key: "n.car.fleet", label: "公务用车保有量", match: /^公务用车保有量/ },
  { key: "n.reception.batches", label: "国内公务接待批次", match: /^国内公务接待批次/ },
  { key: "n.reception.batches.foreign", label: "其中：外事接待批次", match: /^其中|外事接待批次/, under: "n.reception.batches" },
  { key: "n.reception.people", label: "国内公务接待人次", match: /^国内公务接待人次/ },
  { key: "n.reception.people.foreign", label: "其中：外事接待人次", match: /^其中|外事接待人次/, under: "n.reception.people" },
  { key: "n.abroad.batches", label: "国（境）外公务接待批次", match: /^国\(?境\)?外公务接待批次/ },
  { key: "n.abroad.visitors", label: "国（境）外公务接待人次", match: /^国\(?境\)?外公务接待人次/ },
  { key: "opex", label: "机关运行经费", match: /^机关运行经费(支出)?$/ },
  { key: "opex.admin", label: "行政单位", match: /^行政单位$/ },
  { key: "opex.civil", label: "参照公务员法管理事业单位", match: /参照公务员法管理|^参公(事业)?单位$/ },
];

const SANGONG_COLUMNS: readonly LineColumnSpec[] = [
  { key: "full", label: "全年预算数", match: /全年预算/, number: 2 },
  { key: "budget", label: "预算数", match: /预算数|年初预算/, not: /全年/, number: 1 },
  { key: "final", label: "决算数", match: /决算/, number: 3 },
];

// ---- 公开12 国有资产使用情况表 ----------------------------------------------------------------

const pair = (key: string, label: string, group: string, number: number): LineColumnSpec[] => [
  { key: `${key}.orig`, label: `${label}原值`, match: new RegExp(`(${group}).*原值`), number },
  { key: `${key}.net`, label: `${label}净值`, match: new RegExp(`(${group}).*净值`), number: number + 1 },
];

const ASSET_COLUMNS: readonly LineColumnSpec[] = [
  // 对外投资 and 在建工程 first: a merge drawn one column too wide puts "其他固定资产" over them in the seed.
  { key: "investment", label: "对外投资/有价证券", match: /对外投资|有价证券/, number: 14 },
  { key: "construction", label: "在建工程", match: /在建工程/, number: 15 },
  { key: "assets", label: "资产总额", match: /资产总额|资产总计/, number: 1 },
  { key: "original", label: "资产原值合计", match: /资产原值|原值合计/, not: /固定|无形|其他/, number: 2 },
  { key: "current", label: "流动资产", match: /流动资产/, number: 3 },
  ...pair("building", "房屋构筑物", "房屋|构筑物", 6),
  ...pair("vehicle", "车辆", "车辆", 8),
  ...pair("equipment", "单价200万以上大型设备", "大型设备|200万", 10),
  ...pair("otherfixed", "其他固定资产", "其他固定资产", 12),
  // The 固定资产 subtotal is what remains once the four classes have taken their columns.
  { key: "fixed.orig", label: "固定资产原值", match: /固定资产.*原值/, not: /房屋|构筑物|车辆|设备|其他固定/, number: 4 },
  { key: "fixed.net", label: "固定资产净值", match: /固定资产.*净值/, not: /房屋|构筑物|车辆|设备|其他固定/, number: 5 },
  ...pair("intangible", "无形资产", "无形资产", 16),
  ...pair("otherasset", "其他资产", "其他资产", 18),
];

export const LINE_TABLE_LAYOUTS: Readonly<Partial<Record<LayoutId, LineTableLayout>>> = {
  summary: {
    sections: [
      { section: "in", name: "收入", lines: T01_IN, columns: [AMOUNT(1)] },
      { section: "out", name: "支出", lines: T01_OUT, columns: [AMOUNT(2)] },
    ],
  },
  "fiscal-summary": {
    sections: [
      { section: "in", name: "收入", lines: T04_IN, columns: [AMOUNT(1)] },
      { section: "out", name: "支出", lines: T04_OUT, columns: T04_OUT_COLUMNS },
    ],
  },
  "three-public-vertical": { sections: [{ name: "“三公”经费", lines: [...SANGONG, ...SANGONG_COUNTS], columns: SANGONG_COLUMNS }] },
  "three-public-gpb-vertical": { sections: [{ name: "“三公”经费", lines: SANGONG, columns: SANGONG_COLUMNS }] },
  assets: {
    sections: [{ name: "资产", lines: [{ key: "total", label: "合计", match: /^(合计|总计)$/, total: true }], columns: ASSET_COLUMNS }],
    extraRows: true,
  },
};
