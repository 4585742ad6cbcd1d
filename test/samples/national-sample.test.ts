// The national-layout sample (assets/sample/national.xlsx): the committed file is what its script builds from the
// seed now, and it carries the seed's own figures in the national nine-table layout (domain.md §7). Read with
// exceljs only: recognising this workbook is the engine's job and is tested elsewhere.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/build-national-sample.mjs");
const SEED = path.join(ROOT, "assets/sample/seed.txt");
const NATIONAL = path.join(ROOT, "assets/sample/national.xlsx");
const PREFIX = "曲靖市工业和信息化局2023年度";
const TITLES = [
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算表",
  "一般公共预算财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "国有资本经营预算财政拨款收入支出决算表",
];

let dir: string;
let committed: ExcelJS.Workbook;
let rebuilt: ExcelJS.Workbook;

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-national-"));
  const out = path.join(dir, "national.xlsx");
  execFileSync("node", [SCRIPT, SEED, out], { cwd: ROOT, stdio: "pipe" });
  [committed, rebuilt] = await Promise.all([read(NATIONAL), read(out)]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isSlave = (cell: ExcelJS.Cell): boolean => cell.isMerged && cell.master !== cell;

/** Every written cell of a sheet: address → value and number format (a merged area's other cells name their master). */
function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = isSlave(cell) ? { mergedInto: cell.master.address } : { value: cell.value, numFmt: cell.numFmt ?? null };
    }),
  );
  return cells;
}

const mergesOf = (ws: ExcelJS.Worksheet): string[] => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();

/** The cell whose text is exactly `text` (first by rows, then columns; a merged area counts once, at its master). */
function find(ws: ExcelJS.Worksheet, text: string, fromRow = 1): ExcelJS.Cell {
  for (let r = fromRow; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (!isSlave(cell) && typeof cell.value === "string" && cell.value.trim() === text) return cell;
    }
  }
  throw new Error(`${ws.name}: no cell "${text}"`);
}

/** The merged area whose master is `cell`, as [top, left, bottom, right]. */
function mergeAt(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): [number, number, number, number] {
  for (const range of mergesOf(ws)) {
    const [a, b] = range.split(":").map((a1) => ws.getCell(a1));
    if (a.address === cell.address) return [Number(a.row), Number(a.col), Number(b.row), Number(b.col)];
  }
  throw new Error(`${ws.name}: ${cell.address} is no merge`);
}

