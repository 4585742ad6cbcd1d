// 公开06 / 公开07 经济分类: each 类 equals its 款; a 款 sits under its own 类; 人员经费合计 = 301 + 303,
// 公用经费合计 = every other 类 (公开06); a 合计 row, when present, is the sum of the 类 (公开07). The tables are
// those whose statement says so (identities/tables.ts, economic): the same flag makes 填充 write these sums.
import { economicGroup } from "../../glossary/economic-classes";
import { TABLE_IDENTITIES } from "../../identities/tables";
import { BoundRow, PublicKind, rowByKey } from "../../tables/model";
import { economicClassTotals, plus } from "../helpers";
import { SUM_MESSAGES, SUM_MESSAGES_EN } from "../line-identities";
import { Rule } from "../rule";

/** The tables whose statement says they are listed by 经济分类 (read when the rule runs, as 填充 reads it). */
const economicKinds = () => (Object.keys(TABLE_IDENTITIES) as PublicKind[]).filter((k) => TABLE_IDENTITIES[k]?.economic);

const rule: Rule = {
  meta: {
    id: "hierarchy.economic",
    severity: "error",
    tables: [economicKinds()],
    description: "按支出经济分类科目列示的一般公共预算财政拨款基本支出表、项目支出表：类 = 其下款之和；款的编码以其类的编码开头；基本支出表的人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助，公用经费合计 = 其余各类之和；合计 = 各类之和",
    tolerance: "interval",
    messages: { ...SUM_MESSAGES, parent: "科目编码 {code}（{name}）列在类 {parent} 之下，但编码不以 {parent} 开头" },
    messagesEn: { ...SUM_MESSAGES_EN, parent: "Code {code} ({name}) is listed under class {parent} but does not start with {parent}" },
    example: { data: { what: "公用经费合计应等于 302、307、310、312、399 等其余各类之和", cell: "I44", expected: "347.06", actual: "694.12", difference: "347.06" }, allowed: "0.03" },
  },
  check({ workbook }, report) {
    const kinds = economicKinds();
    for (const t of workbook.tables) {
      if (!kinds.includes(t.kind as PublicKind) || !("rows" in t)) continue;
      // Rows come block by block, top to bottom: each 款 follows the 类 it is listed under.
      let current: BoundRow | undefined;
      const members = new Map<BoundRow, BoundRow[]>();
      for (const r of t.rows) {
        if (r.kind !== "code" || !r.code) continue;
        if (r.code.length === 3) {
          current = r;
          members.set(r, []);
          continue;
        }
        if (!current) continue;
        members.get(current)?.push(r);
        if (!r.code.startsWith(current.code ?? "")) {
          const cell = r.labelRef ?? r.cells.amount?.ref;
          if (cell) report.issue({ table: t.kind, messageId: "parent", data: { code: r.code, name: r.label, parent: current.code ?? "" }, cell, cells: current.cells.amount ? [current.cells.amount.ref] : [] });
        }
      }
      for (const [cls, kids] of members) {
        const total = cls.cells.amount;
        const parts = kids.map((k) => k.cells.amount).filter((f): f is NonNullable<typeof f> => !!f);
        if (total && parts.length) report.sum({ table: t.kind, messageId: "sum", data: { what: `${cls.code} ${cls.label}应等于其下各款之和`, cell: total.ref }, total, parts: parts.map(plus) });
      }
      // 类 amounts from the 类 rows, or summed from their 款 where the table has no 类 rows.
      const classes = economicClassTotals(t);
      const groupTotal = (key: string, group: "personnel" | "public", what: string) => {
        const total = rowByKey(t, key)?.cells.amount;
        const parts = [...classes].filter(([code]) => economicGroup(code) === group).map(([, f]) => f);
        if (total && parts.length) report.sum({ table: t.kind, messageId: "sum", data: { what, cell: total.ref }, total, parts: parts.map(plus) });
      };
      if (t.kind === "gpb-basic") {
        groupTotal("personnel.total", "personnel", "人员经费合计应等于 301 工资福利支出 + 303 对个人和家庭的补助");
        groupTotal("public.total", "public", "公用经费合计应等于 302、307、310、312、399 等其余各类之和");
      }
      const total = rowByKey(t, "total")?.cells.amount;
      const parts = [...classes.values()];
      if (total && parts.length) report.sum({ table: t.kind, messageId: "sum", data: { what: "合计应等于各类之和", cell: total.ref }, total, parts: parts.map(plus) });
    }
  },
};

export default rule;
