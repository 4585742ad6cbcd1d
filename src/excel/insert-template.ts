// 插入模板: a blank scorecard on a new sheet right after the active one. Two round trips: one read (the sheet
// names, so the new name is unique, and where the active sheet is) and one write that adds the sheet and
// everything on it. A new sheet never replaces one: the name is chosen among the free ones, and Excel refuses
// to add a sheet under a taken name anyway. 撤销 deletes the sheet again, found by its id so that a rename since
// does not matter.

import { buildTemplate, uniqueSheetName } from "../core/templates";
import { InsertedSheet, InsertTemplateRequest } from "../host/types";
import { hostErrorCode, UserFacingError } from "./errors";
import { queueTemplate } from "./render-template";
import { TemplateHostContext } from "./template-host";

export type { InsertedSheet, InsertTemplateRequest } from "../host/types";

export async function insertTemplate(context: TemplateHostContext, request: InsertTemplateRequest): Promise<InsertedSheet> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = sheets.getActiveWorksheet();
  active.load("position");
  await context.sync();

  const name = uniqueSheetName(sheets.items.map((s) => s.name), request.kind);
  const template = buildTemplate(request.kind, { indicators: request.indicators, profile: request.profile, year: request.year, sheetName: name });
  // The add comes first in the batch: if anything after it fails, the sheet by that name is the one we added.
  const sheet = sheets.add(name);
  sheet.position = active.position + 1;
  queueTemplate(sheet, template);
  sheet.activate();
  sheet.load("id,name");
  try {
    await context.sync();
  } catch (e) {
    // Someone took the name between the two round trips: that sheet is theirs, leave it alone.
    if (hostErrorCode(e) === "ItemAlreadyExists") throw new UserFacingError(`工作簿中刚刚出现了同名工作表“${name}”，未插入模板。请重试。`);
    await removeHalfBuilt(context, name);
    throw e;
  }
  return { id: sheet.id, name: sheet.name };
}

/** A batch is not atomic: a failure part-way leaves the added sheet half drawn; take it away again. */
async function removeHalfBuilt(context: TemplateHostContext, name: string): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  } catch {
    // The original error is what the user needs to see; Excel in cell-edit mode refuses this batch too.
  }
}

/** 撤销 of an insert: deletes the sheet if it is still there; false when it is gone already. */
export async function removeInsertedSheet(context: TemplateHostContext, inserted: InsertedSheet): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(inserted.id);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.delete();
  await context.sync();
  return true;
}
