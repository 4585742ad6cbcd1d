// 公开06, 公开07: 经济分类 tables laid out as blocks of (科目编码, 科目名称, 金额) side by side.
// TODO(binder): not yet bound — returns the table with its header only.

import { LocatedTable } from "./locate";
import { PublicTable, PublicTableId } from "./model";
import { findNotes, header, viewOf } from "./common";

export function bindEconomicTable(loc: LocatedTable): PublicTable {
  const view = viewOf(loc);
  const { notes } = findNotes(view, loc.titleRow + 1);
  return { ...header(loc, view, loc.id, loc.bottom, notes, []), id: loc.id as PublicTableId, columns: [], rows: [], empty: true };
}
