// What a fill plan says, as data: the derived cells to write (formula, engine value, number format), the ones
// that hold something else (conflicts, never overwritten unless asked; protected cells never), and the ones
// left for people (qualitative indicators …). Hosts apply `writes`; everything else is for the report.

import Decimal from "decimal.js";
import { CellRef } from "../grid/address";
import { CellWrite } from "../plan/plan";

/** How a derived cell shows its value: the convention decides rounding, format and how agreement is judged. */
export type DerivedKind = "amount" | "rate" | "ratePoints" | "score" | "grade";

export interface FillWrite extends CellWrite {
  /** The table's label ("公开01", "附表15"). */
  readonly table: string;
  /** zh-CN: what the cell is ("公开01 本年收入合计"). */
  readonly what: string;
  readonly kind: DerivedKind;
  /** The text the cell showed before, when --overwrite replaced a disagreeing value. */
  readonly replaced?: string;
}

export type ConflictReason = "differs" | "protected";

export interface FillConflict {
  readonly cell: CellRef;
  /** The table's label ("公开01", "附表15"). */
  readonly table: string;
  readonly what: string;
  readonly kind: DerivedKind;
  readonly reason: ConflictReason;
  /** The formula and value the engine would write. */
  readonly formula: string;
  readonly value: string;
  /** What the cell shows now ("" when empty) and its formula, if any. */
  readonly existing: string;
  readonly existingFormula?: string;
  /** zh-CN. */
  readonly message: string;
}

export interface ManualCell {
  readonly cell: CellRef;
  /** The table's label ("公开01", "附表15"). */
  readonly table: string;
  readonly what: string;
  /** zh-CN: why the engine does not derive it. */
  readonly reason: string;
  readonly existing: string;
}

/** A derived cell that already holds the value or an equivalent formula: left alone. */
export interface KeptCell {
  readonly cell: CellRef;
  /** The table's label ("公开01", "附表15"). */
  readonly table: string;
  readonly what: string;
  /**
   * equivalent-formula and agrees: it holds what the formula computes. within-rounding: a typed total that differs
   * from the sum of its shown parts only by their 尾数 — the typed figure is the one other tables quote, so it is
   * kept as typed even when overwriting is allowed.
   */
  readonly because: "equivalent-formula" | "agrees" | "within-rounding";
  /** For within-rounding: what the cell shows, what the formula would show, and a zh-CN line saying so. */
  readonly existing?: string;
  readonly value?: string;
  readonly message?: string;
}

export interface FillPlan {
  readonly profile: string;
  readonly writes: readonly FillWrite[];
  readonly conflicts: readonly FillConflict[];
  readonly manual: readonly ManualCell[];
  readonly kept: readonly KeptCell[];
}

export interface FillOptions {
  /** Scoring profile id (scoring/profiles.ts); national by default. */
  readonly profile?: string;
  /** Replace non-empty derived cells whose value disagrees (never protected ones). */
  readonly overwrite?: boolean;
  /** True for a cell the host may not write: a locked cell on a protected sheet. */
  readonly isLocked?: (cell: CellRef) => boolean;
}

// ---- derivations: how the plan is computed ---------------------------------------------------------

/** A cell as a formula sees it once earlier derived cells are settled. */
export interface CellState {
  /**
   * number: a numeric value; blank: nothing; dash: "-"/"—" for zero; textNumber: digits typed as text;
   * uncomputed: a formula whose result was never saved (its value is unknown, not 0).
   */
  readonly kind: "number" | "blank" | "dash" | "text" | "textNumber" | "error" | "uncomputed";
  /** Exact value for numbers (what the cell stores, not what it shows); a grade's text for text. */
  readonly value?: Decimal;
  readonly text: string;
  /** The cell shows a percent ("95.74%"). */
  readonly percent: boolean;
  /** Written by this plan. */
  readonly written: boolean;
  /** A derived cell the plan found in conflict and left as it is: its value is not the engine's. */
  readonly disputed?: boolean;
}

export interface DeriveContext {
  readonly sheet: string;
  a1(cell: CellRef): string;
  state(cell: CellRef): CellState;
}

export type Derived =
  | { readonly formula: string; readonly value: Decimal | string }
  | { readonly manual: string };

export interface Derivation {
  readonly cell: CellRef;
  /** The table's label ("公开01", "附表15"). */
  readonly table: string;
  readonly what: string;
  readonly kind: DerivedKind;
  /** Every cell the formula reads: derived ones are settled first. */
  readonly inputs: readonly CellRef[];
  /**
   * The inputs that must carry a figure for an empty cell to be filled (default: any input). A 执行率 waits for
   * its 执行数: a budget alone is no reason to show 0%.
   */
  readonly figures?: readonly CellRef[];
  derive(ctx: DeriveContext): Derived;
}
