// From a grid to a bound workbook: locate every table, then bind each with the binder for its kind.
// A binder never throws on bad input: what it cannot read becomes a ReadProblem on the table.

import { Grid } from "../grid/grid";
import { locateTables, LocatedTable } from "./locate";
import { AnyTable, BoundWorkbook, ReadProblem, TableId, TABLE_ORDER } from "./model";
import { bindCodeTable } from "./bind-code-table";
import { bindLineTable } from "./bind-line-table";
import { bindEconomicTable } from "./bind-economic-table";
import { bindDeptScorecard, bindProjectScorecard } from "./bind-scorecard";

type Binder = (loc: LocatedTable) => AnyTable;

const BINDERS: Record<TableId, Binder> = {
  公开01: bindLineTable,
  公开02: bindCodeTable,
  公开03: bindCodeTable,
  公开04: bindLineTable,
  公开05: bindCodeTable,
  公开06: bindEconomicTable,
  公开07: bindEconomicTable,
  公开08: bindCodeTable,
  公开09: bindCodeTable,
  公开10: bindLineTable,
  公开11: bindLineTable,
  公开12: bindLineTable,
  附表14: bindDeptScorecard,
  附表15: bindProjectScorecard,
};

export function bindWorkbook(grid: Grid): BoundWorkbook {
  const problems: ReadProblem[] = [];
  const tables: AnyTable[] = [];
  for (const loc of locateTables(grid)) {
    try {
      tables.push(BINDERS[loc.id](loc));
    } catch (e) {
      // A binder bug must not take the whole workbook down; report it against the table's first cell.
      problems.push({
        code: "ambiguous",
        message: `${loc.id}（工作表“${loc.sheet.name}”）无法解析：${(e as Error).message}`,
        cell: { sheet: loc.sheet.name, row: loc.top, col: loc.left },
        table: loc.id,
      });
    }
  }
  if (tables.length === 0) problems.push({ code: "no-tables", message: "未找到任何公开表或绩效自评表" });
  const order = (t: AnyTable) => TABLE_ORDER.indexOf(t.id);
  tables.sort((a, b) => order(a) - order(b) || sheetOrder(grid, a.sheet) - sheetOrder(grid, b.sheet) || a.range.top - b.range.top);
  return { tables, problems };
}

function sheetOrder(grid: Grid, name: string): number {
  return grid.sheets.findIndex((s) => s.name === name);
}
