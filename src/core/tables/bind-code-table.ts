// 公开02, 公开03, 公开05, 公开08, 公开09: one row per 支出功能分类 科目编码 (类/款/项, with or without subtotal
// rows) under a 合计 row, amounts in columns found by their header labels or their 栏次 numbers.

import { LocatedTable } from "./locate";
import { mayBeNonZero } from "../numbers/parse";
import { BoundColumn, BoundRow, Field, PublicKind, PublicTable, ReadProblem } from "./model";
import { findNotes, header, viewOf } from "./common";
import { TableView } from "./view";
import { CODE_TABLE_COLUMNS, ColumnSpec } from "./code-table-columns";

const LABEL_AREA = 4; // 科目编码 / 类 / 款 / 项 / 科目名称 sit in the first few columns
const TOTAL = /^(合计|总计|本年合计)$/;

/** A 功能分类 code from the label area: "2010450", or 类/款/项 split over columns ("201" "04" "50"). */
function codeOf(view: TableView, row: number): { code: string; col: number; name: string; nameCol?: number } | undefined {
  const last = Math.min(view.right, view.left + LABEL_AREA - 1);
  for (let c = view.left; c <= last; c++) {
    const l = view.label(row, c);
    if (!l) continue;
    // 3, 5 or 7 digits are 类/款/项; other lengths are still codes (mistyped), kept for the rules to flag.
    let m = /^(\d{3,8})$/.exec(l);
    if (m) {
      let code = m[1];
      let end = c;
      // Split 类 | 款 | 项 columns: "201" "04" "50".
      if (code.length === 3) {
        for (let k = c + 1; k <= Math.min(c + 2, view.right); k++) {
          const part = view.label(row, k);
          if (/^\d{2}$/.test(part) && code.length < 7) {
            code += part;
            end = k;
          } else break;
        }
      }
      const name = nameAfter(view, row, end + 1, last + 1);
      return { code, col: c, name: name?.text ?? "", nameCol: name?.col };
    }
    // A code with its name in one cell ("2010450行政运行"); never a figure ("179.98", "1,234").
    m = /^(\d{3,8})([^\d.,%].*)$/.exec(l);
    if (m) return { code: m[1], col: c, name: m[2], nameCol: c };
    return undefined;
  }
  return undefined;
}

function nameAfter(view: TableView, row: number, from: number, to: number): { text: string; col: number } | undefined {
  for (let c = from; c <= Math.min(to, view.right); c++) {
    const t = view.text(row, c).trim();
    if (t && view.field(row, c).num.kind === "text") return { text: t, col: c };
  }
  return undefined;
}

/** Column of a 合计 label in the label area, when the rest of the row holds figures rather than more labels. */
function totalLabelCol(view: TableView, row: number): number | undefined {
  const last = Math.min(view.right, view.left + LABEL_AREA - 1);
  for (let c = view.left; c <= last; c++) {
    if (!TOTAL.test(view.label(row, c))) continue;
    let labels = 0;
    for (let k = c + 1; k <= view.right; k++) if (view.field(row, k).num.kind === "text") labels++;
    return labels <= 1 ? c : undefined;
  }
  return undefined;
}

function hasAmount(view: TableView, row: number): boolean {
  for (let c = view.left; c <= view.right; c++) {
    const n = view.field(row, c).num;
    if (n.kind === "number" && (n.decimals > 0 || /,/.test(n.text))) return true;
  }
  return false;
}

/** The 栏次 row: consecutive numbers 1, 2, 3 … left to right. Returns column → number. */
function columnNumbers(view: TableView, rows: number[]): Map<number, number> | undefined {
  for (const r of rows) {
    const found = new Map<number, number>();
    let expect = 1;
    for (let c = view.left; c <= view.right; c++) {
      const l = view.label(r, c);
      if (l === String(expect)) {
        found.set(c, expect);
        expect++;
      }
    }
    if (found.size >= 3) return found;
  }
  return undefined;
}

function bindColumns(specs: readonly ColumnSpec[], paths: Map<number, string>, minCol: number): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const spec of specs) {
    for (const [col, path] of paths) {
      if (col < minCol || taken.has(col) || !path) continue;
      if (spec.match.test(path) && !(spec.not && spec.not.test(path))) {
        out.set(spec.key, col);
        taken.add(col);
        break;
      }
    }
  }
  return out;
}

