// The host boundary: everything the task pane and the ribbon need from a spreadsheet host, with host-neutral types.
// Excel (src/excel/excel-host.ts, Office.js) and WPS 表格 (src/wps/wps-host.ts, the ET object model) implement it;
// the pane is given one at start and never asks which. Each action reads the workbook into the core's Grid (with what
// a later write needs to snapshot), applies a plan (marks and notes, formulas and formats, a new sheet), snapshots
// what it replaces and records it in the journal, which the pane owns and which 清除标记 and 撤销 put back exactly.

import { CellRef } from "../core/grid/address";
import { Features } from "./features";
import { Journal } from "./journal";
import { SettingStore } from "./settings-store";
import { Checker, FillResult, InsertedSheet, InsertTemplateRequest, Stage, UndoResult, ValidateResult } from "./types";

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
  /** One zh-CN sentence for an error thrown by any of the above. */
  describeError(e: unknown): string;
}
