// A grid with some sheets read again (自动复查 re-reads only the sheets an edit touched): the fresh sheets take
// the place of those of the same name, in the workbook's order; a sheet not read again is kept as it was.

import { Grid, GridSheet } from "./grid";

export function replaceSheets(grid: Grid, fresh: readonly GridSheet[]): Grid {
  if (!fresh.length) return grid;
  const byName = new Map(fresh.map((s) => [s.name, s]));
  const sheets = grid.sheets.map((s) => byName.get(s.name) ?? s);
  // A sheet added since the last full read goes at the end until the next one puts it in its place.
  for (const s of fresh) if (!grid.sheets.some((g) => g.name === s.name)) sheets.push(s);
  return { sheets };
}
