// From a grid to a bound workbook: locate every table, decide what each is in the workbook's template pack,
// then bind each with the binder for its layout. A binder never throws on bad input: what it cannot read
// becomes a ReadProblem on the table. What the reader doubts about identity (a marker that disagrees with the
// title, a table laid out as another set has it) is said on the table, as a warning.

import { Grid } from "../grid/grid";
import { KIND_NAMES } from "../packs/identify";
import { LayoutId, TemplatePack } from "../packs/model";
import { locateTables, LocatedTable } from "./locate";
import { AnyTable, BoundWorkbook, ReadProblem } from "./model";
import { kindRank } from "../packs/index";
import { bindCodeTable } from "./bind-code-table";
import { bindLineTable } from "./bind-line-table";
import { bindEconomicTable } from "./bind-economic-table";
import { bindHorizontalTable } from "./bind-horizontal-table";
import { bindDeptScorecard, bindProjectScorecard } from "./bind-scorecard";
import { collectProse } from "../narrative/prose";
import { isWaiverSheet } from "../waivers/sheet";

type Binder = (loc: LocatedTable) => AnyTable;

const BINDERS: Record<LayoutId, Binder> = {
  summary: bindLineTable,
  income: bindCodeTable,
  expenditure: bindCodeTable,
  "fiscal-summary": bindLineTable,
  "gpb-full": bindCodeTable,
  "gpb-expenditure": bindCodeTable,
  "economic-basic": bindEconomicTable,
  "economic-project": bindEconomicTable,
  "fund-full": bindCodeTable,
  "fund-national": bindCodeTable,
  "capital-full": bindCodeTable,
  "capital-national": bindCodeTable,
  "three-public-vertical": bindLineTable,
  "three-public-gpb-vertical": bindLineTable,
  "three-public-gpb-horizontal": bindHorizontalTable,
  assets: bindLineTable,
  "dept-scorecard": bindDeptScorecard,
  "project-scorecard": bindProjectScorecard,
};

export interface BindOptions {
  /** Force a template pack instead of detecting it. */
  readonly template?: TemplatePack;
}

export function bindWorkbook(grid: Grid, options: BindOptions = {}): BoundWorkbook {
  const problems: ReadProblem[] = [];
  const tables: AnyTable[] = [];
  const located = locateTables(grid, options.template);
  for (const loc of located.tables) {
    try {
      const table = BINDERS[loc.identity.layout](loc);
      const doubts = identityProblems(loc, located.pack);
      tables.push(doubts.length ? { ...table, problems: [...table.problems, ...doubts] } : table);
    } catch (e) {
      // A binder bug must not take the whole workbook down; report it against the table's first cell.
      problems.push({
        code: "ambiguous",
        message: `${loc.identity.label}（工作表“${loc.sheet.name}”）无法解析：${(e as Error).message}`,
        cell: { sheet: loc.sheet.name, row: loc.top, col: loc.left },
        table: loc.identity.label,
        kind: loc.identity.kind,
      });
    }
  }
  if (tables.length === 0) problems.push({ code: "no-tables", message: "未找到任何公开表或绩效自评表" });
  const order = (t: AnyTable) => kindRank(located.pack, t.kind);
  tables.sort((a, b) => order(a) - order(b) || sheetOrder(grid, a.sheet) - sheetOrder(grid, b.sheet) || a.range.top - b.range.top);
  return {
    tables,
    prose: collectProse(grid, tables, isWaiverSheet),
    problems,
    template: { id: located.pack.id, name: located.pack.name, forced: located.forced },
    unrecognised: located.unrecognised,
  };
}

/** A marker numbered otherwise than the pack numbers the table; a table laid out as another set has it. */
function identityProblems(loc: LocatedTable, pack: TemplatePack): ReadProblem[] {
  const out: ReadProblem[] = [];
  const { identity } = loc;
  const cell = { sheet: loc.sheet.name, row: loc.titleRow, col: loc.titleCol };
  const marker = loc.parsedMarker;
  const own = pack.tables.find((t) => t.kind === identity.kind && t.number !== undefined);
  if (marker && marker.scheme !== "附表" && own?.number !== undefined && marker.number !== own.number) {
    const what = loc.title ? `按标题“${loc.title}”和表头` : "按表头";
    out.push({
      code: "marker-mismatch",
      message: `表号标注为“${loc.marker}”，但${what}，这是${KIND_NAMES[identity.kind]}（${pack.name}中为${identity.label}），已按后者校验`,
      cell,
      table: identity.label,
    });
  }
  if (identity.pack !== pack) {
    out.push({
      code: "mixed-template",
      message: `本表是${identity.pack.name}的格式，与本工作簿其余各表所用的模板（${pack.name}）不一致`,
      cell,
      table: identity.label,
    });
  }
  return out;
}

function sheetOrder(grid: Grid, name: string): number {
  return grid.sheets.findIndex((s) => s.name === name);
}
