// 附表14 部门整体支出绩效自评表 and 附表15 项目支出绩效自评表: the names on top (项目名称, 主管部门, 实施单位 /
// 部门名称), the money block, the indicator table and, for projects, the 总分 line. Everything is found by its
// label; what is missing becomes a ReadProblem.

import { parseNumberText } from "../numbers/parse";
import { LocatedTable } from "./locate";
import { DeptFundLine, DeptScorecard, Field, FundLine, ProjectScorecard, ReadProblem } from "./model";
import { findNotes, header, valueRightOf, viewOf } from "./common";
import { TableView } from "./view";
import { FundBlock, FundColumnSpec, FundLineSpec, readFundBlock } from "./scorecard-funds";
import { readIndicatorTable } from "./scorecard-indicators";
import { readScoreTotal } from "./scorecard-total";

const PROJECT_COLUMNS: readonly FundColumnSpec[] = [
  { key: "initialBudget", label: "年初预算数", match: /^年初预算(数)?/ },
  { key: "fullBudget", label: "全年预算数", match: /^全年预算(数)?/ },
  { key: "executed", label: "全年执行数", match: /^(全年)?执行数/ },
  { key: "weight", label: "分值", match: /^分值/ },
  { key: "rate", label: "执行率", match: /^执行率/, rate: true },
  { key: "score", label: "得分", match: /^得分/ },
  { key: "note", label: "备注", match: /^(备注|情况说明)/, ignore: true },
];

const PROJECT_LINES: readonly FundLineSpec<FundLine["key"]>[] = [
  { key: "total", label: "年度资金总额", match: /^年度资金总(额|计)/ },
  { key: "fiscal", label: "当年财政拨款", match: /当年财政拨款|^(其中:?)?财政拨款/ },
  { key: "carryover", label: "上年结转资金", match: /上年结转/ },
  { key: "other", label: "其他资金", match: /^(其中:?)?其他资金/ },
];

const DEPT_COLUMNS: readonly FundColumnSpec[] = [
  { key: "initialBudget", label: "年初预算数", match: /^年初预算(数)?/ },
  { key: "adjustment", label: "预算调整数", match: /^(预算调整|调整预算)(数)?/ },
  { key: "confirmedBudget", label: "预算确定数", match: /^(预算确定|全年预算)(数)?/ },
  { key: "executed", label: "执行数", match: /^(全年)?执行数/ },
  { key: "rate", label: "执行率", match: /^执行率/, rate: true },
  { key: "note", label: "情况说明", match: /^(备注|情况说明)/, ignore: true },
];

// Priority order: a row labelled both "基本支出" and "年度资金总额" (the seed's 附表14) is the 基本支出 line.
const DEPT_LINES: readonly FundLineSpec<DeptFundLine["key"]>[] = [
  { key: "basic", label: "基本支出", match: /^基本支出/ },
  { key: "project", label: "项目支出", match: /^项目支出$/ },
  { key: "project.fiscal", label: "其中：财政拨款", match: /财政拨款/ },
  { key: "project.other", label: "其他资金", match: /^(其中:?)?其他资金/ },
  { key: "carryover", label: "上年结转", match: /上年结转/ },
  { key: "total", label: "年度资金总额", match: /^年度资金总(额|计)/ },
];

const INDICATOR_REQUIRED = ["level1", "level2", "level3", "nature", "target", "unit", "actual"];

/** The value of a "项目名称 | value" pair, wherever the pair sits above `toRow`. */
function labelled(view: TableView, test: RegExp, toRow: number): { label: Field; value?: Field } | undefined {
  const hit = view.find((l) => test.test(l), view.top, toRow);
  if (!hit) return undefined;
  const inline = /[:：]/.test(hit.label) && !hit.label.endsWith(":") ? view.text(hit.row, hit.col).replace(/^[^:：]*[:：]\s*/, "").trim() : "";
  const label = view.field(hit.row, hit.col);
  if (inline) return { label, value: { ref: label.ref, num: parseNumberText(inline), text: inline } };
  return { label, value: valueRightOf(view, hit.row, hit.col) };
}

/** "万元" from the block's "项目资金(万元)" caption, for tables whose header has no "单位：万元". */
function unitField(view: TableView, cell: { row: number; col: number } | undefined): Field | undefined {
  if (!cell) return undefined;
  const m = /[(（]\s*(万元|元|千元)\s*[)）]/.exec(view.text(cell.row, cell.col));
  if (!m) return undefined;
  return { ref: view.ref(cell.row, cell.col), num: parseNumberText(m[1]), text: m[1] };
}

