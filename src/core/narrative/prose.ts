// Which cells are prose that may quote the tables: text that writes a figure with a unit (万元, %, 个, 辆),
// outside the scorecards (a project's 年度目标 and 偏差原因 speak of the project, not of the 部门's tables).
// Table notes are read too: a 注 may quote an amount ("本部门2023年度“三公”经费支出32.62万元").

import { rangeContains } from "../grid/address";
import { Grid } from "../grid/grid";
import { AnyTable, isPublicTable, ProseCell } from "../tables/model";

/** Shortest prose worth reading: a subject and a figure ("支出5万元"). */
const SHORTEST = 5;
const WRITES_FIGURE = /\d\s*(万元|亿元|元|%|％|个|项|辆)/;
const ABOUT_DEPARTMENT = /部门整体/;
const ABOUT_PROJECT = /项目(支出)?绩效|项目自评/;

export function collectProse(grid: Grid, tables: readonly AnyTable[], skipSheet: (name: string) => boolean): ProseCell[] {
  const scorecards = tables.filter((t) => !isPublicTable(t));
  const out: ProseCell[] = [];
  for (const sheet of grid.sheets) {
    if (skipSheet(sheet.name)) continue;
    const inScorecard = scorecards.filter((t) => t.sheet === sheet.name);
    let about = ABOUT_DEPARTMENT.test(sheet.name);
    sheet.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (typeof v !== "string" || v.length < SHORTEST) return;
        const r = sheet.top + i;
        const c = sheet.left + j;
        // A heading above the prose ("2023年度部门整体支出绩效自评情况") says what the prose below is about.
        if (v.length <= 40 && !WRITES_FIGURE.test(v)) {
          if (ABOUT_DEPARTMENT.test(v)) about = true;
          else if (ABOUT_PROJECT.test(v)) about = false;
        }
        if (!WRITES_FIGURE.test(v)) return;
        if (inScorecard.some((t) => rangeContains(t.range, r, c))) return;
        out.push({ ref: { sheet: sheet.name, row: r, col: c }, text: v, aboutDepartment: about || ABOUT_DEPARTMENT.test(v) });
      });
    });
  }
  return out;
}
