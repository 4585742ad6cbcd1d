// What the reader could not read becomes a finding, so it shows up in the same list as broken identities.

import { cellRef } from "../grid/address";
import { BoundWorkbook } from "../tables/model";
import { Finding } from "./finding";

export function readProblemFindings(wb: BoundWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const t of wb.tables) {
    for (const p of t.problems) {
      const cell = p.cell ?? cellRef(t.sheet, t.range.top, t.range.left);
      out.push({
        rule: `read.${p.code}`,
        check: p.code,
        severity: p.code === "unreadable-cell" ? "error" : "warning",
        table: t.id,
        kind: t.kind,
        sheet: cell.sheet,
        cell,
        cells: [cell],
        data: {},
        message: p.message,
      });
    }
  }
  for (const p of wb.problems) {
    if (!p.cell || !p.table || !p.kind) continue;
    out.push({
      rule: `read.${p.code}`,
      check: p.code,
      severity: "warning",
      table: p.table,
      kind: p.kind,
      sheet: p.cell.sheet,
      cell: p.cell,
      cells: [p.cell],
      data: {},
      message: p.message,
    });
  }
  return out;
}
