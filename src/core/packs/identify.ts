// Which pack a workbook follows, and what each table is in it. A table is what its title and header say; its
// marker ("公开07表", "表7") only confirms that or breaks a tie. The pack is the one that explains the most
// tables: titles it knows, layouts whose header signature it recognises, markers numbered as it numbers them.

import { Marker } from "./markers";
import { LayoutId, PackTable, TableKind, TemplatePack } from "./model";
import { PACKS } from "./index";

/** A table found in the grid, before it is identified: what the reader saw around its title. */
export interface Sighting {
  /** Folded title with any "某单位2023年度" prefix and trailing "(…)" removed; "" when only a marker opened it. */
  readonly title: string;
  readonly marker?: Marker;
  /** Folded labels of the header rows, one array per row. */
  readonly headerRows: readonly (readonly string[])[];
}

export interface Identity {
  readonly kind: TableKind;
  readonly layout: LayoutId;
  /** The workbook's own name for the table in the chosen pack ("公开07"). */
  readonly label: string;
  readonly entry: PackTable;
  /** The pack the entry comes from (another than the workbook's when the workbook mixes sets). */
  readonly pack: TemplatePack;
}

export interface Identification {
  readonly pack: TemplatePack;
  /** The pack was forced (--template, the pane's setting), not detected. */
  readonly forced: boolean;
  /** Per sighting, in order; undefined for a table no pack knows. */
  readonly tables: readonly (Identity | undefined)[];
}

function signatureMatches(entry: PackTable, s: Sighting): boolean | undefined {
  const sig = entry.signature;
  if (!sig) return undefined;
  return s.headerRows.some((row) => sig.every((re) => row.some((label) => re.test(label))));
}

/** The pack's entry for a sighting: by title, then by header signature (a matching one first, a plain one next). */
export function entryFor(pack: TemplatePack, s: Sighting): PackTable | undefined {
  const byTitle = s.title
    ? pack.tables.filter((t) => t.titles.some((re) => re.test(s.title)))
    : pack.tables.filter((t) => t.number !== undefined && t.number === s.marker?.number && s.marker.scheme !== "附表");
  if (byTitle.length <= 1) return byTitle[0];
  return byTitle.find((t) => signatureMatches(t, s) === true) ?? byTitle.find((t) => !t.signature) ?? byTitle[0];
}

/** How well a pack explains one sighting. */
function fit(pack: TemplatePack, s: Sighting): number {
  const entry = entryFor(pack, s);
  if (!entry) return s.title || s.marker ? -1 : 0;
  let score = 1;
  const sig = signatureMatches(entry, s);
  if (sig === true) score += 1;
  if (sig === false) score -= 2;
  if (s.marker && entry.number !== undefined && s.marker.scheme !== "附表") score += s.marker.number === entry.number ? 2 : -1;
  return score;
}

export function identify(sightings: readonly Sighting[], forced?: TemplatePack): Identification {
  let pack = forced ?? PACKS[0];
  if (!forced) {
    let best = -Infinity;
    for (const p of PACKS) {
      const score = sightings.reduce((sum, s) => sum + fit(p, s), 0);
      if (score > best) [pack, best] = [p, score];
    }
  }
  const tables = sightings.map((s): Identity | undefined => {
    const entry = entryFor(pack, s);
    // A header that matches another set's layout of the same kind is that layout, whatever the pack says.
    const relaid = entry && signatureMatches(entry, s) !== true ? otherLayout(pack, entry.kind, s, signatureMatches(entry, s) === false) : undefined;
    if (relaid) return { kind: relaid.e.kind, layout: relaid.e.layout, label: labelOf(pack, relaid.e, s, relaid.p), entry: relaid.e, pack: relaid.p };
    if (entry) return { kind: entry.kind, layout: entry.layout, label: labelOf(pack, entry, s), entry, pack };
    // A table of another set: the pack that fits it best says what it is.
    let other: { p: TemplatePack; e: PackTable; score: number } | undefined;
    for (const p of PACKS) {
      if (p === pack) continue;
      const e = entryFor(p, s);
      const score = fit(p, s);
      if (e && (!other || score > other.score)) other = { p, e, score };
    }
    if (!other || !s.title) return undefined;
    return { kind: other.e.kind, layout: other.e.layout, label: labelOf(pack, other.e, s, other.p), entry: other.e, pack: other.p };
  });
  // Annexes the set does not number (scorecards in the national set) share the label their marked siblings carry.
  const marked = new Map<TableKind, string>();
  tables.forEach((t, i) => {
    if (t && sightings[i].marker && !marked.has(t.kind)) marked.set(t.kind, t.label);
  });
  const labelled = tables.map((t, i) => (t && !sightings[i].marker && t.label === KIND_NAMES[t.kind] && marked.has(t.kind) ? { ...t, label: marked.get(t.kind)! } : t));
  return { pack, forced: !!forced, tables: labelled };
}

