// Column sums down the 科目编码 hierarchy, from the codes present: the 合计 row is the sum of the leaves, and
// a 类 or 款 row that is present equals the sum of its nearest present descendants. A code listed under a
// subtotal row that is not its parent is reported too. The tables are those whose statement says so
// (identities/tables.ts, codeHierarchy): the same flag makes 填充 write these sums.
import { PublicKind } from "../../tables/model";
import { codeHierarchy, codeRows, get, plus } from "../helpers";
import { SUM_MESSAGES, SUM_MESSAGES_EN } from "../line-identities";
import { Rule } from "../rule";
import { codeKinds, columnLabel } from "./code-table-rows";


const rule: Rule = {
  meta: {
    id: "hierarchy.functional",
    severity: "error",
    tables: [codeKinds()],
    description: "按支出功能分类科目编码列示的表（收入决算表、支出决算表和一般公共预算、政府性基金、国有资本经营预算财政拨款支出表），每一列：合计 = 末级科目之和；类 = 其下款之和；款 = 其下项之和；科目编码为 3、5 或 7 位，并列在其上级科目之下",
    tolerance: "interval",
    messages: { ...SUM_MESSAGES, parent: "科目 {code} 列在 {shownUnder} 之下，但其上级科目应为 {parent}", length: "科目编码 {code} 的位数不对（功能分类应为 3、5 或 7 位）" },
    messagesEn: { ...SUM_MESSAGES_EN, parent: "Code {code} is listed under {shownUnder} but its parent is {parent}", length: "Code {code} has the wrong number of digits (3, 5 or 7)" },
    example: { data: { what: "科目 21505“本年支出合计”应等于其下级科目之和", cell: "C41", expected: "4,130.38", actual: "4,230.38", difference: "100.00" }, allowed: "0.015" },
  },
  check({ workbook }, report) {
    const kinds = codeKinds();
    for (const t of workbook.tables) {
      if (!kinds.includes(t.kind as PublicKind) || !("rows" in t)) continue;
      const rows = codeRows(t);
      const { leaves, children, parentOf } = codeHierarchy(rows);
      const colKeys = t.columns.map((c) => c.key);
      const total = t.rows.find((r) => r.kind === "total");
      for (const col of colKeys) {
        const label = columnLabel(t.layout, col);
        if (total) {
          const tf = get(t, total.key, col);
          const parts = leaves.map((r) => get(t, r.key, col)).filter((f): f is NonNullable<typeof f> => !!f);
          if (tf && parts.length) report.sum({ table: t.kind, messageId: "sum", data: () => ({ what: `合计行“${label}”应等于各末级科目之和`, cell: tf.ref }), total: tf, parts: parts.map(plus) });
        }
        for (const parent of rows) {
          const kids = children.get(parent.code ?? "");
          if (!kids) continue;
          const pf = get(t, parent.key, col);
          const parts = kids.map((r) => get(t, r.key, col)).filter((f): f is NonNullable<typeof f> => !!f);
          if (pf && parts.length) report.sum({ table: t.kind, messageId: "sum", data: () => ({ what: `科目 ${parent.code}“${label}”应等于其下级科目之和`, cell: pf.ref }), total: pf, parts: parts.map(plus) });
        }
      }
      // Placement: with subtotal rows present, the nearest shorter code above a row must be its ancestor.
      // The open subtotal rows above each row, shortest first (a stack walk: linear).
      const open: string[] = [];
      for (const row of rows) {
        const code = row.code ?? "";
        const cell = row.labelRef ?? Object.values(row.cells)[0]?.ref;
        if (!cell) continue;
        if (![3, 5, 7].includes(code.length)) {
          report.issue({ table: t.kind, messageId: "length", data: { code }, cell });
          continue;
        }
        while (open.length && open[open.length - 1].length >= code.length) open.pop();
        const above = open[open.length - 1];
        const parent = parentOf.get(code);
        if (above && parent && !code.startsWith(above)) {
          report.issue({ table: t.kind, messageId: "parent", data: { code, shownUnder: above, parent }, cell });
        }
        open.push(code);
      }
    }
  },
};

export default rule;
