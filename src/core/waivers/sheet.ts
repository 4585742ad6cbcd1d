// The waiver sheet's format, read and written as plain text rows, so every host stores the same thing:
//
//   row 1   juesuan-waivers | 1 | (a note for people)              ← mark and format version
//   row 2   规则 | 检查 | 表种类 | 表 | 指纹 | 位置 | 说明 | 时间    ← header (columns found by these names)
//   row 3…  one waiver per row, every cell text
//
// Hosts write `waiverRows` into the very-hidden sheet WAIVER_SHEET and read it back with the ordinary grid. Reading
// is tolerant: a damaged row is skipped with a warning, a sheet that is not ours or from a newer format is left
// alone with a warning, and nothing here throws on workbook content.

import { Grid, GridSheet, rawText, sheetBottom, sheetRight, valueAt } from "../grid/grid";
import { MAX_REASON_CHARS, Waiver, WAIVER_MARK, WAIVER_SHEET, WAIVER_VERSION } from "./model";

const NOTE = "本表由 juesuan（决算公开校验）写入，保存“忽略并说明”；请在加载项中添加或撤销，勿手工修改。";

const COLUMNS = [
  ["rule", "规则"],
  ["check", "检查"],
  ["kind", "表种类"],
  ["table", "表"],
  ["fingerprint", "指纹"],
  ["where", "位置"],
  ["reason", "说明"],
  ["at", "时间"],
] as const satisfies readonly (readonly [keyof Waiver, string])[];

const REQUIRED: readonly (keyof Waiver)[] = ["rule", "fingerprint", "reason"];

export interface WaiversRead {
  readonly waivers: readonly Waiver[];
  /** zh-CN sentences: rows or a sheet that could not be read. */
  readonly warnings: readonly string[];
  /** The workbook has a waiver sheet (even an unreadable one). */
  readonly present: boolean;
  /** Why the sheet as a whole was not read (not ours, another format version): hosts must not overwrite it. */
  readonly unreadable?: string;
}

export function isWaiverSheet(name: string): boolean {
  return name.toLowerCase() === WAIVER_SHEET.toLowerCase();
}

/** The grid without the waiver sheet: what the checks see. */
export function withoutWaiverSheet(grid: Grid): Grid {
  return grid.sheets.some((s) => isWaiverSheet(s.name)) ? { sheets: grid.sheets.filter((s) => !isWaiverSheet(s.name)) } : grid;
}

/** The rows a host writes into the waiver sheet (all text). */
export function waiverRows(waivers: readonly Waiver[]): string[][] {
  const width = COLUMNS.length;
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill("")];
  return [pad([WAIVER_MARK, WAIVER_VERSION, NOTE]), COLUMNS.map(([, label]) => label), ...waivers.map((w) => COLUMNS.map(([key]) => w[key]))];
}

export function readWaivers(grid: Grid): WaiversRead {
  const sheet = grid.sheets.find((s) => isWaiverSheet(s.name));
  if (!sheet) return { waivers: [], warnings: [], present: false };
  const cell = (row: number, col: number) => rawText(valueAt(sheet, row, col)).trim();
  const name = `工作表“${sheet.name}”`;
  if (cell(0, 0) !== WAIVER_MARK) return unread(`${name}不是 juesuan 写入的忽略说明，未读取`);
  const version = cell(0, 1);
  if (version !== WAIVER_VERSION) return unread(`${name}的格式版本为“${version}”，本程序只读版本 ${WAIVER_VERSION}，其中的忽略说明未读取；请升级 juesuan`);
  const columns = headerColumns(sheet);
  const missing = REQUIRED.filter((k) => columns[k] === undefined);
  if (missing.length) return unread(`${name}缺少表头 ${missing.map(label).join("、")}，其中的忽略说明未读取`);

  const waivers: Waiver[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (let r = 2; r <= sheetBottom(sheet); r++) {
    const w = Object.fromEntries(COLUMNS.map(([key]) => [key, columns[key] === undefined ? "" : cell(r, columns[key]!)])) as Record<keyof Waiver, string>;
    if (Object.values(w).every((v) => v === "")) continue;
    const lacking = REQUIRED.filter((k) => !w[k]);
    if (lacking.length) {
      warnings.push(`${name}第 ${r + 1} 行缺少${lacking.map(label).join("、")}，已忽略此行`);
      continue;
    }
    if (seen.has(w.fingerprint)) continue; // the same finding answered twice: the first answer stands
    seen.add(w.fingerprint);
    waivers.push({ ...w, reason: w.reason.slice(0, MAX_REASON_CHARS) });
  }
  return { waivers, warnings, present: true };
}

function unread(warning: string): WaiversRead {
  return { waivers: [], warnings: [warning], present: true, unreadable: warning };
}

function label(key: keyof Waiver): string {
  return COLUMNS.find(([k]) => k === key)![1];
}

/** Column of each known header in row 2 (any order; unknown columns ignored). */
function headerColumns(sheet: GridSheet): Partial<Record<keyof Waiver, number>> {
  const out: Partial<Record<keyof Waiver, number>> = {};
  for (let c = sheet.left; c <= sheetRight(sheet); c++) {
    const text = rawText(valueAt(sheet, 1, c)).trim();
    const hit = COLUMNS.find(([, l]) => l === text);
    if (hit && out[hit[0]] === undefined) out[hit[0]] = c;
  }
  return out;
}
