// Finding the tables in a grid: by their titles and their "公开NN表" / "附表NN" markers, wherever they sit.
// A table runs from its anchor (title or marker, whichever comes first) down to the next anchor on the
// same sheet, so one sheet may hold one table or all of them.

import { CellValue, Grid, GridSheet, sheetBottom, sheetRight, valueAt, formatAt } from "../grid/grid";
import { displayText } from "../numbers/parse";
import { normLabel } from "../text/normalize";
import { TableId } from "./model";

export interface LocatedTable {
  readonly id: TableId;
  readonly sheet: GridSheet;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly titleRow: number;
  readonly titleCol: number;
  readonly title: string;
  readonly marker?: string;
}

/** Title patterns on the folded title with any "XX单位2023年度" prefix removed. Order matters: specific first. */
const TITLES: readonly [TableId, RegExp][] = [
  ["公开05", /^一般公共预算财政拨款收入支出决算表$/],
  ["公开06", /^一般公共预算财政拨款基本支出决算(明细)?表$/],
  ["公开07", /^一般公共预算财政拨款项目支出决算(明细)?表$/],
  ["公开08", /^政府性基金预算财政拨款收入支出决算表$/],
  ["公开09", /^国有资本经营预算财政拨款(收入)?支出决算表$/],
  ["公开04", /^财政拨款收入支出决算(总)?表$/],
  ["公开01", /^(部门)?收入支出决算(总)?表$/],
  ["公开02", /^(部门)?收入决算表$/],
  ["公开03", /^(部门)?支出决算表$/],
  ["公开11", /^一般公共预算(财政拨款)?"三公"经费(支出)?(情况|决算)表$/],
  ["公开10", /^财政拨款"三公"经费.*(情况|决算)表$/],
  ["公开12", /^国有资产(占有)?使用情况表$/],
  ["附表14", /^部门整体支出绩效自评表$/],
  ["附表15", /^项目支出绩效自评表$/],
];

const PREFIX = /^.*?\d{4}年度?/;

export function titleId(label: string): TableId | undefined {
  if (!label || label.length > 60) return undefined;
  const candidates = [label, label.replace(PREFIX, "")];
  for (const text of candidates) {
    const core = text.replace(/[(（].*[)）]$/, "");
    for (const [id, re] of TITLES) if (re.test(core)) return id;
  }
  return undefined;
}

/** "公开01表" → 公开01; "附表15-3" → 附表15; "附表14" → 附表14. Other 附表 numbers are ignored. */
export function markerId(label: string): { id: TableId; marker: string } | undefined {
  let m = /^公开(\d{1,2})表?$/.exec(label);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12) return { id: `公开${String(n).padStart(2, "0")}` as TableId, marker: label };
  }
  m = /^附表(14|15)(-\d+)?$/.exec(label);
  if (m) return { id: `附表${m[1]}` as TableId, marker: label };
  return undefined;
}

interface Anchor {
  row: number;
  col: number;
  /** Undefined for a heading we do not bind (附表13 自评情况): it only ends the table above it. */
  id?: TableId;
  title?: { row: number; col: number; text: string };
  marker?: { row: number; label: string };
}

/** Headings of parts we do not bind; they end the table above them. */
const STOPPERS = /^.{4,}(绩效自评(工作)?情况|绩效自评报告)$/;

