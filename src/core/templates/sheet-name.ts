// A name for a new scorecard sheet that no sheet of the workbook has: 附表15-1, 附表15-2, … as the seed numbers
// its scorecards, 附表14, 附表14-2, … for the department's. Excel compares sheet names case-insensitively.

import { TemplateKind } from "./model";

export function uniqueSheetName(existing: readonly string[], kind: TemplateKind): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const candidate = (k: number) => (kind === "project" ? `附表15-${k}` : k === 1 ? "附表14" : `附表14-${k}`);
  for (let k = 1; ; k++) {
    const name = candidate(k);
    if (!taken.has(name.toLowerCase())) return name;
  }
}
