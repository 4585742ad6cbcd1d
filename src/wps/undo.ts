// 撤销 on WPS 表格: the journal's last change, cells put back from their snapshot or an inserted sheet deleted.

import { Journal } from "../host/journal";
import { UndoResult } from "../host/types";
import { restore } from "./actions";
import { EtApplication } from "./et";
import { removeInsertedSheet } from "./insert-template";

export function undo(app: EtApplication, journal: Journal): UndoResult | undefined {
  const change = journal.last;
  if (!change) return undefined;
  if (change.addedSheet) {
    const removed = removeInsertedSheet(app, change.addedSheet);
    journal.undone(change);
    return { label: change.label, removedSheet: { name: change.addedSheet.name, gone: !removed } };
  }
  restore(app, change.before);
  journal.undone(change);
  return { label: change.label };
}
