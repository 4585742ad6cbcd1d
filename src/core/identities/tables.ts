// Every identity inside a table (domain.md §3), by kind: whatever layout or number a table has in its pack, the
// same statement applies to the columns it has. A statement whose columns a table lacks is skipped.

import { PublicKind } from "../tables/model";
import { AcrossIdentity, DownIdentity, TableIdentities } from "./model";

/**
 * The 科目编码 tables: their rows are 功能分类 codes, and their across statements hold on every row (the rule
 * row.code-tables checks them; the statements of the other tables are checked by sum.<kind>).
 */
export const CODE_TABLES: readonly PublicKind[] = ["income", "expenditure", "gpb", "fund", "capital"];

/** The rule id of 年末 = 年初 + 收入 − 支出 in the 一般公共预算 / 政府性基金 / 国有资本经营 tables. */
export const CARRY_FORWARD = "row.carry-forward";

const INCOME_01 = ["in.gpb", "in.fund", "in.capital", "in.superior", "in.business", "in.operating", "in.affiliated", "in.other"];

/** 一般公共预算, 政府性基金, 国有资本经营 by 科目: each holds where the table has its columns. */
const FUND_COLUMNS: readonly AcrossIdentity[] = [
  { rows: "each", total: "carry.in.total", parts: ["carry.in.basic", "carry.in.project"] },
  { rows: "each", total: "carry.in.total", parts: ["carry.in.carry", "carry.in.surplus"] },
  { rows: "each", total: "income.total", parts: ["income.basic", "income.project"] },
  { rows: "each", total: "out.basic", parts: ["out.personnel", "out.public"] },
  { rows: "each", total: "out.total", parts: ["out.basic", "out.project"] },
  { rows: "each", total: "carry.out.project", parts: ["carry.out.project.carry", "carry.out.project.surplus"] },
  { rows: "each", total: "carry.out.total", parts: ["carry.out.basic", "carry.out.project"] },
  { rows: "each", total: "carry.out.total", parts: ["carry.out.carry", "carry.out.surplus"] },
  // The carry-forward: a balance people report, checked by its own rule and never filled.
  { rows: "each", total: "carry.out.total", parts: ["carry.in.total", "income.total", "-out.total"], fill: false, rule: CARRY_FORWARD },
  { rows: "each", total: "carry.out.basic", parts: ["carry.in.basic", "income.basic", "-out.basic"], fill: false, rule: CARRY_FORWARD },
  { rows: "each", total: "carry.out.project", parts: ["carry.in.project", "income.project", "-out.project"], fill: false, rule: CARRY_FORWARD },
];

const SANGONG_COLS = ["budget", "full", "final"];
const SANGONG: readonly DownIdentity[] = [
  { total: "car", parts: ["car.purchase", "car.operation"], cols: SANGONG_COLS, what: "公务用车购置及运行维护费应等于购置费 + 运行维护费" },
  { total: "reception", parts: ["reception.domestic", "reception.abroad"], cols: SANGONG_COLS, what: "公务接待费应等于国内接待费 + 国（境）外接待费" },
  { total: "total", parts: ["abroad", "car", "reception"], cols: SANGONG_COLS, what: "“三公”经费支出合计应等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费" },
];

const FUNDS_04 = ["gpb", "fund", "capital"];
const ALL_04 = ["total", ...FUNDS_04];

export const TABLE_IDENTITIES: Readonly<Partial<Record<PublicKind, TableIdentities>>> = {
  summary: {
    down: [
      { total: "in.total", parts: INCOME_01, cols: ["amount"], what: "本年收入合计应等于各项收入之和" },
      { total: "out.total", parts: ["out.*"], cols: ["amount"], what: "本年支出合计应等于各功能分类支出之和" },
      { total: "in.grand", parts: ["in.total", "in.reserve", "in.carry"], cols: ["amount"], what: "收入总计应等于本年收入合计 + 使用专用结余 + 年初结转和结余" },
      { total: "out.grand", parts: ["out.total", "out.distribution", "out.carry"], cols: ["amount"], what: "支出总计应等于本年支出合计 + 结余分配 + 年末结转和结余" },
      { total: "out.grand", parts: ["in.grand"], cols: ["amount"], what: "支出总计应等于收入总计", fill: false },
    ],
  },
  income: {
    across: [{ rows: "each", total: "total", parts: ["fiscal", "superior", "business", "operating", "affiliated", "other"] }],
    codeHierarchy: true,
  },
  expenditure: {
    across: [{ rows: "each", total: "total", parts: ["basic", "project", "remit", "operating", "subsidy"] }],
    codeHierarchy: true,
  },
  "fiscal-summary": {
    down: [
      { total: "in.total", parts: ["in.gpb", "in.fund", "in.capital"], cols: ["amount"], what: "本年收入合计应等于三项财政拨款之和" },
      { total: "in.carry", parts: ["in.carry.gpb", "in.carry.fund", "in.carry.capital"], cols: ["amount"], what: "年初财政拨款结转和结余应等于各项资金之和" },
      { total: "in.grand", parts: ["in.total", "in.carry"], cols: ["amount"], what: "收入总计应等于本年收入合计 + 年初结转和结余" },
      { total: "out.total", parts: ["out.*"], cols: ALL_04, what: "本年支出合计应等于各功能分类支出之和" },
      { total: "out.grand", parts: ["out.total", "out.carry"], cols: ALL_04, what: "支出总计应等于本年支出合计 + 年末结转和结余" },
      { total: "out.grand", parts: ["in.grand"], cols: ["total"], partCol: "amount", what: "支出总计应等于收入总计", fill: false },
    ],
    across: [{ rows: ["out.*", "out.total", "out.carry", "out.grand"], total: "total", parts: FUNDS_04, what: "合计应等于一般公共预算、政府性基金、国有资本经营三列之和" }],
  },
  gpb: { across: FUND_COLUMNS, codeHierarchy: true },
  "gpb-basic": { economic: true },
  "gpb-project": { economic: true },
  fund: { across: FUND_COLUMNS, codeHierarchy: true },
  capital: { across: FUND_COLUMNS, codeHierarchy: true },
  "three-public": {
    down: [...SANGONG, { total: "opex", parts: ["opex.admin", "opex.civil"], cols: SANGONG_COLS, what: "机关运行经费应等于行政单位 + 参照公务员法管理事业单位" }],
  },
  "three-public-gpb": { down: SANGONG },
  assets: {
    across: [
      { rows: "each", total: "fixed.orig", parts: ["building.orig", "vehicle.orig", "equipment.orig", "otherfixed.orig"], what: "固定资产原值应等于房屋构筑物、车辆、大型设备、其他固定资产原值之和" },
      { rows: "each", total: "fixed.net", parts: ["building.net", "vehicle.net", "equipment.net", "otherfixed.net"], what: "固定资产净值应等于房屋构筑物、车辆、大型设备、其他固定资产净值之和" },
      { rows: "each", total: "assets", parts: ["current", "fixed.net", "investment", "construction", "intangible.net", "otherasset.net"], what: "资产总额应等于流动资产 + 固定资产净值 + 对外投资 + 在建工程 + 无形资产净值 + 其他资产净值" },
      { rows: "each", total: "original", parts: ["current", "fixed.orig", "investment", "construction", "intangible.orig", "otherasset.orig"], what: "资产原值合计应等于流动资产 + 固定资产原值 + 对外投资 + 在建工程 + 无形资产原值 + 其他资产原值" },
    ],
  },
};