/** Both scorecards open their money block with 年度资金总额; without it nothing below can be checked. */
function requireTotalLine(view: TableView, block: FundBlock<string> | undefined, funds: readonly { key: string }[], what: string, problems: ReadProblem[], col: number): void {
  if (block && !funds.some((f) => f.key === "total")) {
    problems.push({ code: "missing-row", message: `${what}：未找到“年度资金总额”行`, cell: view.ref(block.headerRow, col) });
  }
}

function fundFields(view: TableView, block: FundBlock<string>, row: number): Record<string, Field> {
  const out: Record<string, Field> = {};
  for (const [key, col] of block.columns) out[key] = view.field(row, col);
  return out;
}

export function bindProjectScorecard(loc: LocatedTable): ProjectScorecard {
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const last = (notesRow ?? view.bottom + 1) - 1;
  const what = loc.marker ?? "项目支出绩效自评表";
  const at = { row: loc.titleRow, col: loc.titleCol };

  const block = readFundBlock(view, loc.titleRow + 1, last, PROJECT_COLUMNS, PROJECT_LINES, what, problems, at);
  const namesTo = block ? block.headerRow : last;
  const name = labelled(view, /^项目名称/, namesTo);
  if (!name?.value) problems.push({ code: "missing-row", message: `${what}：未找到项目名称`, cell: name?.label.ref ?? view.ref(at.row, at.col) });
  const department = labelled(view, /^主管部门/, namesTo)?.value;
  const implementer = labelled(view, /^实施单位/, namesTo)?.value;

  const funds: FundLine[] = (block?.lines ?? []).map((l) => {
    const f = fundFields(view, block!, l.row);
    return {
      key: l.key,
      label: l.label,
      row: l.row,
      initialBudget: f.initialBudget,
      fullBudget: f.fullBudget,
      executed: f.executed,
      weight: f.weight,
      rate: f.rate,
      score: f.score,
    };
  });

  requireTotalLine(view, block, funds, what, problems, at.col);

  const table = readIndicatorTable(view, block ? block.lastRow + 1 : loc.titleRow + 1, last, [...INDICATOR_REQUIRED, "weight", "score"], what, problems, at);
  const total = table
    ? readScoreTotal(view, table.endRow, last, { weight: table.columns.weight, score: table.columns.score }, what, problems, at)
    : undefined;

  const head = header(loc, view, block?.headerRow ?? loc.titleRow, notes, problems);
  return {
    ...head,
    kind: "project-scorecard",
    department: department ?? head.department,
    unit: head.unit ?? unitField(view, block?.unitCell),
    projectName: name?.value?.text.trim() ?? "",
    projectNameRef: name?.value?.ref,
    implementer,
    funds,
    indicators: table?.indicators ?? [],
    indicatorColumns: table?.columns ?? {},
    totalWeight: total?.weight,
    totalScore: total?.score,
    grade: total?.grade,
  };
}

export function bindDeptScorecard(loc: LocatedTable): DeptScorecard {
  const view = viewOf(loc);
  const problems: ReadProblem[] = [];
  const { notes, firstRow: notesRow } = findNotes(view, loc.titleRow + 1);
  const last = (notesRow ?? view.bottom + 1) - 1;
  const what = loc.marker ?? "部门整体支出绩效自评表";
  const at = { row: loc.titleRow, col: loc.titleCol };

  const block = readFundBlock(view, loc.titleRow + 1, last, DEPT_COLUMNS, DEPT_LINES, what, problems, at);
  const funds: DeptFundLine[] = (block?.lines ?? []).map((l) => {
    const f = fundFields(view, block!, l.row);
    return {
      key: l.key,
      label: l.label,
      row: l.row,
      initialBudget: f.initialBudget,
      adjustment: f.adjustment,
      confirmedBudget: f.confirmedBudget,
      executed: f.executed,
      rate: f.rate,
    };
  });
  requireTotalLine(view, block, funds, what, problems, at.col);

  const table = readIndicatorTable(view, block ? block.lastRow + 1 : loc.titleRow + 1, last, INDICATOR_REQUIRED, what, problems, at);
  const head = header(loc, view, block?.headerRow ?? loc.titleRow, notes, problems);
  return {
    ...head,
    kind: "dept-scorecard",
    unit: head.unit ?? unitField(view, block?.unitCell),
    funds,
    indicators: table?.indicators ?? [],
    indicatorColumns: table?.columns ?? {},
  };
}
