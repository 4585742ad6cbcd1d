// The host boundary: everything the task pane and the ribbon need from a spreadsheet host, with host-neutral types.
// Excel (src/excel/excel-host.ts, Office.js) and WPS 表格 (src/wps/wps-host.ts, the ET object model) implement it;
// the pane is given one at start and never asks which. Each action reads the workbook into the core's Grid (with what
// a later write needs to snapshot), applies a plan (marks and notes, formulas and formats, a new sheet), snapshots
// what it replaces and records it in the journal, which the pane owns and which 清除标记 and 撤销 put back exactly.

import { CellRef } from "../core/grid/address";
import { Features } from "./features";
import { Journal } from "./journal";
import { SettingStore } from "./settings-store";
import { Checker, FillResult, InsertedSheet, InsertTemplateRequest, RecheckResult, Stage, UndoResult, ValidateResult } from "./types";

export interface ValidateRequest {
  readonly check: Checker;
  readonly journal: Journal;
  readonly onProgress?: (stage: Stage) => void;
}

export interface FillOrder {
  readonly journal: Journal;
  /** Scoring profile id. */
  readonly profile: string;
  /** Template pack id forcing that pack (the pane's 模板); undefined detects the pack per workbook. */
  readonly template?: string;
  /**
   * Keys (cellKey) of the non-empty cells the user agreed to overwrite. Absent: write only when the plan
   * overwrites nothing, else return `needsConfirmation` without writing.
   */
  readonly overwrite?: ReadonlySet<string>;
}

/** What the pane hears from the workbook (自动复查 and the pane following the selection). */
export interface WorkbookListener {
  /** The user selected cells; `cell` is the top-left one. */
  selected(cell: CellRef): void;
  /** The user changed cell contents on these sheets (the add-in's own writes are not reported). */
  edited(sheets: readonly string[]): void;
}

export interface RecheckRequest {
  readonly check: Checker;
  readonly journal: Journal;
  /** Sheets edited since the last check: only these are read again. */
  readonly sheets: readonly string[];
}

export interface SpreadsheetHost {
  /** The host's name as users know it, for messages: "Excel", "WPS 表格". */
  readonly name: string;
  readonly features: Features;
  /** The pane's settings, kept in the document where the host can (Excel: document settings). */
  readonly settings: SettingStore;
  /** The sheet names in tab order (and, for hosts that can, a cheaper next read). */
  sheetNames(): Promise<readonly string[]>;
  /** 校验: read, check, mark the findings (fill by severity, a note each), record the change. */
  validate(request: ValidateRequest): Promise<ValidateResult>;
  /** 填充: read, plan, write formulas and number formats after snapshotting the contents, record the change. */
  fill(order: FillOrder): Promise<FillResult>;
  /** 插入模板: a new sheet after the active one, never replacing one; recorded so that 撤销 deletes it. */
  insertScorecard(journal: Journal, request: InsertTemplateRequest): Promise<InsertedSheet>;
  /** 清除标记: puts back the state under the current marks exactly. */
  clearMarks(journal: Journal): Promise<{ readonly cleared: number }>;
  /** 撤销: puts back the last change of the journal; undefined when there is none. */
  undo(journal: Journal): Promise<UndoResult | undefined>;
  selectCell(cell: CellRef): Promise<void>;
  /** Writes the 忽略并说明 waivers as text rows on the very hidden waiver sheet (created when missing). */
  writeWaivers(rows: readonly (readonly string[])[]): Promise<void>;
  /**
   * Starts reporting selections and edits (once per session). Rejects when the host cannot; then the pane neither
   * follows the selection nor re-checks live.
   */
  watch(listener: WorkbookListener): Promise<void>;
  /**
   * 自动复查 after edits: reads the edited sheets again, checks the workbook (the other sheets as last read) and
   * updates only the marks that changed, folded into the journal's 校验 so that 撤销 and 清除标记 stay exact.
   * Without an earlier 校验 in this session it is a 校验.
   */
  recheck(request: RecheckRequest): Promise<RecheckResult>;
  /** Why 自动复查 is not offered on this host (zh-CN), or undefined when it is. */
  readonly liveUnavailable?: string;
  /** One zh-CN sentence for an error thrown by any of the above. */
  describeError(e: unknown): string;
}
