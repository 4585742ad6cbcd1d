// What an action hands back to the pane, whatever the host: the report of 校验, the outcome of 填充, 撤销 and
// 插入模板. Host adapters extend these with their own counters (Excel: syncs; WPS: object-model calls).

import { FillPlan, FillWrite } from "../core/fill/types";
import { Finding } from "../core/findings/finding";
import { Grid } from "../core/grid/grid";
import type { WaiverState } from "../core/engine";
import { ScoringProfile } from "../core/scoring/profiles";
import { TableKind } from "../core/tables/model";
import { TemplateKind } from "../core/templates";

export interface CheckReport {
  readonly findings: readonly Finding[];
  /** Tables recognised, in table order. */
  readonly tables: readonly { readonly id: string; readonly kind: TableKind; readonly sheet: string }[];
  /** The template pack the workbook was checked against: detected, or forced (chosen in the pane). */
  readonly template?: { readonly id: string; readonly name: string; readonly forced: boolean };
  /** What could not be read, as zh-CN sentences. */
  readonly problems: readonly string[];
  /** The workbook's waivers (忽略并说明) and each finding's fingerprint, for answering one or taking it back. */
  readonly waivers?: WaiverState;
}

/** The pure engine, injected: grid in, report out. */
export type Checker = (grid: Grid) => CheckReport;

export type Stage = "read" | "check" | "mark";

export interface ValidateResult {
  readonly report: CheckReport;
  /** Cells marked. */
  readonly marked: number;
  /** Why nothing was marked although there were findings (a protected sheet), in zh-CN. */
  readonly notMarked?: string;
}

/** 自动复查: the report of the whole workbook again, and how many marks changed. */
export interface RecheckResult extends ValidateResult {
  /** Cells whose mark was written: newly marked, marked otherwise, or put back because they are clean now. */
  readonly changed: number;
}

export interface FillResult {
  /** The plan as computed for this run (with overwriting when the request carried agreed cells). */
  readonly plan: FillPlan;
  /** The cells written (formula and number format). */
  readonly written: readonly FillWrite[];
  /** Non-empty cells whose value differs from the formula's and that were left as they are. */
  readonly keptDiffering: number;
  /** True when nothing was written because the plan would overwrite non-empty cells. */
  readonly needsConfirmation: boolean;
}

/** Conflicts the user can resolve by agreeing to overwrite (protected cells are never written). */
export function overwritable(plan: FillPlan): FillPlan["conflicts"] {
  return plan.conflicts.filter((c) => c.reason === "differs");
}

export interface InsertTemplateRequest {
  readonly kind: TemplateKind;
  /** Rows of the indicator table. */
  readonly indicators: number;
  readonly profile?: ScoringProfile;
  /** Year in the title; none when absent. */
  readonly year?: number;
}

/** What 撤销 needs: the sheet to delete (by id, so that a rename since does not matter). */
export interface InsertedSheet {
  readonly id: string;
  readonly name: string;
}

export interface UndoResult {
  readonly label: string;
  /** A sheet that was deleted; `gone` when it had already been deleted by hand. */
  readonly removedSheet?: { readonly name: string; readonly gone: boolean };
}
