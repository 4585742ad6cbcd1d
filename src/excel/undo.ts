// 撤销: the last change of the journal, whatever it was — cells put back from their snapshot, or a sheet that
// 插入模板 added deleted again (found by its id, so a rename since does not matter).

import { undoLast } from "./clear-marks";
import { Features } from "../host/features";
import { removeInsertedSheet } from "./insert-template";
import { Journal } from "../host/journal";
import { AddinContext } from "./office-host";

export interface Undone {
  readonly label: string;
  readonly syncs: number;
  /** A sheet that was deleted; `gone` when it had already been deleted by hand. */
  readonly removedSheet?: { readonly name: string; readonly gone: boolean };
}

export async function undo(context: AddinContext, journal: Journal, features: Features): Promise<Undone | undefined> {
  const change = journal.last;
  if (!change) return undefined;
  if (!change.addedSheet) return undoLast(context, journal, features);
  const removed = await removeInsertedSheet(context, change.addedSheet);
  journal.undone(change);
  return { label: change.label, syncs: removed ? 2 : 1, removedSheet: { name: change.addedSheet.name, gone: !removed } };
}
