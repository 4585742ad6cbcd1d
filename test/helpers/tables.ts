// Tests speak of tables the way the workbook labels them ("公开05"); the engine knows them by kind.
import { BoundWorkbook, isPublicTable, PublicTable } from "../../src/core/tables/model";

/** The first 公开 table labelled so in the workbook, or undefined. */
export function tableByLabel(wb: BoundWorkbook, label: string): PublicTable | undefined {
  return wb.tables.find((t): t is PublicTable => t.id === label && isPublicTable(t));
}
