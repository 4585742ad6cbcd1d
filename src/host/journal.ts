// The add-in's own undo history. Excel may clear its undo stack after an add-in writes, so every change keeps
// the state it replaced; 撤销 puts the last one back, 清除标记 puts back the state under the current marks.

import { Snapshot } from "./cell-state";
import type { InsertedSheet } from "./types";

export interface Change {
  /** What the user did, in the UI's words: "校验", "清除标记", "填充", "插入模板". */
  readonly label: string;
  /** State of every cell the change wrote, before it. */
  readonly before: Snapshot;
  /** A sheet the change added (插入模板): undoing the change deletes it. */
  readonly addedSheet?: InsertedSheet;
  /** Original state under the marks before and after the change (undefined: no marks). */
  readonly marksBefore: Snapshot | undefined;
  readonly marksAfter: Snapshot | undefined;
}

export class Journal {
  private readonly changes: Change[] = [];
  private currentMarks: Snapshot | undefined;

  constructor(private readonly limit = 20) {}

  /** Original state of every cell currently marked; undefined when nothing is marked. */
  get marks(): Snapshot | undefined {
    return this.currentMarks;
  }

  get last(): Change | undefined {
    return this.changes[this.changes.length - 1];
  }

  record(change: Change): void {
    this.changes.push(change);
    if (this.changes.length > this.limit) this.changes.shift();
    this.currentMarks = change.marksAfter;
  }

  /** Forgets the last change after it was undone; the marks go back to what they were before it. */
  undone(change: Change): void {
    if (this.last !== change) throw new Error("only the last change can be undone");
    this.changes.pop();
    this.currentMarks = change.marksBefore;
  }

  /** Drops cells on sheets that no longer exist (their state cannot be put back). */
  forgetSheetsOtherThan(names: readonly string[]): void {
    const keep = new Set(names);
    const prune = (s: Snapshot | undefined) => s && { cells: s.cells.filter((c) => keep.has(c.cell.sheet)) };
    this.currentMarks = prune(this.currentMarks);
    for (let i = 0; i < this.changes.length; i++) {
      const c = this.changes[i];
      this.changes[i] = { ...c, before: prune(c.before)!, marksBefore: prune(c.marksBefore), marksAfter: prune(c.marksAfter) };
    }
  }
}
