// A finding is data: which rule, how serious, where, the numbers, and a zh-CN sentence built from them.
// Hosts render it (task pane list, CLI report, cell notes); nothing here knows about any host.

import { CellRef } from "../grid/address";
import { TableKind } from "../tables/model";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable rule id, e.g. "pub01.income-total". */
  readonly rule: string;
  /** Which of the rule's assertions failed: its message id ("grade", "rateInitial", "sum" …). */
  readonly check: string;
  readonly severity: Severity;
  /** The workbook's label of the table the primary cell lies in ("公开05", "附表15"). */
  readonly table: string;
  /** What that table is (its kind, a stable English id). */
  readonly kind: TableKind;
  readonly sheet: string;
  /** The cell most likely wrong. */
  readonly cell: CellRef;
  /** Every cell the identity involves, primary first. */
  readonly cells: readonly CellRef[];
  /** Decimal strings; absent for findings that are not about a number (a missing note, a wrong grade). */
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly allowed?: string;
  /** Message parameters (numbers as decimal strings), for re-rendering in another language. */
  readonly data: Readonly<Record<string, string>>;
  /** zh-CN message. */
  readonly message: string;
  /** Answered by staff (忽略并说明, core/waivers): the reason and when (ISO 8601). Shown apart, never painted. */
  readonly waiver?: { readonly reason: string; readonly at: string };
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: "错误",
  warning: "警告",
  info: "尾数",
};
