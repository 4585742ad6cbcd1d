// A rule is a small module: its metadata (id, severity, tables read, what it asserts, message templates in
// zh-CN with an English catalogue beside them) and a check that reports through a Reporter. Rules never
// compute tolerances or build messages themselves, and never change their input.

import { CellRef } from "../grid/address";
import type { MessageValues } from "./messages";
import { Severity } from "../findings/finding";
import { BoundWorkbook, Field, TableKind } from "../tables/model";
import { Term, ToleranceMode } from "./tolerance";

/** A table a rule needs: one kind, or several kinds of which any one will do. */
export type TableNeed = TableKind | readonly TableKind[];

/** What docs/rules.md shows as the rule's example message: one template rendered with made-up values. */
export interface RuleExample {
  /** The message shown; the first template when omitted. */
  readonly messageId?: string;
  /** A value for every placeholder of the template ({@kind} labels are filled from the pack). */
  readonly data: Readonly<Record<string, string>>;
  /** The 尾数 allowance a numeric finding appends ("0.035"); none for exact identities and issues. */
  readonly allowed?: string;
}

export interface RuleMeta {
  /** Stable id, "<family>.<what>": one identity family, named by what it checks ("cross.gpb-basic"). */
  readonly id: string;
  /** Severity when the identity is broken beyond rounding. */
  readonly severity: Severity;
  /**
   * The tables the rule reads. It applies to a template pack whose set has every entry (an entry listing several
   * kinds is met by any one of them); in a workbook it checks what is present.
   */
  readonly tables: readonly TableNeed[];
  /** zh-CN, by meaning (tables by name, never by number): what the rule asserts. */
  readonly description: string;
  readonly tolerance: ToleranceMode | "none";
  /** zh-CN message templates by message id; placeholders {name}. */
  readonly messages: Readonly<Record<string, string>>;
  /** The same templates in English. */
  readonly messagesEn: Readonly<Record<string, string>>;
  readonly example: RuleExample;
}

/**
 * Message parameters; a function when building them costs more than the check (only called on a finding). Cells
 * are passed as CellRefs: the message names them once the finding's primary cell is known (with their sheet when
 * it is another one).
 */
export type MessageData = MessageValues | (() => MessageValues);

export interface SumReport {
  readonly table: TableKind;
  readonly messageId: string;
  /** Message parameters besides expected/actual/difference/allowed, which the reporter adds. */
  readonly data: MessageData;
  readonly total: Field;
  readonly parts: readonly Term[];
  readonly mode?: ToleranceMode;
  readonly severity?: Severity;
}

export interface BoundReport {
  readonly table: TableKind;
  readonly messageId: string;
  readonly data: MessageData;
  readonly left: Field;
  readonly op: "<=" | ">=";
  readonly right: Field;
  readonly severity?: Severity;
}

export interface IssueReport {
  readonly table: TableKind;
  readonly messageId: string;
  readonly data: MessageValues;
  readonly cell: CellRef;
  readonly cells?: readonly CellRef[];
  readonly severity?: Severity;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
}

export interface Reporter {
  /** total = Σ sign·part, rounding-aware. */
  sum(r: SumReport): void;
  /** left ≤ right or left ≥ right, rounding-aware. */
  bound(r: BoundReport): void;
  /** A finding that is not a numeric identity (a wrong grade, a missing note). */
  issue(r: IssueReport): void;
  /**
   * True when every field holds a number (blanks and dashes count as zero). Cells holding text or an error
   * value are reported once as read.unreadable-cell; the caller then skips the checks that need them.
   */
  numbers(table: TableKind, fields: readonly (Field | undefined)[]): boolean;
}

export interface RuleContext {
  readonly workbook: BoundWorkbook;
  readonly options: CheckOptions;
}

export interface CheckOptions {
  /** Scoring profile id (see scoring/profiles.ts). */
  readonly profile: string;
  /** Template pack id (see packs/): forces the pack instead of detecting it. */
  readonly template?: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext, report: Reporter): void;
}
