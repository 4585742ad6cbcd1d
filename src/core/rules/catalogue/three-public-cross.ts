// “三公”经费 across tables and against common sense (domain.md §3–§4): 公开10 ≥ 公开11 item by item (equal when
// there is no 政府性基金/国资 money), counts are whole numbers and go with their amounts, 决算 ≤ 全年预算,
// 三公 ≈ 公开06/07 经济分类, 机关运行经费 ≤ 公用经费, cars in use ⇒ vehicles among the assets.
import { publicTable, PublicTable, Field } from "../../tables/model";
import { computedSum, get, plus } from "../helpers";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN } from "../cross-identities";
import { shownText } from "../messages";
import { Rule } from "../rule";

const AMOUNT_ROWS = ["total", "abroad", "car", "car.purchase", "car.operation", "reception", "reception.domestic", "reception.abroad"];
const COLS = ["budget", "full", "final"];
/** An amount and the counts that must go with it. */
const COUNTS: [string, string[]][] = [
  ["abroad", ["n.groups", "n.abroad.people"]],
  ["car.purchase", ["n.car.purchase"]],
  ["reception.domestic", ["n.reception.batches", "n.reception.people"]],
  ["reception.abroad", ["n.abroad.batches", "n.abroad.visitors"]],
];
/** 三公 lines and the 经济分类 款 that carry the same money in 公开06/07. */
const ECONOMIC: [string, string[]][] = [
  ["abroad", ["e30212"]],
  ["reception", ["e30217"]],
  ["car.operation", ["e30231"]],
  ["car.purchase", ["e31013", "e30913"]],
];

function economicSum(tables: (PublicTable | undefined)[], keys: string[]): Field | undefined {
  const fields = tables.flatMap((t) => (t ? keys.map((k) => get(t, k, "amount")) : [])).filter((f): f is Field => !!f);
  return computedSum(fields, "{@gpb-basic}/{@gpb-project} 经济分类");
}

