// 插入模板 on WPS 表格: a new sheet right after the active one, under the next free name (a sheet is never
// replaced: the name is chosen among the free ones, and ET refuses a taken name anyway); 撤销 deletes it again.

import { buildTemplate, uniqueSheetName } from "../core/templates";
import { Journal } from "../host/journal";
import { InsertedSheet, InsertTemplateRequest } from "../host/types";
import { activeBook } from "./actions";
import { EtApplication, EtSheets } from "./et";
import { renderTemplate } from "./render-template";

export function sheetNames(sheets: EtSheets): string[] {
  const names: string[] = [];
  for (let i = 1, n = sheets.Count; i <= n; i++) names.push(sheets.Item(i).Name);
  return names;
}

export function insertScorecard(app: EtApplication, journal: Journal, request: InsertTemplateRequest): InsertedSheet {
  const book = activeBook(app);
  const sheets = book.Worksheets;
  const name = uniqueSheetName(sheetNames(sheets), request.kind);
  const template = buildTemplate(request.kind, { indicators: request.indicators, profile: request.profile, year: request.year, sheetName: name });
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  const ws = sheets.Add(undefined, book.ActiveSheet);
  try {
    ws.Name = name;
    renderTemplate(ws, template);
    ws.Activate();
  } catch (e) {
    deleteQuietly(app, () => ws.Delete()); // half drawn: take it away again
    throw e;
  } finally {
    app.ScreenUpdating = screen;
  }
  // ET sheets have no id that survives a rename: the name is what 撤销 looks for.
  const inserted = { id: name, name };
  journal.record({ label: "插入模板", before: { cells: [] }, addedSheet: inserted, marksBefore: journal.marks, marksAfter: journal.marks });
  return inserted;
}

/** Worksheet.Delete asks the user to confirm unless alerts are off. */
export function deleteQuietly(app: EtApplication, remove: () => void): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    remove();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/** Deletes an inserted sheet if it is still there; false when it is gone already. */
export function removeInsertedSheet(app: EtApplication, inserted: InsertedSheet): boolean {
  const sheets = activeBook(app).Worksheets;
  if (!sheetNames(sheets).includes(inserted.id)) return false;
  deleteQuietly(app, () => sheets.Item(inserted.id).Delete());
  return true;
}
