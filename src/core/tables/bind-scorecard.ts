// 附表14 部门整体支出绩效自评表 and 附表15 项目支出绩效自评表.
// TODO(binder): not yet bound — returns the scorecard with its header only.

import { LocatedTable } from "./locate";
import { DeptScorecard, ProjectScorecard } from "./model";
import { findNotes, header, viewOf } from "./common";

export function bindProjectScorecard(loc: LocatedTable): ProjectScorecard {
  const view = viewOf(loc);
  const { notes } = findNotes(view, loc.titleRow + 1);
  return { ...header(loc, view, "附表15", loc.bottom, notes, []), id: "附表15", projectName: "", funds: [], indicators: [], indicatorColumns: {} };
}

export function bindDeptScorecard(loc: LocatedTable): DeptScorecard {
  const view = viewOf(loc);
  const { notes } = findNotes(view, loc.titleRow + 1);
  return { ...header(loc, view, "附表14", loc.bottom, notes, []), id: "附表14", funds: [], indicators: [], indicatorColumns: {} };
}
