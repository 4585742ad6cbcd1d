// Per-row identities of the 科目编码 tables: sources add up to 本年收入合计 (收入决算表), kinds of spending to
// 本年支出合计 (支出决算表), and the 一般公共预算 / 政府性基金 / 国有资本经营 columns (小计 = 基本 + 项目, 年末 =
// 年初 + 收入 − 支出 …), in whichever layout the table has.
import { TABLE_IDENTITIES } from "../../identities/tables";
import { AcrossIdentity } from "../../identities/model";
import { LayoutId, PublicKind, PublicTable } from "../../tables/model";
import { CODE_TABLE_COLUMNS } from "../../tables/code-table-columns";
import { get, minus, plus } from "../helpers";
import { SUM_MESSAGES, SUM_MESSAGES_EN } from "../line-identities";
import { Rule } from "../rule";
import { Term } from "../tolerance";

/** A column's name ("本年支出合计"), for messages. */
export function columnLabel(layout: LayoutId, key: string): string {
  return CODE_TABLE_COLUMNS[layout]?.columns.find((c) => c.key === key)?.label ?? key;
}

/** The identity as a row's message states it: by 栏次 in a numbered layout ("12栏"), by names otherwise. */
function describe(layout: LayoutId, ci: AcrossIdentity): string {
  const spec = CODE_TABLE_COLUMNS[layout];
  const name = (k: string) => {
    const i = spec?.columns.findIndex((c) => c.key === k) ?? -1;
    return spec?.numbered && i >= 0 ? `${i + 1}栏` : columnLabel(layout, k);
  };
  const parts = ci.parts.map((p, i) => (p.startsWith("-") ? ` − ${name(p.slice(1))}` : `${i ? " + " : ""}${name(p)}`)).join("");
  return `${name(ci.total)}应等于 ${parts}`;
}

function rowTerms(t: PublicTable, row: string, parts: readonly string[]): Term[] {
  const out: Term[] = [];
  for (const p of parts) {
    const neg = p.startsWith("-");
    const f = get(t, row, neg ? p.slice(1) : p);
    if (f) out.push(neg ? minus(f) : plus(f));
  }
  return out;
}

/** The 科目编码 tables: their across identities hold on every row, named by their columns. */
const CODE_KINDS: readonly string[] = ["income", "expenditure", "gpb", "fund", "capital"];

const rule: Rule = {
  meta: {
    id: "row.code-tables",
    severity: "error",
    tables: ["income", "expenditure", "gpb", "fund", "capital"],
    description: "收入决算表、支出决算表、一般公共预算/政府性基金/国有资本经营财政拨款表每一行：合计 = 各分项之和；年末结转和结余 = 年初 + 本年收入 − 本年支出",
    tolerance: "interval",
    messages: SUM_MESSAGES,
    messagesEn: SUM_MESSAGES_EN,
  },
  check({ workbook }, report) {
    for (const t of workbook.tables) {
      if (!CODE_KINDS.includes(t.kind) || !("rows" in t)) continue;
      const identities = TABLE_IDENTITIES[t.kind as PublicKind]?.across ?? [];
      // An identity over a column the table lacks would flag every row; the missing column is reported once.
      const present = new Set(t.columns.map((c) => c.key));
      const usable = identities.filter((ci) => [ci.total, ...ci.parts].every((k) => present.has(k.replace(/^-/, ""))));
      for (const row of t.rows) {
        const where = () => (row.code ? `${row.code}${row.label ? " " + row.label : ""}` : "合计行");
        for (const ci of usable) {
          const total = get(t, row.key, ci.total);
          const parts = rowTerms(t, row.key, ci.parts);
          if (!total || parts.length < 2) continue;
          report.sum({ table: t.kind, messageId: "sum", data: () => ({ what: `${where()}：${describe(t.layout, ci)}`, cell: total.ref }), total, parts });
        }
        // 其中：教育收费 is part of 事业收入, never more.
        const tuition = get(t, row.key, "business.tuition");
        const business = get(t, row.key, "business");
        if (t.kind === "income" && tuition && business && tuition.num.value?.gt(0)) {
          report.bound({ table: t.kind, messageId: "sum", data: () => ({ what: `${where()}：其中教育收费不应超过事业收入`, cell: tuition.ref }), left: tuition, op: "<=", right: business });
        }
      }
    }
  },
};

export default rule;
