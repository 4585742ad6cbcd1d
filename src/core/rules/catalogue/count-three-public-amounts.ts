// A “三公” amount and the counts that go with it: money spent on trips abroad with no 团组, or 接待批次 with no
// money, is worth a look (a warning: a count may legitimately be zero in rare cases).
import { publicTable } from "../../tables/model";
import { get } from "../helpers";
import { shownText } from "../messages";
import { Rule } from "../rule";

/** An amount and the counts that must go with it. */
const COUNTS: [string, string[]][] = [
  ["abroad", ["n.groups", "n.abroad.people"]],
  ["car.purchase", ["n.car.purchase"]],
  ["reception.domestic", ["n.reception.batches", "n.reception.people"]],
  ["reception.abroad", ["n.abroad.batches", "n.abroad.visitors"]],
];

const rule: Rule = {
  meta: {
    id: "count.three-public-amounts",
    severity: "warning",
    tables: ["three-public"],
    description: "财政拨款“三公”经费情况表中，有支出的项目应有相应的统计数（团组、人次、辆、批次），有统计数的项目应有相应的支出",
    tolerance: "none",
    messages: {
      countWithout: "{label}为 {amount}，但{countLabel}为 {count}：有支出应有相应的统计数",
      amountWithout: "{countLabel}为 {count}，但{label}为 {amount}：有统计数应有相应的支出",
    },
    messagesEn: {
      countWithout: "{label} is {amount} but {countLabel} is {count}",
      amountWithout: "{countLabel} is {count} but {label} is {amount}",
    },
    example: { data: { label: "因公出国（境）费", amount: "12.30", countLabel: "因公出国（境）团组数（个）", count: "0" } },
  },
  check({ workbook }, report) {
    const t = publicTable(workbook, "three-public");
    if (!t) return;
    const labelOf = (key: string) => t.rows.find((r) => r.key === key)?.label ?? key;
    for (const [amountKey, countKeys] of COUNTS) {
      const amount = get(t, amountKey, "final");
      if (!amount?.num.value) continue;
      for (const ck of countKeys) {
        const count = get(t, ck, "final");
        if (!count?.num.value) continue;
        const data = { label: labelOf(amountKey), amount: shownText(amount) || "0", countLabel: labelOf(ck), count: shownText(count) || "0" };
        if (amount.num.value.gt(0) && count.num.value.isZero()) report.issue({ table: "three-public", messageId: "countWithout", data, cell: count.ref, cells: [amount.ref] });
        if (count.num.value.gt(0) && amount.num.value.isZero()) report.issue({ table: "three-public", messageId: "amountWithout", data, cell: amount.ref, cells: [count.ref] });
      }
    }
  },
};

export default rule;
