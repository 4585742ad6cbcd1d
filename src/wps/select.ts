// Brings a cell into view and selects it: its sheet first (Select works on the active sheet only).

import { CellRef, cellA1 } from "../core/grid/address";
import { activeBook } from "./actions";
import { EtApplication } from "./et";

export function selectCell(app: EtApplication, cell: CellRef): void {
  const ws = activeBook(app).Worksheets.Item(cell.sheet);
  ws.Activate();
  ws.Range(cellA1(cell)).Select();
}
