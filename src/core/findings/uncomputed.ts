// Formulas whose result was never saved (files written by scripts or exporters, or saved without recalculation).
// Their value is unknown, so the checks that need them are skipped; one warning per table names the cells, so
// the user knows which figures were not checked and why.

import { cellA1, cellKey, cellRef, CellRef, compareCells, rangeContains } from "../grid/address";
import { formulaAt, Grid, GridSheet, valueAt } from "../grid/grid";
import { isUncomputed } from "../numbers/parse";
import { BoundWorkbook, Field } from "../tables/model";
import { Finding } from "./finding";

/** Cells listed by address in the message; the finding's `cells` holds them all. */
const LISTED = 8;

/** The formulas without a saved result on a sheet, found in one pass over it (most sheets have none). */
function uncomputedCells(sheet: GridSheet): CellRef[] {
  const out: CellRef[] = [];
  const formulas = sheet.formulas;
  if (!formulas) return out;
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      const r = sheet.top + i;
      const c = sheet.left + j;
      if (f && valueAt(sheet, r, c) === null && isUncomputed(null, formulaAt(sheet, r, c))) out.push(cellRef(sheet.name, r, c));
    }),
  );
  return out;
}

export function uncomputedFormulaFindings(grid: Grid, wb: BoundWorkbook): Finding[] {
  const bySheet = new Map(grid.sheets.map((s) => [s.name, uncomputedCells(s)]));
  const out: Finding[] = [];
  for (const t of wb.tables) {
    const candidates = bySheet.get(t.sheet) ?? [];
    if (candidates.length === 0) continue;
    const inTable = new Set<string>();
    // In the table's range, or bound to it: a column bound from its header may reach past the used range of its rows.
    for (const ref of candidates) if (rangeContains(t.range, ref.row, ref.col)) inTable.add(cellKey(ref));
    if ("rows" in t && Array.isArray(t.rows)) for (const row of t.rows) for (const f of Object.values(row.cells) as Field[]) if (f.num.kind === "uncomputed") inTable.add(cellKey(f.ref));
    const cells = candidates.filter((ref) => inTable.has(cellKey(ref)));
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
