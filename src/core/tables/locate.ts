// Finding the tables in a grid: by their titles (any pack's wording) and their markers ("公开07表", "表7",
// "附表15-3"), wherever they sit. A table runs from its anchor (title or marker, whichever comes first) down
// to the next anchor on the same sheet, so one sheet may hold one table or all of them. What each table is —
// its kind, layout and label — is then decided for the workbook as a whole (packs/identify.ts).

import { CellValue, Grid, GridSheet, sheetBottom, sheetRight, valueAt, formatAt } from "../grid/grid";
import { displayText } from "../numbers/parse";
import { normLabel } from "../text/normalize";
import { identify, Identity, Sighting } from "../packs/identify";
import { Marker, parseMarker } from "../packs/markers";
import { TemplatePack } from "../packs/model";
import { PACKS } from "../packs/index";
import { UnrecognisedTable } from "./model";
import { isWaiverSheet } from "../waivers/sheet";

export interface LocatedTable {
  readonly sheet: GridSheet;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly titleRow: number;
  readonly titleCol: number;
  readonly title: string;
  /** The marker as printed ("公开07表"), when the table has one. */
  readonly marker?: string;
  /** The same marker, read: its scheme and number. */
  readonly parsedMarker?: Marker;
  readonly identity: Identity;
}


export interface Located {
  readonly tables: readonly LocatedTable[];
  readonly unrecognised: readonly UnrecognisedTable[];
  readonly pack: TemplatePack;
  readonly forced: boolean;
}

const PREFIX = /^.*?\d{4}年度?/;

/** The title as packs match it: folded, any "某单位2023年度" prefix and a trailing "(…)" removed. */
export function titleKey(label: string): string | undefined {
  if (!label || label.length > 60) return undefined;
  const candidates = [label, label.replace(PREFIX, "")].map((t) => t.replace(/[(（].*[)）]$/, ""));
  for (const text of candidates) if (PACKS.some((p) => p.tables.some((t) => t.titles.some((re) => re.test(text))))) return text;
  return undefined;
}

/** Looks like the title of a disclosure table, known or not. */
const TITLE_LIKE = /(决算|预算|情况|明细).*表$/;

interface Anchor {
  row: number;
  col: number;
  /** Absent for a heading we do not bind (附表13 自评情况, an unknown table): it only ends the table above it. */
  title?: { row: number; col: number; text: string; key: string };
  marker?: { row: number; marker: Marker };
  unknownTitle?: string;
  /** Opened by a marker alone (no title nearby). */
  markerOnly?: boolean;
}

/** Headings of parts we do not bind; they end the table above them. */
const STOPPERS = /^.{4,}(绩效自评(工作)?情况|绩效自评报告)$/;

function anchorsOf(sheet: GridSheet): Anchor[] {
  const titles: { row: number; col: number; key: string; text: string; scorecard: boolean }[] = [];
  const markers: { row: number; col: number; marker: Marker }[] = [];
  const stoppers: Anchor[] = [];
  const bottom = sheetBottom(sheet);
  const right = sheetRight(sheet);
  for (let r = sheet.top; r <= bottom; r++) {
    for (let c = sheet.left; c <= right; c++) {
      const v = valueAt(sheet, r, c);
      // Titles, markers and stoppers are short and name a 表, 件, 情况 or 报告: skip amounts and prose cheaply.
      if (typeof v !== "string" || v.length > 80 || !/[表件况告]/.test(v)) continue;
      const label = normLabel(v);
      if (!label) continue;
      const marker = parseMarker(label);
      if (marker) {
        markers.push({ row: r, col: c, marker });
        continue;
      }
      const key = titleKey(label);
      if (key) titles.push({ row: r, col: c, key, text: displayText(v, formatAt(sheet, r, c)).trim(), scorecard: /绩效自评表$/.test(key) });
      else if (label.length <= 40 && c <= sheet.left + 1 && STOPPERS.test(label)) stoppers.push({ row: r, col: c });
      else if (label.length <= 40 && TITLE_LIKE.test(label.replace(PREFIX, "")) && !/[,，。;；]/.test(label)) {
        stoppers.push({ row: r, col: c, unknownTitle: displayText(v, formatAt(sheet, r, c)).trim() });
      }
    }
  }
  // Pair each title with the nearest marker a few rows away. A 附表 marker pairs with scorecards only (a stray
  // "附表12" above 公开12 is no number of the disclosure set); the others with any title.
  const anchors: Anchor[] = [];
  const usedMarkers = new Set<number>();
  for (const t of titles) {
    let best = -1;
    for (let i = 0; i < markers.length; i++) {
      if (usedMarkers.has(i)) continue;
      const m = markers[i];
      const fits = m.marker.scheme === "附表" ? t.scorecard : true;
      const d = Math.abs(m.row - t.row);
      if (fits && d <= 4 && (best < 0 || d < Math.abs(markers[best].row - t.row))) best = i;
    }
    const mk = best >= 0 ? markers[best] : undefined;
    if (mk) usedMarkers.add(best);
    anchors.push({
      row: mk ? Math.min(mk.row, t.row) : t.row,
      col: t.col,
      title: { row: t.row, col: t.col, text: t.text, key: t.key },
      marker: mk ? { row: mk.row, marker: mk.marker } : undefined,
    });
  }
  // An unknown title carries the marker beside it (政府采购情况表 under 表十): one unrecognised table, not two.
  for (const s of stoppers) {
    if (!s.unknownTitle) continue;
    const i = markers.findIndex((x, k) => !usedMarkers.has(k) && Math.abs(x.row - s.row) <= 2);
    if (i < 0) continue;
    usedMarkers.add(i);
    s.marker = { row: markers[i].row, marker: markers[i].marker };
  }
  // A 公开NN / 表N marker with no title nearby still opens a table (titles are sometimes left out).
  markers.forEach((m, i) => {
    if (!usedMarkers.has(i) && (m.marker.scheme === "公开" || m.marker.scheme === "表")) {
      usedMarkers.add(i);
      anchors.push({ row: m.row, col: m.col, marker: { row: m.row, marker: m.marker }, markerOnly: true });
    }
  });
  // A stray marker just above a table (the seed's "附表12" above 公开12) belongs to that table.
  for (const [i, m] of markers.entries()) {
    if (usedMarkers.has(i)) continue;
    const next = anchors.find((a) => a.row > m.row && a.row - m.row <= 3);
    if (next) next.row = m.row;
  }
  return [...anchors, ...stoppers].sort((a, b) => a.row - b.row || a.col - b.col);
}

