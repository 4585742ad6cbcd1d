// Small readers rules share: cells by key, code hierarchies from the codes present, computed sums.

import Decimal from "decimal.js";
import { radius } from "../numbers/parse";
import { BoundRow, cellOf, Field, PublicTable, rowByKey } from "../tables/model";
import { Term } from "./tolerance";

export const plus = (field: Field): Term => ({ field, sign: 1 });
export const minus = (field: Field): Term => ({ field, sign: -1 });

export function get(t: PublicTable | undefined, row: string, col: string): Field | undefined {
  return t ? cellOf(t, row, col) : undefined;
}

/** Fields for the given row keys in one column; rows or cells missing are skipped. */
export function fieldsOf(t: PublicTable, rows: readonly string[], col: string): Field[] {
  const out: Field[] = [];
  for (const r of rows) {
    const f = cellOf(t, r, col);
    if (f) out.push(f);
  }
  return out;
}

export function codeRows(t: PublicTable): BoundRow[] {
  return t.rows.filter((r) => r.kind === "code" && r.code !== undefined);
}

export interface CodeHierarchy {
  /** Codes that are no prefix of another code in the table: the rows that are summed. */
  readonly leaves: readonly BoundRow[];
  /**
   * Each present code's nearest present descendants: its children, or where a level is skipped (类 and 项
   * rows but no 款 row), the descendants with no present ancestor in between.
   */
  readonly children: ReadonlyMap<string, readonly BoundRow[]>;
  /** Nearest present ancestor of each code. */
  readonly parentOf: ReadonlyMap<string, string>;
}

/** Linear in the number of rows: every code has at most a few prefixes. */
export function codeHierarchy(rows: readonly BoundRow[]): CodeHierarchy {
  const present = new Set(rows.map((r) => r.code ?? ""));
  const prefixes = new Set<string>();
  const children = new Map<string, BoundRow[]>();
  const parentOf = new Map<string, string>();
  for (const r of rows) {
    const code = r.code ?? "";
    for (let len = code.length - 1; len >= 3; len--) prefixes.add(code.slice(0, len));
    for (let len = code.length - 1; len >= 3; len--) {
      const p = code.slice(0, len);
      if (present.has(p)) {
        parentOf.set(code, p);
        const list = children.get(p) ?? [];
        list.push(r);
        children.set(p, list);
        break;
      }
    }
  }
  return { leaves: rows.filter((r) => !prefixes.has(r.code ?? "")), children, parentOf };
}

/**
 * A computed field: the exact sum of shown fields, carrying their combined rounding radius. Used when a table
 * has no row for a total the identities need (公开07's 合计, a 类 whose subtotal row is absent).
 * Its ref is the first part's cell, so findings still point somewhere real.
 */
export function computedSum(fields: readonly Field[], label: string): Field | undefined {
  if (fields.length === 0 || fields.some((f) => f.num.value === undefined)) return undefined;
  let value = new Decimal(0);
  let r = new Decimal(0);
  let decimals = 0;
  for (const f of fields) {
    value = value.plus(f.num.value ?? 0);
    r = r.plus(radius(f.num));
    if (f.num.kind === "number") decimals = Math.max(decimals, f.num.decimals);
  }
  const sources = fields.flatMap((f) => f.sources ?? [f.ref]);
  return { ref: fields[0].ref, text: label, num: { kind: "number", value, decimals, percent: false, text: label, radius: r }, sources };
}

export function hasFigures(t: PublicTable | undefined): boolean {
  return !!t && !t.empty;
}

export function rowLabel(t: PublicTable, key: string): string {
  return rowByKey(t, key)?.label ?? key;
}

/**
 * One amount per 经济分类 类 of 公开06/07: the 类 row where the table has one, else the sum of that 类's 款
 * (tables without subtotal rows). Keyed by the 3-digit code, in the order the 类 first appear.
 */
export function economicClassTotals(t: PublicTable): Map<string, Field> {
  const rows = codeRows(t);
  const classes = new Map<string, Field | undefined>();
  const members = new Map<string, Field[]>();
  for (const r of rows) {
    const cls = (r.code ?? "").slice(0, 3);
    if (!classes.has(cls)) classes.set(cls, undefined);
    const amount = r.cells.amount;
    if (!amount) continue;
    if (r.code?.length === 3) classes.set(cls, amount);
    else members.set(cls, [...(members.get(cls) ?? []), amount]);
  }
  const out = new Map<string, Field>();
  for (const [cls, own] of classes) {
    const total = own ?? computedSum(members.get(cls) ?? [], `${cls} 类（按款合计）`);
    if (total) out.set(cls, total);
  }
  return out;
}
