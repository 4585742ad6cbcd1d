// The derived cells of one 公开 table, from the same identity statements the checker uses (identities/tables.ts):
// every derived cell is a SUM of cells of the same table. Statements marked `fill: false` are checked only (a
// balance such as 支出总计 = 收入总计, a carry-forward people report); where two statements give the same cell,
// the first one is its formula.

import Decimal from "decimal.js";
import { economicGroup } from "../glossary/economic-classes";
import { BoundRow, Field, PublicTable, rowByKey } from "../tables/model";
import { codeHierarchy, codeRows } from "../rules/helpers";
import { columnLabel } from "../rules/catalogue/code-table-rows";
import { sumOf } from "./cells";
import { signedSumFormula } from "./formulas";
import { TABLE_IDENTITIES } from "../identities/tables";
import { expandRows } from "../identities/rows";
import { AcrossIdentity, DownIdentity } from "../identities/model";
import { Derivation } from "./types";

function rowName(row: BoundRow): string {
  const label = row.label.replace(/^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, "").trim();
  return row.code ? `${row.code}${label ? " " + label : ""}` : label || row.key;
}

function colName(t: PublicTable, key: string): string {
  if (key === "amount") return "";
  const label = columnLabel(t.layout, key);
  return label !== key ? label : t.columns.find((c) => c.key === key)?.label ?? key;
}

function describe(t: PublicTable, row: BoundRow, col: string): string {
  const c = colName(t, col);
  return `${t.id} ${rowName(row)}${c ? `（${c}）` : ""}`;
}

/** A derived total: Σ plus − Σ minus, written with SUM so blanks and dashes count as 0. */
export function sumDerivation(t: PublicTable, what: string, target: Field, plus: readonly Field[], minus: readonly Field[] = []): Derivation {
  const plusRefs = plus.map((f) => f.ref);
  const minusRefs = minus.map((f) => f.ref);
  return {
    cell: target.ref,
    table: t.id,
    what,
    kind: "amount",
    inputs: [...plusRefs, ...minusRefs],
    derive(ctx) {
      const value = sumOf(ctx, plusRefs, minusRefs);
      if (!(value instanceof Decimal)) return value;
      return { formula: signedSumFormula(plusRefs.map(ctx.a1), minusRefs.map(ctx.a1)), value };
    },
  };
}

/** The rows a statement names, those present ("out.*": every 功能分类 line). */
function rowsOf(t: PublicTable, keys: readonly string[]): BoundRow[] {
  return expandRows(t, keys).map((k) => rowByKey(t, k)).filter((r): r is BoundRow => !!r);
}

/** "—" on every part: the breakdown is not reported (公开10's 预算数 of 国内接待费), so its total is not their sum. */
const NOT_REPORTED = /^[—–―]+$/;

function down(t: PublicTable, d: DownIdentity): Derivation[] {
  const total = t.rows.find((r) => r.key === d.total);
  if (!total) return [];
  const parts = rowsOf(t, d.parts);
  const out: Derivation[] = [];
  for (const col of d.cols) {
    const target = total.cells[col];
    const fields = parts.map((r) => r.cells[d.partCol ?? col]).filter((f): f is Field => !!f);
    if (!target || fields.length === 0 || fields.every((f) => NOT_REPORTED.test(f.text.trim()))) continue;
    out.push(sumDerivation(t, describe(t, total, col), target, fields));
  }
  return out;
}

/** `each` row is every row, or only the leaves where subtotals are summed down the code hierarchy instead. */
function across(t: PublicTable, a: AcrossIdentity, each: readonly BoundRow[]): Derivation[] {
  const rows = a.rows === "each" ? each : rowsOf(t, a.rows);
  const out: Derivation[] = [];
  for (const row of rows) {
    const target = row.cells[a.total];
    const plus = a.parts.filter((p) => !p.startsWith("-")).map((p) => row.cells[p]);
    const minus = a.parts.filter((p) => p.startsWith("-")).map((p) => row.cells[p.slice(1)]);
    // A column missing from the table would make the total wrong, not smaller: derive nothing then.
    if (!target || [...plus, ...minus].some((f) => !f)) continue;
    out.push(sumDerivation(t, describe(t, row, a.total), target, plus as Field[], minus as Field[]));
  }
  return out;
}

/** 合计 = Σ leaves; a present 类/款 = Σ its nearest present descendants; in every column. */
function hierarchy(t: PublicTable): Derivation[] {
  const rows = codeRows(t);
  const { leaves, children } = codeHierarchy(rows);
  const totals = t.rows.filter((r) => r.kind === "total");
  const cols = [...new Set(t.columns.map((c) => c.key))];
  const out: Derivation[] = [];
  const add = (row: BoundRow, parts: readonly BoundRow[]) => {
    for (const col of cols) {
      const target = row.cells[col];
      const fields = parts.map((r) => r.cells[col]).filter((f): f is Field => !!f);
      if (target && fields.length > 0) out.push(sumDerivation(t, describe(t, row, col), target, fields));
    }
  };
  for (const total of totals) if (leaves.length > 0) add(total, leaves);
  for (const row of rows) {
    const kids = children.get(row.code ?? "");
    if (kids) add(row, kids);
  }
  return out;
}

/** 公开06/07: each 类 = Σ the 款 listed under it; 人员/公用经费合计 = Σ their 类 (公开06); 合计 = Σ 类. */
function economic(t: PublicTable): Derivation[] {
  const out: Derivation[] = [];
  const classes: BoundRow[] = [];
  const members = new Map<BoundRow, BoundRow[]>();
  let current: BoundRow | undefined;
  // Rows come block by block, top to bottom: a 款 belongs to the 类 it is listed under (as the checker reads it).
  for (const r of t.rows) {
    if (r.kind !== "code" || !r.code) continue;
    if (r.code.length === 3) {
      current = r;
      classes.push(r);
      members.set(r, []);
    } else if (current) members.get(current)?.push(r);
  }
  const amounts = (rows: readonly BoundRow[]) => rows.map((r) => r.cells.amount).filter((f): f is Field => !!f);
  for (const cls of classes) {
    const parts = amounts(members.get(cls) ?? []);
    if (cls.cells.amount && parts.length > 0) out.push(sumDerivation(t, describe(t, cls, "amount"), cls.cells.amount, parts));
  }
  const group = (key: string, which: "personnel" | "public") => {
    const row = t.rows.find((r) => r.key === key);
    const parts = amounts(classes.filter((c) => economicGroup(c.code ?? "") === which));
    if (row?.cells.amount && parts.length > 0) out.push(sumDerivation(t, describe(t, row, "amount"), row.cells.amount, parts));
  };
  if (t.kind === "gpb-basic") {
    group("personnel.total", "personnel");
    group("public.total", "public");
  }
  const total = t.rows.find((r) => r.key === "total");
  if (total?.cells.amount && classes.length > 0) out.push(sumDerivation(t, describe(t, total, "amount"), total.cells.amount, amounts(classes)));
  return out;
}

export function publicDerivations(t: PublicTable): Derivation[] {
  const spec = TABLE_IDENTITIES[t.kind];
  if (!spec || t.empty) return [];
  const each = spec.codeHierarchy ? codeHierarchy(codeRows(t)).leaves : t.rows;
  return [
    ...(spec.down ?? []).filter((d) => d.fill !== false).flatMap((d) => down(t, d)),
    ...(spec.across ?? []).filter((a) => a.fill !== false).flatMap((a) => across(t, a, each)),
    ...(spec.codeHierarchy ? hierarchy(t) : []),
    ...(spec.economic ? economic(t) : []),
  ];
}
