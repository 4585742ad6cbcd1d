// 清除标记 and 撤销: both put a snapshot back and keep the journal straight.

import { Features } from "../host/features";
import { HostContext } from "./host";
import { Journal } from "../host/journal";
import { restoreSnapshot } from "./restore";

export async function clearMarks(context: HostContext, journal: Journal, features: Features): Promise<{ cleared: number; syncs: number }> {
  const marks = journal.marks;
  if (!marks || marks.cells.length === 0) return { cleared: 0, syncs: 0 };
  const result = await restoreSnapshot(context, marks, features);
  journal.record({ label: "清除标记", before: result.before, marksBefore: marks, marksAfter: undefined });
  return { cleared: marks.cells.length, syncs: result.syncs };
}

/** Undoes the last change; returns its label, or undefined when there is nothing to undo. */
export async function undoLast(context: HostContext, journal: Journal, features: Features): Promise<{ label: string; syncs: number } | undefined> {
  const change = journal.last;
  if (!change) return undefined;
  if (change.addedSheet) throw new Error("undoLast restores cells; a change that added a sheet is undone by undo() (undo.ts)");
  const result = await restoreSnapshot(context, change.before, features);
  journal.undone(change);
  return { label: change.label, syncs: result.syncs };
}
