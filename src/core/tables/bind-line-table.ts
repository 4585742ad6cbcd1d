// 公开01, 公开04, 公开10, 公开11, 公开12: tables whose rows are fixed lines named by their labels.
// TODO(binder): not yet bound — returns the table with its header only.

import { LocatedTable } from "./locate";
import { PublicTable, PublicTableId } from "./model";
import { findNotes, header, viewOf } from "./common";

export function bindLineTable(loc: LocatedTable): PublicTable {
  const view = viewOf(loc);
  const { notes } = findNotes(view, loc.titleRow + 1);
  return { ...header(loc, view, loc.id, loc.bottom, notes, []), id: loc.id as PublicTableId, columns: [], rows: [], empty: true };
}
