// Brings a cell into view and selects it (one sync).

import { CellRef, cellA1 } from "../core/grid/address";
import { HostContext } from "./host";

export async function selectCell(context: HostContext, cell: CellRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(cell.sheet);
  sheet.activate();
  sheet.getRange(cellA1(cell)).select();
  await context.sync();
}
