// The narrative lexicon: which phrases of the 情况说明 name which table figure. Data only — a new phrasing is a
// line here. A phrase is matched against the whole label written before a figure (fillers such as the year,
// the 部门 name, "其中", "为" removed), never against part of it: a number the lexicon does not tie to a subject
// is left alone, never guessed (domain.md §8).
//
// Subjects carry a scope. A lead subject ("“三公”经费决算数", "一般公共预算财政拨款支出") sets the scope of the
// sentence; generic items after it ("其中基本支出…", "公务接待费…") are read in that scope, so "基本支出" under
// 一般公共预算财政拨款支出 is compared with the 一般公共预算 table, not with the 支出决算表.

import { PublicKind } from "../tables/model";

/** The family of tables a sentence talks about. */
export type Scope = "dept" | "fiscal" | "gpb" | "three-public" | "three-public-gpb";

/** Which figure of the “三公” table: 预算数, 全年预算数 or 决算数. */
export type Measure = "budget" | "full" | "final";

/** Where a subject's figure is: the first of `tables` the workbook has, that row, that column. */
export interface FigureSource {
  readonly tables: readonly PublicKind[];
  readonly row: string;
  /** Column key; "measure" takes the column of the sentence's measure (“三公” tables). */
  readonly col: string;
}

export interface Subject {
  /** Stable id, used in findings' data and in waivers. */
  readonly id: string;
  /** zh-CN name used in messages. */
  readonly name: string;
  /** Whole-label pattern (on the cleaned label: no spaces, no quotes, half-width brackets). */
  readonly phrase: RegExp;
  /** A lead subject sets the sentence's scope; an item is read in the scope of its lead. */
  readonly scope?: Scope;
  /** Figure by scope; "any" when the subject names its table whatever the scope. */
  readonly figure: Partial<Record<Scope | "any", FigureSource>>;
  /** The subject is measured (预算数 / 决算数): "“三公”经费" items. Others accept only 决算 wording. */
  readonly measured?: boolean;
  /** Money (万元) or a count (辆). */
  readonly unit: "money" | "vehicles";
}

const summary = (row: string): FigureSource => ({ tables: ["summary"], row, col: "amount" });
// The 财政拨款 “三公” table, or the 一般公共预算 one where the set has no other (the national nine tables).
const allFunds = (row: string): FigureSource => ({ tables: ["three-public", "three-public-gpb"], row, col: "measure" });
const gpbOnly = (row: string): FigureSource => ({ tables: ["three-public-gpb"], row, col: "measure" });
const threePublic = (row: string): Partial<Record<Scope | "any", FigureSource>> => ({ "three-public": allFunds(row), "three-public-gpb": gpbOnly(row) });

// "合计" is the year's total; "总计" is the grand total with the carry-over (收入总计 = 本年收入合计 + 年初结转和结余).
const TOTAL_SUFFIX = "(合计|总额|总数|总量)?";

