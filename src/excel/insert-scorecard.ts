// 插入模板 as a change of the add-in's journal, so 撤销 deletes the sheet again (undo.ts).

import { EMPTY_SNAPSHOT } from "../host/cell-state";
import { InsertedSheet, insertTemplate, InsertTemplateRequest } from "./insert-template";
import { Journal } from "../host/journal";
import { TemplateHostContext } from "./template-host";

export const INSERT_LABEL = "插入模板";

export async function insertScorecard(context: TemplateHostContext, journal: Journal, request: InsertTemplateRequest): Promise<InsertedSheet> {
  const sheet = await insertTemplate(context, request);
  journal.record({ label: INSERT_LABEL, before: EMPTY_SNAPSHOT, addedSheet: sheet, marksBefore: journal.marks, marksAfter: journal.marks });
  return sheet;
}
