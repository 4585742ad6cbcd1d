// The Excel side of the host boundary (src/host/host.ts): each action is one or two Excel.runs of the functions
// in this folder, unchanged. What only makes Excel cheaper stays here, not in the pane: the sheet list remembered
// between reads (a read then takes one sync) and whether the workbook had to be read in batches.

import { FillOrder, RecheckRequest, SpreadsheetHost, ValidateRequest } from "../host/host";
import { KnownState } from "../host/known-state";
import { watchWorkbook } from "./events";
import { LiveBase, recheck } from "./recheck";
import { Journal } from "../host/journal";
import { SettingStore } from "../host/settings-store";
import { InsertTemplateRequest } from "../host/types";
import { clearMarks } from "./clear-marks";
import { describeHostError, hostErrorCode } from "./errors";
import { fillWorkbook } from "./fill-workbook";
import { insertScorecard } from "./insert-scorecard";
import { Host } from "./office-host";
import { readSheetNames } from "./read-workbook";
import { selectCell } from "./select";
import { undo } from "./undo";
import { validate } from "./validate";
import { writeWaiverSheet } from "./waiver-sheet";

export interface ExcelHostOptions {
  readonly settings: SettingStore;
}

export function excelHost(host: Host, options: ExcelHostOptions): SpreadsheetHost {
  const features = host.features;
  let sheetNames: readonly string[] | undefined;
  /** The workbook needed a batched read (too big for one response): later reads go straight to batches. */
  let batched = false;
  const remember = (out: { sheetNames: readonly string[]; batched: boolean }) => ({ sheetNames, batched } = out);
  /** What the last 校验 (or 自动复查) read and marked; dropped by every other change, which it would not describe. */
  let live: LiveBase | undefined;

  const excel: SpreadsheetHost = {
    name: "Excel",
    features,
    settings: options.settings,

    sheetNames: async () => (sheetNames = await host.run(readSheetNames)),

    validate: async ({ check, journal, onProgress }: ValidateRequest) => {
      live = undefined;
      const out = await host.run((ctx) => validate(ctx, { check, features, journal, sheetNames, batched, onProgress }));
      remember(out);
      live = { grid: out.grid, known: new Map<string, KnownState>(out.grid.sheets.map((s) => [s.name, out.known])), highlights: out.highlights };
      return out;
    },

    watch: (listener) => watchWorkbook(host.run, listener),

    recheck: async ({ check, journal, sheets }: RecheckRequest) => {
      const base = live;
      if (!base || batched) {
        const out = await excel.validate({ check, journal });
        return { ...out, changed: out.marked };
      }
      live = undefined;
      try {
        const out = await host.run((ctx) => recheck(ctx, { check, features, journal, sheets, base }));
        live = out.base;
        return out;
      } catch (e) {
        // A sheet renamed or deleted since: a whole 校验 finds the workbook as it is now.
        if (hostErrorCode(e) !== "ItemNotFound") throw e;
        sheetNames = undefined;
        const out = await excel.validate({ check, journal });
        return { ...out, changed: out.marked };
      }
    },

    fill: async ({ journal, profile, template, overwrite }: FillOrder) => {
      live = undefined;
      const out = await host.run((ctx) => fillWorkbook(ctx, { features, journal, profile, template, sheetNames, batched, overwrite }));
      remember(out);
      return out;
    },

    insertScorecard: async (journal: Journal, request: InsertTemplateRequest) => {
      live = undefined;
      const sheet = await host.run((ctx) => insertScorecard(ctx, journal, request));
      sheetNames = undefined; // the workbook has one more sheet: the next read asks for the names again
      return sheet;
    },

    clearMarks: (journal) => {
      live = undefined;
      return host.run((ctx) => clearMarks(ctx, journal, features));
    },

    undo: async (journal) => {
      live = undefined;
      const undone = await host.run((ctx) => undo(ctx, journal, features));
      if (undone?.removedSheet) sheetNames = undefined;
      return undone;
    },

    selectCell: (cell) => host.run((ctx) => selectCell(ctx, cell)),

    writeWaivers: async (rows) => {
      const written = await host.run((ctx) => writeWaiverSheet(ctx, rows));
      if (written.created) sheetNames = undefined; // one more sheet: the next read asks for the names again
    },

    describeError: describeHostError,
  };
  return excel;
}