export const SUBJECTS: readonly Subject[] = [
  // 收入支出决算表
  { id: "income.total", name: "本年收入合计", phrase: new RegExp(`^(部门整体|部门|本年度?|全年|年度)?(总)?收入${TOTAL_SUFFIX}(决算数?)?$`), scope: "dept", figure: { any: summary("in.total") }, unit: "money" },
  { id: "income.gpb", name: "一般公共预算财政拨款收入", phrase: /^(本年)?一般公共预算财政拨款(收入)?$/, figure: { any: summary("in.gpb") }, unit: "money" },
  { id: "income.fund", name: "政府性基金预算财政拨款收入", phrase: /^(本年)?政府性基金预算财政拨款(收入)?$/, figure: { any: summary("in.fund") }, unit: "money" },
  { id: "income.capital", name: "国有资本经营预算财政拨款收入", phrase: /^(本年)?国有资本经营预算财政拨款(收入)?$/, figure: { any: summary("in.capital") }, unit: "money" },
  { id: "income.superior", name: "上级补助收入", phrase: /^上级补助收入$/, figure: { any: summary("in.superior") }, unit: "money" },
  { id: "income.business", name: "事业收入", phrase: /^事业收入$/, figure: { any: summary("in.business") }, unit: "money" },
  { id: "income.operating", name: "经营收入", phrase: /^经营收入$/, figure: { any: summary("in.operating") }, unit: "money" },
  { id: "income.affiliated", name: "附属单位上缴收入", phrase: /^附属单位上缴收入$/, figure: { any: summary("in.affiliated") }, unit: "money" },
  { id: "income.other", name: "其他收入", phrase: /^其他收入$/, figure: { any: summary("in.other") }, unit: "money" },
  { id: "income.grand", name: "收入总计", phrase: /^(收入|收支)总计$/, figure: { any: summary("in.grand") }, unit: "money" },
  { id: "carry.in", name: "年初结转和结余", phrase: /^年初结转和?结余$/, figure: { any: summary("in.carry") }, unit: "money" },
  { id: "expenditure.total", name: "本年支出合计", phrase: new RegExp(`^(部门整体|部门|本年度?|全年|年度)?(总)?支出${TOTAL_SUFFIX}(决算数?)?$`), scope: "dept", figure: { any: summary("out.total") }, unit: "money" },
  { id: "expenditure.grand", name: "支出总计", phrase: /^支出总计$/, figure: { any: summary("out.grand") }, unit: "money" },
  { id: "carry.out", name: "年末结转和结余", phrase: /^年末结转和?结余$/, figure: { any: summary("out.carry") }, unit: "money" },
  // 财政拨款 and 一般公共预算财政拨款
  { id: "fiscal.income", name: "财政拨款收入", phrase: new RegExp(`^(本年)?财政拨款收入${TOTAL_SUFFIX}$`), scope: "fiscal", figure: { any: { tables: ["fiscal-summary"], row: "in.total", col: "amount" } }, unit: "money" },
  { id: "fiscal.expenditure", name: "财政拨款支出", phrase: new RegExp(`^(本年)?财政拨款支出${TOTAL_SUFFIX}(决算数?)?$`), scope: "fiscal", figure: { any: { tables: ["fiscal-summary"], row: "out.total", col: "amount" } }, unit: "money" },
  { id: "gpb.expenditure", name: "一般公共预算财政拨款支出", phrase: new RegExp(`^(本年)?一般公共预算财政拨款支出${TOTAL_SUFFIX}(决算数?)?$`), scope: "gpb", figure: { any: { tables: ["gpb"], row: "total", col: "out.total" } }, unit: "money" },
  // Items read in the scope of their lead (支出决算表 for the 部门, 一般公共预算 table for 一般公共预算)
  {
    id: "expenditure.basic",
    name: "基本支出",
    phrase: /^基本支出$/,
    figure: { dept: { tables: ["expenditure"], row: "total", col: "basic" }, gpb: { tables: ["gpb"], row: "total", col: "out.basic" } },
    unit: "money",
  },
  {
    id: "expenditure.project",
    name: "项目支出",
    phrase: /^项目支出$/,
    figure: { dept: { tables: ["expenditure"], row: "total", col: "project" }, gpb: { tables: ["gpb"], row: "total", col: "out.project" } },
    unit: "money",
  },
  // “三公”经费
  { id: "three-public.total", name: "“三公”经费", phrase: /^(财政拨款)?三公经费(财政拨款)?(支出)?$/, scope: "three-public", measured: true, figure: { "three-public": allFunds("total") }, unit: "money" },
  { id: "three-public-gpb.total", name: "一般公共预算财政拨款“三公”经费", phrase: /^一般公共预算(财政拨款)?三公经费(支出)?$/, scope: "three-public-gpb", measured: true, figure: { "three-public-gpb": gpbOnly("total") }, unit: "money" },
  { id: "three-public.abroad", name: "因公出国（境）费", phrase: /^因公出国\(?境\)?费用?$/, measured: true, figure: threePublic("abroad"), unit: "money" },
  { id: "three-public.car", name: "公务用车购置及运行维护费", phrase: /^公务(用车|车辆)购置及运行(维护)?费用?$/, measured: true, figure: threePublic("car"), unit: "money" },
  { id: "three-public.car-purchase", name: "公务用车购置费", phrase: /^(公务(用车|车辆)|公车)购置费用?$/, measured: true, figure: threePublic("car.purchase"), unit: "money" },
  { id: "three-public.car-operation", name: "公务用车运行维护费", phrase: /^(公务(用车|车辆)|公车)运行(维护|维修)?费用?$/, measured: true, figure: threePublic("car.operation"), unit: "money" },
  { id: "three-public.reception", name: "公务接待费", phrase: /^公务接待费用?$/, measured: true, figure: threePublic("reception"), unit: "money" },
  { id: "three-public.reception-domestic", name: "国内接待费", phrase: /^国内(公务)?接待费用?$/, measured: true, figure: threePublic("reception.domestic"), unit: "money" },
  { id: "three-public.reception-abroad", name: "国（境）外接待费", phrase: /^国\(?境\)?外(公务)?接待费用?$/, measured: true, figure: threePublic("reception.abroad"), unit: "money" },
  { id: "opex", name: "机关运行经费", phrase: /^(行政参公单位)?机关运行经费(支出)?(决算数?)?$/, figure: { any: { tables: ["three-public"], row: "opex", col: "final" } }, unit: "money" },
  { id: "vehicles.fleet", name: "公务用车保有量", phrase: /^公务用车保有量$|^(实有|现有)公务用车$/, figure: { any: { tables: ["three-public"], row: "n.car.fleet", col: "final" } }, unit: "vehicles" },
  // 国有资产
  { id: "assets.total", name: "资产总额", phrase: /^(国有)?资产总(额|计)$/, figure: { any: { tables: ["assets"], row: "total", col: "assets" } }, unit: "money" },
];

