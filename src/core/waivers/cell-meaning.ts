// What a cell means, independent of where it sits: the key of a waiver's fingerprint. A bound table cell is its
// table (kind, and the project for a 附表15) + its row (key, code, label) + its column key; a cell inside a table's
// range that no binder bound is its table + the row's first label + its column within the table; a cell outside
// every table is its sheet alone (the prose of a 情况说明: its figures are in the finding's data).

import { CellRef, cellKey, rangeContains } from "../grid/address";
import { formatAt, Grid, GridSheet, valueAt } from "../grid/grid";
import { displayText } from "../numbers/parse";
import { AnyTable, Field, Indicator, isPublicTable } from "../tables/model";
import { normLabel } from "../text/normalize";

export interface CellMeaning {
  /** Stable across moved rows and columns. */
  readonly meaning: string;
  /** The text the cell shows ("" for a cell outside tables: prose is not a figure). */
  readonly text: string;
}

/** A table as waivers name it: its kind, and for a project scorecard its project (a workbook has many). */
function tableIdent(t: AnyTable): string {
  return t.kind === "project-scorecard" ? `${t.kind}#${normLabel(t.projectName)}` : t.kind;
}

function isField(v: unknown): v is Field {
  return typeof v === "object" && v !== null && "ref" in v && "text" in v;
}

export class CellMeanings {
  private readonly byCell = new Map<string, CellMeaning>();
  private readonly sheets: ReadonlyMap<string, GridSheet>;

  constructor(
    grid: Grid,
    private readonly tables: readonly AnyTable[],
  ) {
    this.sheets = new Map(grid.sheets.map((s) => [s.name, s]));
    for (const t of tables) this.addTable(t);
  }

  of(ref: CellRef): CellMeaning {
    const bound = this.byCell.get(cellKey(ref));
    if (bound) return bound;
    const table = this.tables.find((t) => t.sheet === ref.sheet && rangeContains(t.range, ref.row, ref.col));
    if (!table) return { meaning: `sheet|${ref.sheet}`, text: "" };
    const sheet = this.sheets.get(ref.sheet);
    const text = sheet ? displayText(valueAt(sheet, ref.row, ref.col), formatAt(sheet, ref.row, ref.col)) : "";
    return { meaning: `${tableIdent(table)}|cell|${sheet ? this.rowLabel(sheet, table, ref.row) : ""}|${ref.col - table.range.left}`, text };
  }

  /** The first text of a row within the table that is not a figure: what the row is about. */
  private rowLabel(sheet: GridSheet, t: AnyTable, row: number): string {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const v = valueAt(sheet, row, c);
      if (typeof v === "string" && v.trim() && !/^[\d\s,.%+-]+$/.test(v)) return normLabel(v);
    }
    return "";
  }

  private put(field: Field | undefined, meaning: string): void {
    if (!field) return;
    const key = cellKey(field.ref);
    if (!this.byCell.has(key)) this.byCell.set(key, { meaning, text: field.text });
  }

  private putRef(ref: CellRef | undefined, meaning: string, text: string): void {
    if (!ref) return;
    const key = cellKey(ref);
    if (!this.byCell.has(key)) this.byCell.set(key, { meaning, text });
  }

  private addTable(t: AnyTable): void {
    const id = tableIdent(t);
    this.put(t.department, `${id}|header|department`);
    this.put(t.unit, `${id}|header|unit`);
    if (isPublicTable(t)) {
      for (const row of t.rows) {
        const rowId = `${id}|${row.key}|${row.code ?? ""}|${normLabel(row.label)}`;
        this.putRef(row.labelRef, `${rowId}|label`, row.label);
        for (const [col, field] of Object.entries(row.cells)) this.put(field, `${rowId}|${col}`);
      }
      return;
    }
    for (const line of t.funds) {
      for (const [prop, value] of Object.entries(line as object)) if (isField(value)) this.put(value, `${id}|fund|${line.key}|${prop}`);
    }
    const seen = new Map<string, number>();
    for (const ind of t.indicators) {
      const name = `${normLabel(ind.level1)}|${normLabel(ind.level2)}|${normLabel(ind.level3)}`;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      this.addIndicator(`${id}|indicator|${name}|${n}`, ind);
    }
    if (t.kind === "project-scorecard") {
      this.putRef(t.projectNameRef, `${id}|projectName`, t.projectName);
      this.put(t.implementer, `${id}|implementer`);
      this.put(t.totalWeight, `${id}|totalWeight`);
      this.put(t.totalScore, `${id}|totalScore`);
      this.put(t.grade, `${id}|grade`);
    }
  }

  private addIndicator(id: string, ind: Indicator): void {
    this.putRef(ind.level3Ref, `${id}|level3`, ind.level3);
    this.putRef(ind.natureRef, `${id}|nature`, ind.natureText);
    this.putRef(ind.reasonRef, `${id}|reason`, ind.reason);
    this.put(ind.target, `${id}|target`);
    this.put(ind.actual, `${id}|actual`);
    this.put(ind.weight, `${id}|weight`);
    this.put(ind.score, `${id}|score`);
  }
}
