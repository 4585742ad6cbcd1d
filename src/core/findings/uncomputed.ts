// Formulas whose result was never saved (files written by scripts or exporters, or saved without recalculation).
// Their value is unknown, so the checks that need them are skipped; one warning per table names the cells, so
// the user knows which figures were not checked and why.

import { cellA1, cellRef, CellRef, compareCells } from "../grid/address";
import { formulaAt, Grid, valueAt } from "../grid/grid";
import { isUncomputed } from "../numbers/parse";
import { BoundWorkbook, Field } from "../tables/model";
import { Finding } from "./finding";

/** Cells listed by address in the message; the finding's `cells` holds them all. */
const LISTED = 8;

export function uncomputedFormulaFindings(grid: Grid, wb: BoundWorkbook): Finding[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const out: Finding[] = [];
  for (const t of wb.tables) {
    const sheet = sheets.get(t.sheet);
    if (!sheet?.formulas) continue;
    const cells: CellRef[] = [];
    const seen = new Set<string>();
    const consider = (r: number, c: number) => {
      const key = `${r}:${c}`;
      if (seen.has(key) || valueAt(sheet, r, c) !== null || !isUncomputed(null, formulaAt(sheet, r, c))) return;
      seen.add(key);
      cells.push(cellRef(t.sheet, r, c));
    };
    for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) consider(r, c);
    // A column bound from its header may reach past the used range of the table's own rows.
    if ("rows" in t && Array.isArray(t.rows)) for (const row of t.rows) for (const f of Object.values(row.cells) as Field[]) consider(f.ref.row, f.ref.col);
    cells.sort(compareCells);
    if (cells.length === 0) continue;
    const shown = cells.slice(0, LISTED).map(cellA1).join("、");
    const listed = cells.length > LISTED ? `${shown} 等 ${cells.length} 个单元格` : `${shown} `;
    out.push({
      rule: "read.uncomputed-formula",
      check: "uncomputed-formula",
      severity: "warning",
      table: t.id,
      kind: t.kind,
      sheet: t.sheet,
      cell: cells[0],
      cells,
      data: { count: String(cells.length), cells: shown },
      message: `公式未计算：请在 Excel/WPS 中重新计算并保存。本表 ${listed}的公式没有保存计算结果，数值未知，涉及这些单元格的校验已跳过`,
    });
  }
  return out;
}