const rule: Rule = {
  meta: {
    id: "cross.three-public",
    severity: "error",
    tables: ["three-public", "three-public-gpb", "gpb-basic", "gpb-project", "assets"],
    description: "“三公”经费：{@three-public} ≥ {@three-public-gpb}；统计数为整数且与金额相符；决算不超过全年预算；与经济分类、公用经费、资产表相符",
    tolerance: "interval",
    messages: {
      ...CROSS_MESSAGES,
      bound: "{what}：{cell} 为 {actual}，超过 {expected}，超出 {difference}",
      whole: "{label}应为整数，实为 {value}",
      countWithout: "{label}为 {amount}，但{countLabel}为 {count}：有支出应有相应的统计数",
      amountWithout: "{countLabel}为 {count}，但{label}为 {amount}：有统计数应有相应的支出",
      fleet: "公务用车保有量为 {count} 辆，但{@assets} 车辆原值为 {vehicles}",
    },
    messagesEn: {
      ...CROSS_MESSAGES_EN,
      bound: "{what}: {cell} is {actual}, above {expected} by {difference}",
      whole: "{label} should be a whole number, is {value}",
      countWithout: "{label} is {amount} but {countLabel} is {count}",
      amountWithout: "{countLabel} is {count} but {label} is {amount}",
      fleet: "{count} official cars in use but {@assets} vehicles are {vehicles}",
    },
  },
  check({ workbook }, report) {
    const p10 = publicTable(workbook, "three-public");
    const p11 = publicTable(workbook, "three-public-gpb");
    const p06 = publicTable(workbook, "gpb-basic");
    const p07 = publicTable(workbook, "gpb-project");
    const otherFunds = [publicTable(workbook, "fund"), publicTable(workbook, "capital")].some((t) => t && !t.empty);
    if (p10 && p11) {
      for (const row of AMOUNT_ROWS) {
        for (const col of COLS) {
          const a = get(p10, row, col);
          const b = get(p11, row, col);
          if (!a || !b) continue;
          const label = p10.rows.find((r) => r.key === row)?.label ?? row;
          if (otherFunds) report.bound({ table: "three-public-gpb", messageId: "bound", data: { what: `{@three-public-gpb} ${label}不应超过{@three-public}`, cell: b.ref }, left: b, op: "<=", right: a });
          else report.sum({ table: "three-public-gpb", messageId: "cross", data: { what: `无政府性基金和国有资本经营预算拨款时，{@three-public-gpb} ${label}应等于{@three-public}`, cell: b.ref, other: a.ref }, total: b, parts: [plus(a)], mode: "exact" });
        }
      }
    }
    for (const t of [p10, p11]) {
      if (!t) continue;
      for (const row of AMOUNT_ROWS) {
        const final = get(t, row, "final");
        const full = get(t, row, "full");
        if (!final || !full || full.num.kind !== "number") continue;
        const label = t.rows.find((r) => r.key === row)?.label ?? row;
        report.bound({ table: t.kind, messageId: "bound", severity: "warning", data: { what: `${label}决算数超过全年预算数（超预算）`, cell: final.ref }, left: final, op: "<=", right: full });
      }
    }
    if (p10) {
      for (const r of p10.rows.filter((x) => x.key.startsWith("n."))) {
        const f = r.cells.final;
        if (f?.num.value && !f.num.value.isInteger()) report.issue({ table: "three-public", messageId: "whole", severity: "error", data: { label: r.label, value: shownText(f) }, cell: f.ref });
      }
      for (const [amountKey, countKeys] of COUNTS) {
        const amount = get(p10, amountKey, "final");
        if (!amount?.num.value) continue;
        for (const ck of countKeys) {
          const count = get(p10, ck, "final");
          if (!count?.num.value) continue;
          const label = p10.rows.find((r) => r.key === amountKey)?.label ?? amountKey;
          const countLabel = p10.rows.find((r) => r.key === ck)?.label ?? ck;
          const data = { label, amount: shownText(amount) || "0", countLabel, count: shownText(count) || "0" };
          if (amount.num.value.gt(0) && count.num.value.isZero()) report.issue({ table: "three-public", messageId: "countWithout", severity: "warning", data, cell: count.ref, cells: [amount.ref] });
          if (count.num.value.gt(0) && amount.num.value.isZero()) report.issue({ table: "three-public", messageId: "amountWithout", severity: "warning", data, cell: amount.ref, cells: [count.ref] });
        }
      }
      const opex = get(p10, "opex", "final");
      const pub = get(p06, "public.total", "amount");
      if (opex && pub) report.bound({ table: "three-public", messageId: "bound", severity: "warning", data: { what: "机关运行经费不应超过{@gpb-basic} 公用经费合计", cell: opex.ref }, left: opex, op: "<=", right: pub });
      const fleet = get(p10, "n.car.fleet", "final");
      const vehicles = get(publicTable(workbook, "assets"), "total", "vehicle.orig");
      if (fleet?.num.value?.gt(0) && vehicles?.num.value?.isZero()) {
        report.issue({ table: "three-public", messageId: "fleet", severity: "warning", data: { count: shownText(fleet), vehicles: shownText(vehicles) || "0" }, cell: fleet.ref, cells: [vehicles.ref] });
      }
    }
    const three = p11 ?? p10;
    if (three && (p06 || p07)) {
      for (const [row, keys] of ECONOMIC) {
        const left = get(three, row, "final");
        const right = economicSum([p06, p07], keys);
        if (!left || !right) continue;
        const label = three.rows.find((r) => r.key === row)?.label ?? row;
        report.sum({ table: three.kind, messageId: "cross", severity: "warning", data: { what: `${three.id} ${label}通常应与{@gpb-basic}/{@gpb-project} 经济分类 ${keys.map((k) => k.slice(1)).join("、")} 一致（“三公”为统计口径，可含结转资金）`, cell: left.ref, other: "{@gpb-basic}/{@gpb-project}" }, total: left, parts: [plus(right)] });
      }
    }
  },
};

export default rule;
