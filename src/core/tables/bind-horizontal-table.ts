// The “三公” table laid out across (national 公开07): 预算数 and 决算数 side by side, each over 合计 /
// 因公出国（境）费 / 公务用车购置及运行费 (小计 / 购置费 / 运行费) / 公务接待费, with the figures on one row.
// It is bound into the same model as the table listed down (rows = items, columns = 预算数 / 决算数), so every
// identity and 填充 formula stated for the “三公” items applies to it unchanged.

import { stripNumbering } from "../glossary/functional-classes";
import { LocatedTable } from "./locate";
import { mayBeNonZero } from "../numbers/parse";
import { BoundColumn, BoundRow, Field, PublicKind, PublicTable, ReadProblem } from "./model";
import { findNotes, header, viewOf } from "./common";
import { TableView } from "./view";
import { SANGONG } from "./line-table-layouts";

/** The amount groups across: 预算数 (全年预算数 where the table says so) and 决算数. */
const GROUPS: readonly { key: string; label: string; match: RegExp }[] = [
  { key: "full", label: "全年预算数", match: /全年预算/ },
  { key: "budget", label: "预算数", match: /预算/ },
  { key: "final", label: "决算数", match: /决算/ },
];

/** "小计" under 公务用车购置及运行费 is the car line itself; "合计" is the total. */
function itemKey(parts: readonly string[]): string | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = stripNumbering(parts[i]);
    if (/^小计$/.test(part)) continue;
    if (/^合计$|^"三公"经费(支出)?(合计)?$/.test(part)) return "total";
    const spec = SANGONG.find((l) => l.match.test(part));
    if (spec) return spec.key;
  }
  return undefined;
}

function isFigure(view: TableView, row: number, col: number): boolean {
  const kind = view.field(row, col).num.kind;
  return kind === "number" || kind === "dash" || kind === "uncomputed" || kind === "error";
}

export function bindHorizontalTable(loc: LocatedTable): PublicTable {
  const id = loc.identity.label;
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const last = (notesRow ?? view.bottom + 1) - 1;
  const titleCell = view.ref(loc.titleRow, loc.titleCol);

  // The data row: the first row below the title with figures in most of its cells; the header is above it.
  let dataRow: number | undefined;
  for (let r = loc.titleRow + 1; r <= last; r++) {
    let figures = 0;
    for (let c = view.left; c <= view.right; c++) if (isFigure(view, r, c)) figures++;
    if (figures >= 4) {
      dataRow = r;
      break;
    }
  }
  const headerRows: number[] = [];
  for (let r = loc.titleRow + 1; r < (dataRow ?? last + 1); r++) {
    const labels = view.rowLabels(r);
    if (labels.length === 0 || labels.every((l) => /^(部门|金额单位|单位|编制单位)[:：]|^(公开\d+表?|表\d+|表[一二三四五六七八九十]+)$/.test(l.label))) continue;
    headerRows.push(r);
  }
  const paths = view.headerPaths(headerRows);

  const cells = new Map<string, Record<string, Field>>();
  const columns: BoundColumn[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const parts = (paths.get(c) ?? "").split("/").filter(Boolean);
    const group = GROUPS.find((g) => parts.some((p) => g.match.test(p)));
    const item = itemKey(parts.filter((p) => !GROUPS.some((g) => g.match.test(p))));
    if (!group || !item || dataRow === undefined) continue;
    const row = cells.get(item) ?? {};
    if (row[group.key]) continue; // the first column of a pair wins
    row[group.key] = view.field(dataRow, c);
    cells.set(item, row);
    if (!columns.some((x) => x.key === group.key)) columns.push({ key: group.key, col: c, label: group.label });
  }

  const rows: BoundRow[] = [];
  let empty = true;
  for (const spec of [{ key: "total", label: "合计" }, ...SANGONG.filter((l) => l.key !== "total")]) {
    const row = cells.get(spec.key);
    if (!row) {
      if (["total", "abroad", "car", "car.purchase", "car.operation", "reception"].includes(spec.key)) {
        problems.push({ code: "missing-row", message: `${id}：未找到“${spec.label}”列`, cell: titleCell });
      }
      continue;
    }
    for (const f of Object.values(row)) if (mayBeNonZero(f.num)) empty = false;
    rows.push({ key: spec.key, kind: spec.key === "total" ? "total" : "line", label: spec.label, row: dataRow as number, cells: row });
  }
  if (dataRow === undefined) problems.push({ code: "missing-row", message: `${id}：未找到数据行`, cell: titleCell });
  return { ...header(loc, view, headerRows[0] ?? loc.titleRow, notes, problems), kind: loc.identity.kind as PublicKind, columns, rows, empty };
}
