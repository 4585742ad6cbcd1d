// From findings to highlights: one mark per primary cell, coloured by its worst finding, with a note that lists
// every finding pointing at it. Involved cells are not marked; the finding list shows them. A finding answered by
// a waiver (忽略并说明) is not marked either: its reason is shown in the list instead of a red cell.

import { cellKey } from "../grid/address";
import { Finding, Severity, SEVERITY_LABEL } from "../findings/finding";
import { Highlight } from "./plan";

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Highlights in the order their cells first appear among the findings. */
export function highlightsFromFindings(findings: readonly Finding[]): Highlight[] {
  const byCell = new Map<string, { cell: Finding["cell"]; severity: Severity; lines: string[] }>();
  for (const f of findings) {
    if (f.waiver) continue;
    const key = cellKey(f.cell);
    let mark = byCell.get(key);
    if (!mark) byCell.set(key, (mark = { cell: f.cell, severity: f.severity, lines: [] }));
    if (RANK[f.severity] < RANK[mark.severity]) mark.severity = f.severity;
    const line = `【${SEVERITY_LABEL[f.severity]}】${f.message}`;
    if (!mark.lines.includes(line)) mark.lines.push(line);
  }
  return [...byCell.values()].map((m) => ({ cell: m.cell, severity: m.severity, note: m.lines.join("\n") }));
}
