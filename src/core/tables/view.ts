// A read-only window on one table's cells, with the helpers every binder needs: folded label text,
// bound fields, merge-aware header labels and row scanning. Keeps binders free of grid details.

import { cellRef, CellRef } from "../grid/address";
import { formatAt, GridSheet, mergeAt, valueAt } from "../grid/grid";
import { displayText, numFromCell } from "../numbers/parse";
import { normLabel } from "../text/normalize";
import { Field } from "./model";

export class TableView {
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
    return displayText(valueAt(this.sheet, row, col), formatAt(this.sheet, row, col));
  }

  /** Folded label text (no spaces or line breaks, half-width). */
  label(row: number, col: number): string {
    return normLabel(this.text(row, col));
  }

  /** Label of a cell, or of the merged area it lies in (header cells are often merged). */
  mergedLabel(row: number, col: number): string {
    const m = mergeAt(this.sheet, row, col);
    return m ? this.label(m.top, m.left) : this.label(row, col);
  }

  ref(row: number, col: number): CellRef {
    return cellRef(this.sheet.name, row, col);
  }

  field(row: number, col: number): Field {
    const value = valueAt(this.sheet, row, col);
    const format = formatAt(this.sheet, row, col);
    return { ref: this.ref(row, col), num: numFromCell(value, format), text: displayText(value, format) };
  }

  isEmptyRow(row: number): boolean {
    for (let c = this.left; c <= this.right; c++) if (this.text(row, c).trim() !== "") return false;
    return true;
  }

  /** Non-empty labels of a row, left to right. */
  rowLabels(row: number): { col: number; label: string }[] {
    const out: { col: number; label: string }[] = [];
    for (let c = this.left; c <= this.right; c++) {
      const label = this.label(row, c);
      if (label) out.push({ col: c, label });
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