/**
 * Another set's layout of the same kind that the header shows: one whose signature matches; or, when the pack's
 * own layout is ruled out by its signature (a table listed down where the set lays it across), a plain one.
 */
function otherLayout(pack: TemplatePack, kind: TableKind, s: Sighting, ownRuledOut: boolean): { p: TemplatePack; e: PackTable } | undefined {
  const candidates = PACKS.filter((p) => p !== pack).flatMap((p) => p.tables.filter((t) => t.kind === kind && t.titles.some((re) => re.test(s.title))).map((e) => ({ p, e })));
  return candidates.find(({ e }) => signatureMatches(e, s) === true) ?? (ownRuledOut ? candidates.find(({ e }) => !e.signature) : undefined);
}

/** The chosen pack's number for the kind when it has one; else the marker as printed; else the kind's usual label. */
function labelOf(pack: TemplatePack, entry: PackTable, s: Sighting, from: TemplatePack = pack): string {
  const own = pack.tables.find((t) => t.kind === entry.kind && t.number !== undefined);
  if (own?.number !== undefined) return pack.label(own.number);
  // A kind the set does not number keeps its marker's label, unless the set gives that label to another table.
  if (s.marker) {
    const label = markerLabel(s.marker);
    const taken = pack.tables.some((t) => t.kind !== entry.kind && t.number !== undefined && pack.label(t.number) === label);
    return taken ? KIND_NAMES[entry.kind] : label;
  }
  if (entry.number !== undefined) return from.label(entry.number);
  return KIND_NAMES[entry.kind];
}

/** A marker as a label: "公开07表" → "公开07", "附表15-3" → "附表15", "表七" and "附件2-3" as printed. */
function markerLabel(m: Marker): string {
  if (m.scheme === "公开") return `公开${String(m.number).padStart(2, "0")}`;
  if (m.scheme === "附表") return `附表${m.number}`;
  return m.label;
}

/** zh-CN names of the kinds, for messages and for tables that carry no number. */
export const KIND_NAMES: Readonly<Record<TableKind, string>> = {
  summary: "收入支出决算总表",
  income: "收入决算表",
  expenditure: "支出决算表",
  "fiscal-summary": "财政拨款收入支出决算总表",
  gpb: "一般公共预算财政拨款支出决算表",
  "gpb-basic": "一般公共预算财政拨款基本支出决算表",
  "gpb-project": "一般公共预算财政拨款项目支出决算表",
  fund: "政府性基金预算财政拨款收入支出决算表",
  capital: "国有资本经营预算财政拨款收入支出决算表",
  "three-public": "财政拨款“三公”经费、行政参公单位机关运行经费情况表",
  "three-public-gpb": "一般公共预算财政拨款“三公”经费支出情况表",
  assets: "国有资产使用情况表",
  "dept-scorecard": "部门整体支出绩效自评表",
  "project-scorecard": "项目支出绩效自评表",
};