function anchorsOf(sheet: GridSheet): Anchor[] {
  const titles: { row: number; col: number; id: TableId; text: string }[] = [];
  const markers: { row: number; col: number; id: TableId; label: string }[] = [];
  const loose: { row: number; col: number }[] = [];
  const stoppers: Anchor[] = [];
  const bottom = sheetBottom(sheet);
  const right = sheetRight(sheet);
  for (let r = sheet.top; r <= bottom; r++) {
    for (let c = sheet.left; c <= right; c++) {
      const v = valueAt(sheet, r, c);
      // Titles, markers and stoppers are short and name a 表, 情况 or 报告: skip amounts and prose cheaply.
      if (typeof v !== "string" || v.length > 80 || !/[表况告]/.test(v)) continue;
      const label = normLabel(v);
      if (!label) continue;
      const mk = markerId(label);
      if (mk) {
        markers.push({ row: r, col: c, id: mk.id, label: mk.marker });
        continue;
      }
      if (/^附表\d+(-\d+)?$/.test(label)) {
        loose.push({ row: r, col: c });
        continue;
      }
      const id = titleId(label);
      if (id) titles.push({ row: r, col: c, id, text: displayText(v, formatAt(sheet, r, c)).trim() });
      else if (label.length <= 40 && c <= sheet.left + 1 && STOPPERS.test(label)) stoppers.push({ row: r, col: c });
    }
  }
  // Pair each title with the nearest marker a few rows away. A 公开NN marker names the table even when the
  // title is worded loosely; a 附表 marker only confirms a scorecard title of the same number.
  const anchors: Anchor[] = [];
  const usedMarkers = new Set<number>();
  for (const t of titles) {
    let best = -1;
    for (let i = 0; i < markers.length; i++) {
      if (usedMarkers.has(i)) continue;
      const m = markers[i];
      const fits = m.id.startsWith("公开") ? !t.id.startsWith("附表") : m.id === t.id;
      const d = Math.abs(m.row - t.row);
      if (fits && d <= 4 && (best < 0 || d < Math.abs(markers[best].row - t.row))) best = i;
    }
    const mk = best >= 0 ? markers[best] : undefined;
    if (mk) usedMarkers.add(best);
    anchors.push({
      row: mk ? Math.min(mk.row, t.row) : t.row,
      col: t.col,
      id: mk ? mk.id : t.id,
      title: { row: t.row, col: t.col, text: t.text },
      marker: mk ? { row: mk.row, label: mk.label } : undefined,
    });
  }
  // A 公开NN marker with no title nearby still opens a table (titles are sometimes left out).
  markers.forEach((m, i) => {
    if (!usedMarkers.has(i) && m.id.startsWith("公开")) anchors.push({ row: m.row, col: m.col, id: m.id, marker: { row: m.row, label: m.label } });
  });
  // A stray 附表NN just above a table (the seed's "附表12" above 公开12) belongs to that table.
  const strays = [...loose, ...markers.filter((_, i) => !usedMarkers.has(i) && !markers[i].id.startsWith("公开"))];
  for (const m of strays) {
    const next = anchors.find((a) => a.row > m.row && a.row - m.row <= 3);
    if (next) next.row = m.row;
  }
  return [...anchors, ...stoppers].sort((a, b) => a.row - b.row || a.col - b.col);
}

export function locateTables(grid: Grid): LocatedTable[] {
  const out: LocatedTable[] = [];
  for (const sheet of grid.sheets) {
    const anchors = anchorsOf(sheet);
    const bottom = sheetBottom(sheet);
    const right = sheetRight(sheet);
    anchors.forEach((a, i) => {
      if (!a.id) return;
      // Down to the next anchor below; across to the next anchor on the same row (tables side by side).
      const below = anchors.slice(i + 1).find((b) => b.row > a.row);
      let end = below ? below.row - 1 : bottom;
      const beside = anchors.filter((b) => b !== a && b.row === a.row);
      const minCol = Math.max(sheet.left, ...beside.filter((b) => b.col < a.col).map((b) => b.col + 1));
      const maxCol = Math.min(right, ...beside.filter((b) => b.col > a.col).map((b) => b.col - 1));
      // Drop trailing empty rows.
      while (end > a.row && rowEmpty(sheet, end, minCol, maxCol)) end--;
      // Leftmost / rightmost used columns within the span.
      let left = maxCol;
      let rightmost = minCol;
      for (let r = a.row; r <= end; r++) {
        for (let c = minCol; c <= maxCol; c++) {
          if (!isBlank(valueAt(sheet, r, c))) {
            left = Math.min(left, c);
            rightmost = Math.max(rightmost, c);
          }
        }
      }
      if (left > rightmost) left = rightmost = a.col;
      out.push({
        id: a.id as TableId,
        sheet,
        top: a.row,
        bottom: end,
        left,
        right: rightmost,
        titleRow: a.title?.row ?? a.row,
        titleCol: a.title?.col ?? a.col,
        title: a.title?.text ?? "",
        marker: a.marker?.label,
      });
    });
  }
  return out;
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function rowEmpty(sheet: GridSheet, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(valueAt(sheet, row, c))) return false;
  return true;
}
