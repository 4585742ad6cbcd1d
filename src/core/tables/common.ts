// What every table carries around its body: 部门, 金额单位, year, notes. Shared by all binders.

import { rangeRef } from "../grid/address";
import { parseNumberText } from "../numbers/parse";
import { LocatedTable } from "./locate";
import { Field, ReadProblem, TableHeader } from "./model";
import { TableView } from "./view";

export function viewOf(loc: LocatedTable): TableView {
  return new TableView(loc.sheet, loc.top, loc.bottom, loc.left, loc.right);
}

/** A field holding just the part of a label after its colon ("部门：曲靖市…" → "曲靖市…"). */
function afterColon(view: TableView, row: number, col: number): Field {
  const f = view.field(row, col);
  const text = f.text.replace(/^[^:：]*[:：]\s*/, "").trim();
  return { ref: f.ref, num: parseNumberText(text), text };
}

/** The first non-empty cell to the right of a label cell. */
export function valueRightOf(view: TableView, row: number, col: number): Field | undefined {
  for (let c = col + 1; c <= view.right; c++) {
    if (view.text(row, c).trim() !== "") return view.field(row, c);
  }
  return undefined;
}

export function findDepartment(view: TableView, toRow: number): Field | undefined {
  const hit = view.find((l) => /^(部门|单位|部门名称|单位名称|主管部门|编制单位)(:|$)/.test(l), view.top, toRow);
  if (!hit) return undefined;
  if (hit.label.includes(":") && !hit.label.endsWith(":")) return afterColon(view, hit.row, hit.col);
  return valueRightOf(view, hit.row, hit.col);
}

export function findUnit(view: TableView, toRow: number): Field | undefined {
  const hit = view.find((l) => /^(金额)?单位:(万元|元|千元|亿元)$/.test(l), view.top, toRow);
  return hit ? afterColon(view, hit.row, hit.col) : undefined;
}

export function yearOf(text: string): number | undefined {
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Note lines ("注：…" and the numbered lines after it) from a row on. */
export function findNotes(view: TableView, fromRow: number): { notes: string[]; firstRow: number | undefined } {
  const notes: string[] = [];
  let firstRow: number | undefined;
  for (let r = fromRow; r <= view.bottom; r++) {
    const first = view.firstLabel(r);
    if (!first) continue;
    if (firstRow === undefined) {
      if (/^(注|说明|备注)[:：0-9.、]/.test(first.label) || /^(注|备注)$/.test(first.label)) firstRow = r;
      else continue;
    }
    notes.push(view.text(r, first.col).trim());
  }
  return { notes, firstRow };
}

export function header(
  loc: LocatedTable,
  view: TableView,
  bodyTop: number,
  notes: string[],
  problems: ReadProblem[],
): TableHeader {
  const department = findDepartment(view, Math.max(loc.top, bodyTop));
  const year = yearOf(loc.title) ?? notes.map(yearOf).find((y) => y !== undefined);
  return {
    id: loc.identity.label,
    kind: loc.identity.kind,
    layout: loc.identity.layout,
    sheet: loc.sheet.name,
    range: rangeRef(loc.sheet.name, loc.top, loc.left, loc.bottom, loc.right),
    title: loc.title,
    marker: loc.marker,
    department,
    unit: findUnit(view, Math.max(loc.top, bodyTop)),
    year,
    notes,
    problems,
  };
}