/** A number shown with "#,##0.00", as Excel shows it. */
function shown(cell: ExcelJS.Cell): string {
  expect(cell.numFmt).toBe("#,##0.00");
  expect(typeof cell.value).toBe("number");
  return (cell.value as number).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const sheet = (n: number): ExcelJS.Worksheet => committed.getWorksheet(`Sheet${n}`)!;

test("the committed national sample exists and is what the script builds now", () => {
  expect(existsSync(NATIONAL)).toBe(true);
  expect(committed.worksheets.map((ws) => ws.name)).toEqual(rebuilt.worksheets.map((ws) => ws.name));
  for (const ws of rebuilt.worksheets) {
    const mine = committed.getWorksheet(ws.name)!;
    expect({ sheet: ws.name, merges: mergesOf(mine), cells: cellsOf(mine) }).toEqual({ sheet: ws.name, merges: mergesOf(ws), cells: cellsOf(ws) });
  }
});

test("nine sheets whose names say nothing, each titled with the department and year and marked 表1…表9", () => {
  expect(committed.worksheets.map((ws) => ws.name)).toEqual(TITLES.map((_, k) => `Sheet${k + 1}`));
  TITLES.forEach((title, k) => {
    const ws = sheet(k + 1);
    expect(String(ws.getCell("A1").value)).toBe(`${PREFIX}${title}`);
    expect(String(ws.getCell("A1").value).startsWith(PREFIX)).toBe(true);
    const marker = find(ws, `表${k + 1}`);
    expect(Number(marker.row)).toBeLessThanOrEqual(Number(find(ws, "部门：曲靖市工业和信息化局").row));
    expect(find(ws, "金额单位：万元").row).toBe(find(ws, "部门：曲靖市工业和信息化局").row);
  });
});

test("表1 shows 本年收入合计 10,590.02, as the seed's 公开01", () => {
  const ws = sheet(1);
  const label = find(ws, "本年收入合计");
  const amount = find(ws, "金额").col; // the income side's 金额 column comes first
  expect(shown(ws.getCell(Number(label.row), Number(amount)))).toBe("10,590.02");
});

test("表5: 本年支出 merged over 小计 / 基本支出 / 项目支出, figures from the seed's 公开05 栏次 7 / 8 / 11", () => {
  const ws = sheet(5);
  const head = find(ws, "本年支出");
  const [top, left, bottom, right] = mergeAt(ws, head);
  expect([top, bottom, right - left + 1]).toEqual([Number(head.row), Number(head.row), 3]);
  const cols = ["小计", "基本支出", "项目支出"].map((t) => Number(find(ws, t).col));
  expect(cols).toEqual([left, left + 1, left + 2]);
  const values = (row: number) => cols.map((c) => shown(ws.getCell(row, c)));
  // seed 公开05 合计 row: 栏次 7 = 10,584.32, 8 = 3,802.90, 11 = 6,781.43
  expect(values(Number(find(ws, "合计").row))).toEqual(["10,584.32", "3,802.90", "6,781.43"]);
  // seed 公开05 2150517 产业发展: 栏次 7 = 2,561.02, 8 = 70.86, 11 = 2,490.17
  const item = find(ws, "2150517");
  expect(ws.getCell(Number(item.row), Number(item.col) + 1).value).toBe("产业发展");
  expect(values(Number(item.row))).toEqual(["2,561.02", "70.86", "2,490.17"]);
  // codes are text, and the 类 and 款 rows stand above their 项
  expect(Number(find(ws, "215").row)).toBeLessThan(Number(find(ws, "21505").row));
  expect(Number(find(ws, "21505").row)).toBeLessThan(Number(item.row));
});

test("表7: one row under 预算数 and 决算数 (each merged over six columns); 决算数 from the seed's 公开11", () => {
  const ws = sheet(7);
  const budget = mergeAt(ws, find(ws, "预算数"));
  const final = mergeAt(ws, find(ws, "决算数"));
  expect([budget[3] - budget[1] + 1, final[3] - final[1] + 1]).toEqual([6, 6]);
  expect(final[1]).toBe(budget[3] + 1);
  const head = final[0];
  const under = (group: [number, number, number, number], label: string) => {
    for (let c = group[1]; c <= group[3]; c++) if (ws.getCell(head + 1, c).value === label) return c;
    throw new Error(`no ${label}`);
  };
  const car = mergeAt(ws, ws.getCell(head + 1, under(final, "公务用车购置及运行费")));
  expect(car[3] - car[1] + 1).toBe(3);
  expect([1, 2].map((k) => ws.getCell(head + 2, car[1] + k).value)).toEqual(["公务用车购置费", "公务用车运行费"]);
  const data = head + 3;
  // seed 公开11 决算统计数: 支出合计 32.62, 公务接待费 7.99; 全年预算数: 支出合计 32.62, 公务接待费 7.99
  expect(shown(ws.getCell(data, under(final, "合计")))).toBe("32.62");
  expect(shown(ws.getCell(data, under(final, "公务接待费")))).toBe("7.99");
  expect(shown(ws.getCell(data, under(budget, "合计")))).toBe("32.62");
  expect(shown(ws.getCell(data, car[1]))).toBe("24.63");
  expect(ws.getRow(data + 1).actualCellCount).toBe(0); // one data row
});

test("表8 and 表9 are empty with the seed's notes", () => {
  expect(Number(find(sheet(8), "合计").row)).toBeGreaterThan(Number(find(sheet(8), "本年支出").row));
  const note = (n: number) =>
    sheet(n)
      .getColumn(1)
      .values.filter((v): v is string => typeof v === "string");
  expect(note(8)).toContain(" 2. 本部门2023年度无政府性基金预算财政拨款收入，《政府性基金预算财政拨款收入支出决算表》为空表。");
  expect(note(9)).toContain(" 2. 本部门2023年度无国有资本经营预算财政拨款收入，《国有资本经营预算财政拨款收入支出决算表》为空表。");
});
