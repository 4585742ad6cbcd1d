// “三公”经费 against the 经济分类 款 that carry the same money in the 基本支出 and 项目支出 tables (domain.md §4): a
// warning, since “三公” is a statistical measure that may include carried-forward money.
import { Field, publicTable, PublicTable } from "../../tables/model";
import { computedSum, get, plus } from "../helpers";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN } from "../cross-identities";
import { Rule } from "../rule";

/** 三公 lines and the 经济分类 款 that carry the same money. */
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
    id: "cross.three-public-economic",
    severity: "warning",
    tables: [["three-public-gpb", "three-public"], ["gpb-basic", "gpb-project"]],
    description: "“三公”经费各项决算数（一般公共预算财政拨款“三公”经费表，没有时用财政拨款“三公”经费表）通常与基本支出、项目支出表的对应经济分类款一致：因公出国（境）费 30212，公务接待费 30217，公务用车运行维护费 30231，公务用车购置费 31013、30913",
    tolerance: "interval",
    messages: CROSS_MESSAGES,
    messagesEn: CROSS_MESSAGES_EN,
    example: {
      data: { what: "{@three-public-gpb} 公务用车运行维护费通常应与{@gpb-basic}/{@gpb-project} 经济分类 30231 一致（“三公”为统计口径，可含结转资金）", cell: "D9", other: "{@gpb-basic}/{@gpb-project}", expected: "25.63", actual: "24.63", difference: "-1.00" },
      allowed: "0.01",
    },
  },
  check({ workbook }, report) {
    const basic = publicTable(workbook, "gpb-basic");
    const project = publicTable(workbook, "gpb-project");
    const three = publicTable(workbook, "three-public-gpb") ?? publicTable(workbook, "three-public");
    if (!three || (!basic && !project)) return;
    for (const [row, keys] of ECONOMIC) {
      const left = get(three, row, "final");
      const right = economicSum([basic, project], keys);
      if (!left || !right) continue;
      const label = three.rows.find((r) => r.key === row)?.label ?? row;
      report.sum({ table: three.kind, messageId: "cross", data: { what: `${three.id} ${label}通常应与{@gpb-basic}/{@gpb-project} 经济分类 ${keys.map((k) => k.slice(1)).join("、")} 一致（“三公”为统计口径，可含结转资金）`, cell: left.ref, other: "{@gpb-basic}/{@gpb-project}" }, total: left, parts: [plus(right)] });
    }
  },
};

export default rule;
