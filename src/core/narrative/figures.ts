// The table figure a subject names: the first of its tables the workbook has, the lexicon's row and column
// (the sentence's measure for the “三公” tables). A figure the workbook does not hold is no claim to check.

import { BoundWorkbook, cellOf, Field, publicTable, PublicTable } from "../tables/model";
import { SubjectRef } from "./claims";

export interface TableFigure {
  readonly field: Field;
  readonly table: PublicTable;
}

export function figureOf(workbook: BoundWorkbook, ref: SubjectRef): TableFigure | undefined {
  const source = ref.subject.figure[ref.scope] ?? ref.subject.figure.any;
  if (!source) return undefined;
  for (const kind of source.tables) {
    const table = publicTable(workbook, kind);
    if (!table) continue;
    const field = cellOf(table, source.row, source.col === "measure" ? ref.measure : source.col);
    // A cell we cannot read as a number is the reader's finding, not the prose's.
    return field && field.num.value !== undefined ? { field, table } : undefined;
  }
  return undefined;
}
