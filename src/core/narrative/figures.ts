// The table figure a subject names: the first of its tables the workbook has, the lexicon's row and column
// (the sentence's measure for the “三公” tables), in 万元 whatever unit the table is kept in ("单位：元" tables
// are scaled, their rounding radius with them). A figure the workbook does not hold is no claim to check.

import Decimal from "decimal.js";
import { radius } from "../numbers/parse";
import { BoundWorkbook, cellOf, Field, publicTable, PublicTable } from "../tables/model";
import { SubjectRef } from "./claims";

export interface TableFigure {
  /** The cell as bound (its text is what the table shows). */
  readonly field: Field;
  /** The same figure in the prose's units (万元 for money): what comparisons use. */
  readonly value: Field;
  readonly table: PublicTable;
}

/** 万元 per unit of the table: 1 for 万元, 1/10000 for 元, 10000 for 亿元. */
function scaleOf(table: PublicTable): Decimal | undefined {
  const unit = (table.unit?.text ?? "").replace(/\s/g, "");
  if (!unit || /万元/.test(unit)) return undefined;
  if (/亿元/.test(unit)) return new Decimal(10000);
  if (/元/.test(unit)) return new Decimal(1).dividedBy(10000);
  return undefined;
}

function scaled(f: Field, scale: Decimal | undefined): Field {
  if (!scale || f.num.value === undefined) return f;
  return { ...f, num: { ...f.num, value: f.num.value.times(scale), radius: radius(f.num).times(scale) } };
}

export function figureOf(workbook: BoundWorkbook, ref: SubjectRef): TableFigure | undefined {
  const source = ref.subject.figure[ref.scope] ?? ref.subject.figure.any;
  if (!source) return undefined;
  for (const kind of source.tables) {
    const table = publicTable(workbook, kind);
    if (!table) continue;
    const field = cellOf(table, source.row, source.col === "measure" ? ref.measure : source.col);
    // A cell we cannot read as a number is the reader's finding, not the prose's.
    if (!field || field.num.value === undefined) return undefined;
    return { field, value: ref.subject.unit === "money" ? scaled(field, scaleOf(table)) : field, table };
  }
  return undefined;
}
