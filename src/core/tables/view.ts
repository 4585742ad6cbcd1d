// A read-only window on one table's cells, with the helpers every binder needs: folded label text,
// bound fields, merge-aware header labels and row scanning. Keeps binders free of grid details.

import { cellRef, CellRef } from "../grid/address";
import { formatAt, formulaAt, GridSheet, isCellError, mergeAt, valueAt } from "../grid/grid";
import { displayText, isUncomputed, numFromCell, parseNumberText, UNCOMPUTED_NUM } from "../numbers/parse";
import { normLabel } from "../text/normalize";
import { Field } from "./model";

/** Excel's column limit: row × COLS + col is a unique number per cell, wherever on the sheet it lies. */
const COLS = 16384;

export class TableView {
  // Per-cell caches. Binders ask for the same cells again and again (label columns, header scans, row matching,
  // notes), and showing a number means formatting it through decimal.js: without these, formatting and label
  // folding were over half of analyze() on the sample. The grid is immutable, so a cached answer stays right.
  private readonly texts = new Map<number, string>();
  private readonly labels = new Map<number, string>();
  private readonly fields = new Map<number, Field>();
  private readonly rowLabelCache = new Map<number, readonly { col: number; label: string }[]>();

  constructor(
    readonly sheet: GridSheet,
    readonly top: number,
    readonly bottom: number,
    readonly left: number,
    readonly right: number,
  ) {}

  get name(): string {
    return this.sheet.name;
  }

  /** Displayed text of a cell. */
  text(row: number, col: number): string {
    const key = row * COLS + col;
    let t = this.texts.get(key);
    if (t === undefined) {
      t = displayText(valueAt(this.sheet, row, col), formatAt(this.sheet, row, col));
      this.texts.set(key, t);
    }
    return t;
  }

  /** Folded label text (no spaces or line breaks, half-width). */
  label(row: number, col: number): string {
    const key = row * COLS + col;
    let l = this.labels.get(key);
    if (l === undefined) {
      l = normLabel(this.text(row, col));
      this.labels.set(key, l);
    }
    return l;
  }

  /** Label of a cell, or of the merged area it lies in (header cells are often merged). */
  mergedLabel(row: number, col: number): string {
    const m = mergeAt(this.sheet, row, col);
    return m ? this.label(m.top, m.left) : this.label(row, col);
  }

  ref(row: number, col: number): CellRef {
    return cellRef(this.sheet.name, row, col);
  }

  /** The bound field of a cell. The same object for the same cell: fields are never changed. */
  field(row: number, col: number): Field {
    const key = row * COLS + col;
    let f = this.fields.get(key);
    if (f === undefined) {
      const value = valueAt(this.sheet, row, col);
      const text = this.text(row, col);
      // numFromCell parses the displayed text, except for errors and booleans: reuse the text already shown.
      const num =
        value === null && isUncomputed(value, formulaAt(this.sheet, row, col))
          ? UNCOMPUTED_NUM
          : isCellError(value) || typeof value === "boolean"
            ? numFromCell(value, formatAt(this.sheet, row, col))
            : parseNumberText(text);
      f = { ref: this.ref(row, col), num, text };
      this.fields.set(key, f);
    }
    return f;
  }

  isEmptyRow(row: number): boolean {
    for (let c = this.left; c <= this.right; c++) if (this.text(row, c).trim() !== "") return false;
    return true;
  }

  /** Non-empty labels of a row, left to right (shared between callers: do not change it). */
  /** The first non-empty cell of a row, without formatting the rest of it. */
  firstLabel(row: number): { col: number; label: string } | undefined {
    for (let c = this.left; c <= this.right; c++) {
      const v = valueAt(this.sheet, row, c);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      const label = this.label(row, c);
      if (label) return { col: c, label };
    }
    return undefined;
  }

  rowLabels(row: number): readonly { col: number; label: string }[] {
    let out = this.rowLabelCache.get(row);
    if (out === undefined) {
      const labels: { col: number; label: string }[] = [];
      for (let c = this.left; c <= this.right; c++) {
        const label = this.label(row, c);
        if (label) labels.push({ col: c, label });
      }
      out = labels;
      this.rowLabelCache.set(row, out);
    }
    return out;
  }

  /** First cell (row-major) in [fromRow, toRow] whose folded label satisfies the test. */
  find(test: (label: string) => boolean, fromRow = this.top, toRow = this.bottom): { row: number; col: number; label: string } | undefined {
    for (let r = fromRow; r <= toRow; r++) {
      for (let c = this.left; c <= this.right; c++) {
        const label = this.label(r, c);
        if (label && test(label)) return { row: r, col: c, label };
      }
    }
    return undefined;
  }

  /**
   * Header labels per column over the given header rows: each column gets the labels stacked above it,
   * merged cells counting for every column they span. Joined with "/" so "本年支出/基本支出/人员经费".
   */
  headerPaths(rows: readonly number[]): Map<number, string> {
    const out = new Map<number, string>();
    for (let c = this.left; c <= this.right; c++) {
      const parts: string[] = [];
      for (const r of rows) {
        const l = this.mergedLabel(r, c);
        if (l && parts[parts.length - 1] !== l) parts.push(l);
      }
      out.set(c, parts.join("/"));
    }
    return out;
  }
}