/** Measure words written after a subject ("“三公”经费年初预算数"), longest first. */
export const MEASURES: readonly { readonly suffix: RegExp; readonly measure: Measure }[] = [
  { suffix: /(全年预算数?|调整后预算数?)$/, measure: "full" },
  { suffix: /(年初预算数?|预算数|预算安排)$/, measure: "budget" },
  { suffix: /(支出决算数?|决算数?|实际支出|支出数)$/, measure: "final" },
];

/** Words before a subject that say nothing about it. */
export const LEADING_FILLERS: readonly RegExp[] = [
  /^(其中|包括|含|另|此外|主要是|主要为|分别为|分别是|即|全年共?)[:：]?/,
  /^(19|20)\d{2}年度?(的)?/,
  /^(本|我)(部门|单位|局|委|办|厅|院|中心)(的)?/,
  /^度/,
];

/** Words after a subject, before its figure ("为", "达到", "共计"…). */
export const TRAILING_FILLERS = /(为|是|达到|达|共计|共|各|有|:|：)$/;

/** Year on year: "较上年增加", "比上年下降", "同比增长". */
export const CHANGE = /^(较|比|与)?(上年|上一年|上年度|去年|同期|上年同期|(19|20)\d{2}年度?)?(决算数?)?(相比|同比)?(增加|减少|增长|下降|上升|降低|减)了?$|^同比(增加|减少|增长|下降|上升|降低)了?$/;
export const CHANGE_DOWN = /(减少|下降|降低|减)了?$/;

/** A prior-year figure written out: "上年决算数为…", "上年…". */
export const PRIOR = /^(上年|上一年|上年度|去年)(决算数?|同期)?(为|是)?$/;

/** A share: "占本年收入合计的…%", "占比…%". */
export const SHARE = /^占(.*?)(的)?(比重|比例)?(为|是)?$/;
export const SHARE_OF_LEAD = /^(占比|所占比重|所占比例|比重|占)(为|是)?$/;

/** Indicator counts of a scorecard: "共绩效目标14个，完成12个，未完成2个". */
export const COUNT_TOTAL = /^共?(有|计|设置?|设定)?(部门整体)?(年度)?绩效(目标|指标)(共(计|有)?)?(为)?$|^共(有|计|设置?|设定)?(绩效)?(目标|指标)?$/;
export const COUNT_MET = /^(其中)?(已)?(全部)?(完成|达成|达标|实现)(绩效)?(目标|指标)?(的)?$/;
export const COUNT_UNMET = /^(其中)?(未|没有|尚未)(完成|达成|达标|实现)(绩效)?(目标|指标)?(的)?$/;
