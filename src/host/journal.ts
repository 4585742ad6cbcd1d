// The add-in's own undo history. Excel may clear its undo stack after an add-in writes, so every change keeps
// the state it replaced; 撤销 puts the last one back, 清除标记 puts back the state under the current marks.

import { cellKey } from "../core/grid/address";
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

  /**
   * 自动复查 continues the 校验 before it: when the last change left the marks this one started from and has the same
   * label, the two become one (the earlier state of a cell wins), so 撤销 takes the marks back to before the 校验 in
   * one step and the history does not fill with one entry per edit. Otherwise the change is recorded as it is.
   */
  continueLast(change: Change): void {
    const last = this.last;
    if (!last || last.label !== change.label || last.marksAfter !== this.currentMarks || change.marksBefore !== this.currentMarks || last.addedSheet || change.addedSheet) {
      this.record(change);
      return;
    }
    const had = new Set(last.before.cells.map((c) => cellKey(c.cell)));
    const before = { cells: [...last.before.cells, ...change.before.cells.filter((c) => !had.has(cellKey(c.cell)))] };
    this.changes[this.changes.length - 1] = { ...last, before, marksAfter: change.marksAfter };
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
    // One pruned copy per snapshot, so that "the marks the last change left" stays the same object (continueLast).
    const pruned = new Map<Snapshot, Snapshot>();
    const prune = (s: Snapshot | undefined) => {
      if (!s) return s;
      let p = pruned.get(s);
      if (!p) pruned.set(s, (p = { cells: s.cells.filter((c) => keep.has(c.cell.sheet)) }));
      return p;
    };
    this.currentMarks = prune(this.currentMarks);
    for (let i = 0; i < this.changes.length; i++) {
      const c = this.changes[i];
      this.changes[i] = { ...c, before: prune(c.before)!, marksBefore: prune(c.marksBefore), marksAfter: prune(c.marksAfter) };
    }
  }
}