export function bindCodeTable(loc: LocatedTable): PublicTable {
  const id = loc.identity.label;
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const lastBodyRow = (notesRow ?? view.bottom + 1) - 1;

  // Body rows: code rows and the 合计 row; the header band is what lies between the title block and them.
  let firstData: number | undefined;
  for (let r = loc.titleRow + 1; r <= lastBodyRow; r++) {
    if (codeOf(view, r) || totalLabelCol(view, r) !== undefined || hasAmount(view, r)) {
      firstData = r;
      break;
    }
  }
  const headerRows: number[] = [];
  const headerEnd = (firstData ?? lastBodyRow + 1) - 1;
  for (let r = loc.titleRow + 1; r <= headerEnd; r++) {
    const labels = view.rowLabels(r);
    if (labels.length === 0) continue;
    if (labels.length === 1 && /^(部门|单位|金额单位|编制单位|公开\d+表)|^(部门|金额)?单位:/.test(labels[0].label)) continue;
    if (labels.every((l) => /^(部门|金额单位|单位)[:：]|^公开\d+表$/.test(l.label))) continue;
    headerRows.push(r);
  }

  // Column keys: by header label, then by 栏次 numbers (公开05/08/09 are defined by their numbers).
  const paths = view.headerPaths(headerRows);
  const spec = CODE_TABLE_COLUMNS[loc.identity.layout];
  if (!spec) throw new Error(`${id} is not a 科目编码 table`);
  const mapped = bindColumns(spec.columns, paths, view.left + 1);
  const numbers = columnNumbers(view, headerRows);
  if (numbers && spec.numbered) for (const [col, n] of numbers) if (spec.columns[n - 1]) mapped.set(spec.columns[n - 1].key, col);

  // Rows.
  const rows: BoundRow[] = [];
  const seen = new Map<string, number>();
  // Where each body row keeps its name: a vote, so one stray word in an amount cell cannot move the columns.
  const nameCols: number[] = [];
  const bodyRows: { row: number; code?: string; name: string; nameRef?: { col: number } }[] = [];
  if (firstData !== undefined) {
    for (let r = firstData; r <= lastBodyRow; r++) {
      if (view.isEmptyRow(r)) continue;
      const code = codeOf(view, r);
      if (code) {
        bodyRows.push({ row: r, code: code.code, name: code.name, nameRef: code.nameCol !== undefined ? { col: code.nameCol } : undefined });
        nameCols.push(code.nameCol ?? code.col);
        continue;
      }
      const tc = totalLabelCol(view, r);
      if (tc !== undefined) {
        bodyRows.push({ row: r, name: view.text(r, tc).trim(), nameRef: { col: tc } });
        nameCols.push(tc);
      } else if (bodyRows.length === 0 && hasAmount(view, r)) {
        bodyRows.push({ row: r, name: "合计" }); // a 合计 row whose label was left blank
      }
    }
    // A 合计 row with neither label nor figures (left for 填充) sits between the last header row and the first
    // 科目 row: the templates always have one there, so the single blank row in that place is it.
    const firstCode = bodyRows[0];
    const lastHeader = headerRows[headerRows.length - 1];
    if (firstCode?.code && lastHeader !== undefined && firstCode.row === lastHeader + 2 && view.isEmptyRow(lastHeader + 1)) {
      bodyRows.unshift({ row: lastHeader + 1, name: "合计" });
    }
  }

  // Values sit right of the names. When headers stand one column left of their values (merged header cells
  // exported out of line, as in the seed's 公开03), shift every mapped column right to clear the name column.
  const labels = new Map([...mapped].map(([key, col]) => [key, paths.get(col) ?? ""]));
  const minMapped = Math.min(...mapped.values());
  const textCol = nameCols.length ? mode(nameCols) : -1;
  if (mapped.size && textCol >= minMapped) {
    const shift = textCol + 1 - minMapped;
    for (const [k, c] of mapped) mapped.set(k, c + shift);
  }

  for (const key of spec.required) {
    if (!mapped.has(key)) {
      problems.push({
        code: "missing-column",
        message: `${id}：未找到“${spec.columns.find((c) => c.key === key)?.label ?? key}”列`,
        cell: view.ref(loc.titleRow, loc.titleCol),
      });
    }
  }

  const columns: BoundColumn[] = [...mapped].map(([key, col]) => ({ key, col, label: labels.get(key) ?? "" }));
  let empty = true;
  for (const b of bodyRows) {
    const cells: Record<string, Field> = {};
    for (const [key, col] of mapped) {
      const f = view.field(b.row, col);
      cells[key] = f;
      if (mayBeNonZero(f.num)) empty = false;
    }
    let key = b.code ? `c${b.code}` : "total";
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key = `${key}#${n}`;
    rows.push({
      key,
      kind: b.code ? "code" : "total",
      code: b.code,
      label: b.name,
      labelRef: b.nameRef ? view.ref(b.row, b.nameRef.col) : undefined,
      row: b.row,
      cells,
    });
  }
  if (firstData === undefined) {
    problems.push({ code: "missing-row", message: `${id}：未找到合计行或科目编码行`, cell: view.ref(loc.titleRow, loc.titleCol) });
  }
  return { ...header(loc, view, headerRows[0] ?? loc.titleRow, notes, problems), kind: loc.identity.kind as PublicKind, columns, rows, empty };
}

/** The most frequent value (ties: the smallest). */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}
