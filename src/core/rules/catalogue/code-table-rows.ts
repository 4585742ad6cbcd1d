// Per-row identities of the 科目编码 tables (identities/tables.ts): sources add up to 本年收入合计 (收入决算表), kinds
// of spending to 本年支出合计 (支出决算表), and the 一般公共预算 / 政府性基金 / 国有资本经营 columns (小计 = 基本 +
// 项目 …), in whichever layout the table has. The carry-forward (年末 = 年初 + 收入 − 支出) is a family of its own:
// the same evaluator checks the statements that name it.
import { AcrossIdentity, ruleOf } from "../../identities/model";
import { CARRY_FORWARD, CODE_TABLES, TABLE_IDENTITIES } from "../../identities/tables";
import { LayoutId, PublicKind, PublicTable } from "../../tables/model";
import { CODE_TABLE_COLUMNS } from "../../tables/code-table-columns";
import { get, minus, plus } from "../helpers";
import { SUM_MESSAGES, SUM_MESSAGES_EN } from "../line-identities";
import { Rule, RuleMeta } from "../rule";
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

/** The tables whose identities sum down the 科目编码 hierarchy (the codeHierarchy statement). */
export function codeKinds(): PublicKind[] {
  return (Object.keys(TABLE_IDENTITIES) as PublicKind[]).filter((k) => TABLE_IDENTITIES[k]?.codeHierarchy);
}

const ROW_CODE_TABLES = "row.code-tables";

/**
 * The rule checking, on every row of the 科目编码 tables, the across statements that name it (see ruleOf); read when
 * it runs, as 填充 reads them.
 */
function codeRowRule(meta: Omit<RuleMeta, "tables" | "tolerance" | "messages" | "messagesEn">): Rule {
  const kinds = () => CODE_TABLES.filter((k) => (TABLE_IDENTITIES[k]?.across ?? []).some((ci) => ruleOf(ci, ROW_CODE_TABLES) === meta.id));
  return {
    meta: { ...meta, tables: [kinds()], tolerance: "interval", messages: SUM_MESSAGES, messagesEn: SUM_MESSAGES_EN },
    check({ workbook }, report) {
      const mine = kinds();
      for (const t of workbook.tables) {
        if (!mine.includes(t.kind as PublicKind) || !("rows" in t)) continue;
        const identities = (TABLE_IDENTITIES[t.kind as PublicKind]?.across ?? []).filter((ci) => ruleOf(ci, ROW_CODE_TABLES) === meta.id);
        // An identity over a column the table lacks would flag every row; the missing column is reported once.
        const present = new Set(t.columns.map((c) => c.key));
        const usable = identities.filter((ci) => [ci.total, ...ci.parts].every((k) => present.has(k.replace(/^-/, ""))));
        if (usable.length === 0) continue;
        for (const row of t.rows) {
          const where = () => rowName(row);
          for (const ci of usable) {
            const total = get(t, row.key, ci.total);
            const parts = rowTerms(t, row.key, ci.parts);
            if (!total || parts.length < 2) continue;
            report.sum({ table: t.kind, messageId: "sum", data: () => ({ what: `${where()}：${describe(t.layout, ci)}`, cell: total.ref }), total, parts });
          }
        }
      }
    },
  };
}

/** A row as messages name it: "2150517 产业发展", or "合计行". */
export function rowName(row: { code?: string; label: string }): string {
  return row.code ? `${row.code}${row.label ? " " + row.label : ""}` : "合计行";
}

export const codeTableRows = codeRowRule({
  id: ROW_CODE_TABLES,
  severity: "error",
  description:
    "收入决算表、支出决算表和一般公共预算、政府性基金、国有资本经营预算财政拨款支出表的每一行：合计等于各分项之和（本年收入合计 = 各项收入；本年支出合计 = 基本支出 + 项目支出 + …；基本支出 = 人员经费 + 公用经费；结转和结余 = 结转 + 结余）",
  example: {
    data: { what: "2150517 产业发展：本年支出合计应等于 基本支出 + 项目支出", cell: "E44", expected: "2,561.02", actual: "2,661.02", difference: "100.00" },
    allowed: "0.01",
  },
});

export const carryForward = codeRowRule({
  id: CARRY_FORWARD,
  severity: "error",
  description: "一般公共预算、政府性基金、国有资本经营预算财政拨款表的每一行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（合计、基本支出、项目支出各列分别成立）",
  example: {
    data: { what: "合计行：年末结转和结余应等于 年初结转和结余 + 本年收入 − 本年支出小计", cell: "H7", expected: "7.00", actual: "9.00", difference: "2.00" },
    allowed: "0.015",
  },
});
