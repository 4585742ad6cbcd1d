// `check --out`: a copy of the workbook with each flagged cell filled by severity and a note explaining it.
// Only fills and notes change; values, formulas and formats stay as they were.

import ExcelJS from "exceljs";
import { Finding } from "../core/findings/finding";
import { highlightsFromFindings } from "../core/plan/highlights";
import { SEVERITY_FILL } from "../core/plan/plan";
import { workbookOf } from "./load";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function annotateWorkbook(wb: ExcelJS.Workbook, findings: readonly Finding[]): number {
  let marked = 0;
  for (const h of highlightsFromFindings(findings)) {
    const ws = wb.getWorksheet(h.cell.sheet);
    if (!ws) continue;
    const cell = ws.getCell(h.cell.row + 1, h.cell.col + 1);
    // exceljs shares one style object among cells read with the same style id: replace, never mutate.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(SEVERITY_FILL[h.severity]) } } };
    const previous = typeof cell.note === "string" ? cell.note : cell.note?.texts?.map((t) => t.text).join("") ?? "";
    cell.note = previous ? `${previous}\n\n[juesuan]\n${h.note}` : `[juesuan]\n${h.note}`;
    marked++;
  }
  return marked;
}

/** The annotated copy of a package already checked: read again by exceljs (which writes it), marked, saved. */
export async function annotatedCopy(data: Buffer, display: string, findings: readonly Finding[]): Promise<Buffer> {
  const wb = await workbookOf(data, display);
  annotateWorkbook(wb, findings);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
