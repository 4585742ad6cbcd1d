// Identities stated once, as data. The checker (rules/) reports where one is broken; 填充 (fill/) writes the same
// statement as a live formula into its total cell. Removing a statement removes both its check and its fill.

import { Severity } from "../findings/finding";

/** A total line = Σ its part lines ("-key" subtracts; "out.*" is every 功能分类 line), in the listed columns. */
export interface DownIdentity {
  readonly total: string;
  readonly parts: readonly string[];
  readonly cols: readonly string[];
  /** The column the parts are read from, when not the total's (财政拨款收入支出决算总表: 收入 and 支出 side by side). */
  readonly partCol?: string;
  /** zh-CN: what must hold. */
  readonly what: string;
  readonly severity?: Severity;
  /** Checked only: another statement already derives this total (a balance such as 支出总计 = 收入总计). */
  readonly fill?: false;
  /** The rule (identity family) that checks it, when not its table's usual one (see ruleOf). */
  readonly rule?: string;
}

/**
 * Within each listed row, a total column = Σ (−) its part columns. Rows: "each" is every row of a 科目编码
 * table (填充 writes it on the leaves; subtotals come down the code hierarchy), or the listed row keys.
 */
export interface AcrossIdentity {
  readonly rows: "each" | readonly string[];
  readonly total: string;
  readonly parts: readonly string[];
  /** zh-CN, for tables whose columns have no 栏次 (code tables say which columns by their names). */
  readonly what?: string;
  readonly severity?: Severity;
  /** Checked only: a carry-forward people report, not a figure to compute (年末 = 年初 + 收入 − 支出). */
  readonly fill?: false;
  /** The rule (identity family) that checks it, when not its table's usual one (see ruleOf). */
  readonly rule?: string;
}

/**
 * Which rule checks a statement: its own `rule`, else its table's usual one — row.code-tables for the across
 * statements of 科目编码 tables, sum.<kind> for the statements of the fixed-line tables.
 */
export function ruleOf(statement: DownIdentity | AcrossIdentity, usual: string): string {
  return statement.rule ?? usual;
}

export interface TableIdentities {
  readonly down?: readonly DownIdentity[];
  readonly across?: readonly AcrossIdentity[];
  /** 科目编码 tables: 合计 = Σ leaves, 类/款 = Σ nearest present descendants, in every column. */
  readonly codeHierarchy?: boolean;
  /** 经济分类 tables: 类 = Σ its 款, 人员/公用经费合计 = Σ their 类, 合计 = Σ 类. */
  readonly economic?: boolean;
}
