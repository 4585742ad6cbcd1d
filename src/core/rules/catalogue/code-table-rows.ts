// Per-row identities of the 科目编码 tables: sources add up to 本年收入合计 (公开02), kinds of spending to
// 本年支出合计 (公开03), and 公开05/08/09's numbered columns (1 = 2 + 3 … 12 = 1 + 4 − 7).
import { PublicTable, PublicTableId } from "../../tables/model";
import { CODE_TABLE_COLUMNS } from "../../tables/code-table-columns";
import { get, minus, plus } from "../helpers";
import { SUM_MESSAGES, SUM_MESSAGES_EN } from "../line-identities";
import { Rule } from "../rule";
import { Term } from "../tolerance";

/** total = Σ parts; "-c7" subtracts. */
interface ColumnIdentity {
  readonly total: string;
  readonly parts: readonly string[];
}

const GPB: ColumnIdentity[] = [
  { total: "c1", parts: ["c2", "c3"] },
  { total: "c4", parts: ["c5", "c6"] },
  { total: "c7", parts: ["c8", "c11"] },
  { total: "c8", parts: ["c9", "c10"] },
  { total: "c12", parts: ["c13", "c14"] },
  { total: "c14", parts: ["c15", "c16"] },
  { total: "c12", parts: ["c1", "c4", "-c7"] },
  { total: "c13", parts: ["c2", "c5", "-c8"] },
  { total: "c14", parts: ["c3", "c6", "-c11"] },
];

export const COLUMN_IDENTITIES: Readonly<Partial<Record<PublicTableId, readonly ColumnIdentity[]>>> = {
  公开02: [{ total: "total", parts: ["fiscal", "superior", "business", "operating", "affiliated", "other"] }],
  公开03: [{ total: "total", parts: ["basic", "project", "remit", "operating", "subsidy"] }],
  公开05: GPB,
  公开08: GPB,
  公开09: [
    { total: "c1", parts: ["c2", "c3"] },
    { total: "c6", parts: ["c7", "c8"] },
    { total: "c6", parts: ["c1", "c4", "-c5"] },
  ],
};

export function columnLabel(id: PublicTableId, key: string): string {
  const spec = CODE_TABLE_COLUMNS[id];
  const col = spec?.columns.find((c) => c.key === key);
  return col?.label ?? spec?.numberedLabels?.[key] ?? key;
}

function describe(id: PublicTableId, ci: ColumnIdentity): string {
  const num = (k: string) => (/^c\d+$/.test(k) ? `${k.slice(1)}栏` : columnLabel(id, k));
  const parts = ci.parts.map((p, i) => (p.startsWith("-") ? ` − ${num(p.slice(1))}` : `${i ? " + " : ""}${num(p)}`)).join("");
  return `${num(ci.total)}应等于 ${parts}`;
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

const rule: Rule = {
  meta: {
    id: "row.code-tables",
    severity: "error",
    tables: ["公开02", "公开03", "公开05", "公开08", "公开09"],
    description: "公开02/03/05/08/09 每一行：合计 = 各分项之和；公开05/08/09 年末 = 年初 + 收入 − 支出",
    tolerance: "interval",
    messages: SUM_MESSAGES,
    messagesEn: SUM_MESSAGES_EN,
  },
  check({ workbook }, report) {
    for (const t of workbook.tables) {
      const identities = COLUMN_IDENTITIES[t.id as PublicTableId];
      if (!identities || !("rows" in t)) continue;
      // An identity over a column the table lacks would flag every row; the missing column is reported once.
      const present = new Set(t.columns.map((c) => c.key));
      const usable = identities.filter((ci) => [ci.total, ...ci.parts].every((k) => present.has(k.replace(/^-/, ""))));
      for (const row of t.rows) {
        const where = () => (row.code ? `${row.code}${row.label ? " " + row.label : ""}` : "合计行");
        for (const ci of usable) {
          const total = get(t, row.key, ci.total);
          const parts = rowTerms(t, row.key, ci.parts);
          if (!total || parts.length < 2) continue;
          report.sum({ table: t.id, messageId: "sum", data: () => ({ what: `${where()}：${describe(t.id, ci)}`, cell: total.ref }), total, parts });
        }
        // 其中：教育收费 is part of 事业收入, never more.
        const tuition = get(t, row.key, "business.tuition");
        const business = get(t, row.key, "business");
        if (t.id === "公开02" && tuition && business && tuition.num.value?.gt(0)) {
          report.bound({ table: t.id, messageId: "sum", data: () => ({ what: `${where()}：其中教育收费不应超过事业收入`, cell: tuition.ref }), left: tuition, op: "<=", right: business });
        }
      }
    }
  },
};

export default rule;