interface Span {
  readonly sheet: GridSheet;
  readonly anchor: Anchor;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function spansOf(sheet: GridSheet): { spans: Span[]; unknown: UnrecognisedTable[] } {
  const anchors = anchorsOf(sheet);
  const bottom = sheetBottom(sheet);
  const right = sheetRight(sheet);
  const spans: Span[] = [];
  const unknown: UnrecognisedTable[] = [];
  anchors.forEach((a, i) => {
    if (a.unknownTitle) unknown.push({ sheet: sheet.name, row: a.row, col: a.col, title: a.unknownTitle, marker: a.marker?.marker.label });
    if (!a.title && !a.markerOnly) return;
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
    spans.push({ sheet, anchor: a, top: a.row, bottom: end, left, right: rightmost });
  });
  return { spans, unknown };
}

/** Folded labels of the first rows below the title: what header signatures are tested on. */
const HEADER_ROWS = 8;

function sightingOf(span: Span): Sighting {
  const first = (span.anchor.title?.row ?? span.top) + 1;
  const headerRows: string[][] = [];
  // The first rows with labels below the title (marker, 部门 and 单位 lines included; blank rows skipped).
  for (let r = first; r <= span.bottom && headerRows.length < HEADER_ROWS; r++) {
    const row: string[] = [];
    for (let c = span.left; c <= span.right; c++) {
      const v = valueAt(span.sheet, r, c);
      if (typeof v === "string" && v.trim()) row.push(normLabel(v));
    }
    if (row.length) headerRows.push(row);
  }
  return { title: span.anchor.title?.key ?? "", marker: span.anchor.marker?.marker, headerRows };
}

export function locateTables(grid: Grid, forced?: TemplatePack): Located {
  const spans: Span[] = [];
  const unrecognised: UnrecognisedTable[] = [];
  for (const sheet of grid.sheets) {
    if (isWaiverSheet(sheet.name)) continue; // the add-in's own store of 忽略说明, never a table
    const found = spansOf(sheet);
    spans.push(...found.spans);
    unrecognised.push(...found.unknown);
  }
  const { pack, forced: wasForced, tables: identities } = identify(spans.map(sightingOf), forced);
  const tables: LocatedTable[] = [];
  spans.forEach((s, i) => {
    const identity = identities[i];
    const a = s.anchor;
    if (!identity) {
      // A marker no pack numbers and no title: nothing to bind, but say it is there.
      if (a.marker) unrecognised.push({ sheet: s.sheet.name, row: a.row, col: a.col, title: a.title?.text ?? "", marker: a.marker.marker.label });
      return;
    }
    tables.push({
      sheet: s.sheet,
      top: s.top,
      bottom: s.bottom,
      left: s.left,
      right: s.right,
      titleRow: a.title?.row ?? a.row,
      titleCol: a.title?.col ?? a.col,
      title: a.title?.text ?? "",
      marker: a.marker?.marker.label,
      parsedMarker: a.marker?.marker,
      identity,
    });
  });
  return { tables, unrecognised, pack, forced: wasForced };
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function rowEmpty(sheet: GridSheet, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(valueAt(sheet, row, c))) return false;
  return true;
}
