// Which cells of the 公开 tables are derived, as data (domain.md §3). Each entry is one identity turned into a
// formula for its total; where two identities could give the same cell, only one is listed, so the derived
// cells form no cycle:
//   - totals down a column (`down`): a total line = Σ its part lines, in the listed columns;
//   - totals across a row (`across`): a total column = Σ (−) its part columns, in the listed rows (for the
//     科目编码 tables: the leaf rows; subtotal and 合计 rows are sums down the code hierarchy instead);
//   - the code hierarchy of 公开02/03/05/08/09 (合计 = Σ leaves, 类/款 = Σ nearest present descendants) and the
//     经济分类 classes of 公开06/07 (类 = Σ its 款, 人员/公用经费合计, 合计 = Σ 类) are structural, not listed.
// 公开05/08 年末 columns (12 = 1 + 4 − 7) are left as figures people report: 12 = 13 + 14 is derived instead.

import { PublicTableId } from "../tables/model";

export interface DownSum {
  /** Row key of the total line. */
  readonly total: string;
  /** Row keys of the parts; "out.*" stands for every 功能分类 line of that section. */
  readonly parts: readonly string[];
  readonly cols: readonly string[];
}

export interface AcrossSum {
  /** Which rows: "leaves" (科目编码 rows that are no prefix of another), "all", or row keys ("out.*" allowed). */
  readonly rows: "leaves" | "all" | readonly string[];
  readonly total: string;
  /** Column keys; "-c7" subtracts. */
  readonly parts: readonly string[];
}

export interface PublicDerivations {
  readonly down?: readonly DownSum[];
  readonly across?: readonly AcrossSum[];
  /** Sum the 科目编码 hierarchy in every column (合计 and subtotal rows). */
  readonly codeHierarchy?: boolean;
  /** 经济分类: 类 = Σ 款, group totals, 合计 = Σ 类. */
  readonly economic?: boolean;
}

const INCOME_01 = ["in.gpb", "in.fund", "in.capital", "in.superior", "in.business", "in.operating", "in.affiliated", "in.other"];
const SANGONG = ["budget", "full", "final"];
const SANGONG_DOWN: DownSum[] = [
  { total: "car", parts: ["car.purchase", "car.operation"], cols: SANGONG },
  { total: "reception", parts: ["reception.domestic", "reception.abroad"], cols: SANGONG },
  { total: "total", parts: ["abroad", "car", "reception"], cols: SANGONG },
];
const GPB_ACROSS: AcrossSum[] = [
  { rows: "leaves", total: "c1", parts: ["c2", "c3"] },
  { rows: "leaves", total: "c4", parts: ["c5", "c6"] },
  { rows: "leaves", total: "c8", parts: ["c9", "c10"] },
  { rows: "leaves", total: "c7", parts: ["c8", "c11"] },
  { rows: "leaves", total: "c14", parts: ["c15", "c16"] },
  { rows: "leaves", total: "c12", parts: ["c13", "c14"] },
];
const OUT_04 = ["total", "gpb", "fund", "capital"];

export const PUBLIC_DERIVATIONS: Readonly<Partial<Record<PublicTableId, PublicDerivations>>> = {
  公开01: {
    down: [
      { total: "in.total", parts: INCOME_01, cols: ["amount"] },
      { total: "in.grand", parts: ["in.total", "in.reserve", "in.carry"], cols: ["amount"] },
      { total: "out.total", parts: ["out.*"], cols: ["amount"] },
      { total: "out.grand", parts: ["out.total", "out.distribution", "out.carry"], cols: ["amount"] },
    ],
  },
  公开02: {
    across: [{ rows: "leaves", total: "total", parts: ["fiscal", "superior", "business", "operating", "affiliated", "other"] }],
    codeHierarchy: true,
  },
  公开03: {
    across: [{ rows: "leaves", total: "total", parts: ["basic", "project", "remit", "operating", "subsidy"] }],
    codeHierarchy: true,
  },
  公开04: {
    down: [
      { total: "in.total", parts: ["in.gpb", "in.fund", "in.capital"], cols: ["amount"] },
      { total: "in.carry", parts: ["in.carry.gpb", "in.carry.fund", "in.carry.capital"], cols: ["amount"] },
      { total: "in.grand", parts: ["in.total", "in.carry"], cols: ["amount"] },
      { total: "out.total", parts: ["out.*"], cols: OUT_04 },
      { total: "out.grand", parts: ["out.total", "out.carry"], cols: OUT_04 },
    ],
    across: [{ rows: ["out.*", "out.carry"], total: "total", parts: ["gpb", "fund", "capital"] }],
  },
  公开05: { across: GPB_ACROSS, codeHierarchy: true },
  公开06: { economic: true },
  公开07: { economic: true },
  公开08: { across: GPB_ACROSS, codeHierarchy: true },
  公开09: {
    across: [
      { rows: "leaves", total: "c1", parts: ["c2", "c3"] },
      { rows: "leaves", total: "c6", parts: ["c7", "c8"] },
    ],
    codeHierarchy: true,
  },
  公开10: { down: [...SANGONG_DOWN, { total: "opex", parts: ["opex.admin", "opex.civil"], cols: SANGONG }] },
  公开11: { down: SANGONG_DOWN },
  公开12: {
    across: [
      { rows: "all", total: "fixed.orig", parts: ["building.orig", "vehicle.orig", "equipment.orig", "otherfixed.orig"] },
      { rows: "all", total: "fixed.net", parts: ["building.net", "vehicle.net", "equipment.net", "otherfixed.net"] },
      { rows: "all", total: "assets", parts: ["current", "fixed.net", "investment", "construction", "intangible.net", "otherasset.net"] },
      { rows: "all", total: "original", parts: ["current", "fixed.orig", "investment", "construction", "intangible.orig", "otherasset.orig"] },
    ],
  },
};
