// 国有资产使用情况表: an asset's 净值 (net of depreciation) never exceeds its 原值 (domain.md §3), class by class.
import { isPublicTable } from "../../tables/model";
import { get } from "../helpers";
import { Rule } from "../rule";

const CLASSES: readonly [string, string][] = [
  ["fixed", "固定资产"],
  ["building", "房屋构筑物"],
  ["vehicle", "车辆"],
  ["equipment", "单价200万以上大型设备"],
  ["otherfixed", "其他固定资产"],
  ["intangible", "无形资产"],
  ["otherasset", "其他资产"],
];

const rule: Rule = {
  meta: {
    id: "bound.assets-net",
    severity: "error",
    tables: ["assets"],
    description: "国有资产使用情况表：各类资产的净值不超过其原值",
    tolerance: "interval",
    messages: { net: "{what}：净值 {cell} 为 {actual}，超过原值 {other} 的 {expected}，超出 {difference}" },
    messagesEn: { net: "{what}: net value {cell} is {actual}, more than the original value {other} of {expected} by {difference}" },
    example: { data: { what: "车辆", cell: "H7", other: "G7", expected: "443.34", actual: "543.34", difference: "100.00" }, allowed: "0.01" },
  },
  check({ workbook }, report) {
    for (const t of workbook.tables) {
      if (t.kind !== "assets" || !isPublicTable(t)) continue;
      for (const row of t.rows) {
        for (const [key, name] of CLASSES) {
          const net = get(t, row.key, `${key}.net`);
          const orig = get(t, row.key, `${key}.orig`);
          if (!net || !orig) continue;
          const where = row.kind === "total" ? name : `${row.label} ${name}`;
          report.bound({ table: "assets", messageId: "net", data: { what: where, cell: net.ref, other: orig.ref }, left: net, op: "<=", right: orig });
        }
      }
    }
  },
};

export default rule;
