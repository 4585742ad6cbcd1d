// `juesuan fill`: the copy it writes, the JSON it prints, what it refuses, and the round trip through `check`.
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/core/engine";
import { planFill } from "../../src/core/fill/plan";
import { cellKey } from "../../src/core/grid/address";
import { consistentWorkbook } from "../helpers/consistent-workbook";
import { SAMPLE_PATH } from "../helpers/sample";
import { blankableDerivedCells } from "./blanking";
import { casesGrid, RULES_CASE } from "./cases";
import { blankCopy, cli, gridOfFile, gridToXlsx, readFormulaCells } from "./workbooks";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-fill-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const out = (name: string) => path.join(dir, name);

describe("juesuan fill on the sample", () => {
  test("writes the copy, prints the JSON contract, leaves the input alone; conflicts make exit 1", async () => {
    const before = sha(SAMPLE_PATH);
    const r = await cli("fill", SAMPLE_PATH, "--out", out("sample-filled.xlsx"), "--json");
    expect([r.code, r.err]).toEqual([1, ""]);
    expect(sha(SAMPLE_PATH)).toBe(before);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["files"]);
    const [file] = json.files;
    expect([file.file, file.out, file.profile, file.template]).toEqual([SAMPLE_PATH, out("sample-filled.xlsx"), "national", { id: "yunnan-2023", name: "云南（公开01–公开12）", forced: false }]);
    expect(file.filled).toEqual([{ sheet: "附表14", cell: "F11", formula: "=SUM(D11,E11)", value: "29.36", what: "附表14 上年结转 预算确定数" }]);
    expect(file.conflicts.length).toBe(32); // 43 before the 11 totals within 尾数 were kept as typed
    expect(file.conflicts).toContainEqual({
      sheet: "附表15-2",
      cell: "I21",
      formula: "=ROUND(IF(G21>=E21,H21,IF(E21=0,0,MAX(0,MIN(H21,H21*G21/E21)))),2)",
      value: "3.18",
      existing: "3.00",
      reason: "differs",
      message: "附表15-2（高水平建设云南先进制造中心专项经费） “牵头引进市级重点招商项目数”得分（I21）：现为 3.00，按公式 =ROUND(IF(G21>=E21,H21,IF(E21=0,0,MAX(0,MIN(H21,H21*G21/E21)))),2) 应为 3.18；未改动，确认后可替换",
    });
    expect(file.manual).toHaveLength(26);
    // typed totals off by the 尾数 of their parts are kept as typed, and listed
    expect(file.withinRounding).toHaveLength(11);
    expect(file.withinRounding[0]).toEqual({
      sheet: "公开01表",
      cell: "F38",
      value: "10602.10",
      existing: "10,602.11",
      message: "公开01 本年支出合计（F38）：现为 10,602.11，按公式 =SUM(F12:F37) 应为 10,602.10，差异在尾数误差 ±0.035 以内；保留原值（其他表引用的是这个数）",
    });
    const cells = await readFormulaCells(out("sample-filled.xlsx"), [
      { sheet: "附表14", cell: "F11" },
      { sheet: "附表15-2", cell: "I21" },
    ]);
    expect(cells.get("附表14!F11")).toEqual({ formula: "SUM(D11,E11)", result: 29.36 });
    expect(cells.get("附表15-2!I21")).toEqual({ formula: undefined, result: undefined }); // untouched constant 3
  });

  test("--overwrite replaces the disagreeing cells and exits 0", async () => {
    const r = await cli("fill", SAMPLE_PATH, "--out", out("sample-over.xlsx"), "--json", "--overwrite");
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.out).files;
    expect(file.conflicts).toEqual([]);
    // the reproduction: --overwrite no longer replaces totals that differ only by 尾数
    expect(file.filled.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`)).not.toContain("公开01表!F38");
    expect(file.withinRounding.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`)).toContain("公开01表!F38");
    expect(file.filled.find((f: { cell: string; sheet: string }) => f.sheet === "附表15-2" && f.cell === "I21")).toMatchObject({ value: "3.18", replaced: "3.00" });
    const cells = await readFormulaCells(out("sample-over.xlsx"), [{ sheet: "附表15-2", cell: "I21" }]);
    expect(cells.get("附表15-2!I21")).toEqual({ formula: "ROUND(IF(G21>=E21,H21,IF(E21=0,0,MAX(0,MIN(H21,H21*G21/E21)))),2)", result: 3.18 });
  });

  test("the plain report says what was done, in Chinese", async () => {
    const r = await cli("fill", SAMPLE_PATH, "--out", out("sample-plain.xlsx"));
    const lines = r.out.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      `文件：${SAMPLE_PATH}`,
      "  模板：云南（公开01–公开12）（自动识别）",
      `  已写入填充副本：${out("sample-plain.xlsx")}（评分口径：全国默认（财预〔2020〕10号：90/80/60））`,
      expect.stringMatching(/^ {2}填充公式 1 个；已一致 \d+ 个；尾数以内保留原值 11 个；冲突 32 个（未改动）；需人工填写 26 个$/),
    ]);
    expect(r.out).toContain("  【尾数以内，保留原值：合计与各项之和只差尾数，其他表引用的是所填的数，--overwrite 也不替换】\n    公开01表!F38  公开01 本年支出合计（F38）：现为 10,602.11");
    expect(r.out).toContain("  【需人工填写：无法由公式得出】");
  });
});

describe("bad input is one line on stderr and exit 2; nothing is written", () => {
  test.each([
    ["--out is the input itself", ["fill", SAMPLE_PATH, "--out", path.join(path.dirname(SAMPLE_PATH), ".", path.basename(SAMPLE_PATH))], "juesuan: --out 不能是输入文件本身：fill 只写副本，不修改原文件\n"],
    ["a missing file", ["fill", "/nonexistent/x.xlsx", "--out", "/tmp/never.xlsx"], "/nonexistent/x.xlsx：找不到文件\n"],
  ])("%s", async (_what, argv, message) => {
    const before = sha(SAMPLE_PATH);
    const r = await cli(...argv);
    expect([r.code, r.err, r.out]).toEqual([2, message, ""]);
    expect(sha(SAMPLE_PATH)).toBe(before);
  });

  test("not an .xlsx", async () => {
    writeFileSync(out("text.xlsx"), "not a workbook");
    const r = await cli("fill", out("text.xlsx"), "--out", out("text-out.xlsx"));
    expect([r.code, r.err]).toEqual([2, `${out("text.xlsx")}：不是 .xlsx 文件（内容不是 Excel 工作簿）\n`]);
    expect(existsSync(out("text-out.xlsx"))).toBe(false);
  });

  test("a workbook without any table is not bad input: exit 0 as in check, and nothing is written", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空").getCell("A1").value = "你好";
    await wb.xlsx.writeFile(out("empty.xlsx"));
    const r = await cli("fill", out("empty.xlsx"), "--out", out("empty-out.xlsx"));
    expect([r.code, r.err, r.out]).toEqual([0, "", `文件：${out("empty.xlsx")}\n  未找到任何公开表或绩效自评表：没有可填充的单元格，未写出填充副本。\n`]);
    expect(existsSync(out("empty-out.xlsx"))).toBe(false);
  });

  test.each([
    ["no --out", ["fill", SAMPLE_PATH], "fill 需要用 --out 指定输出文件（输入文件不会被修改）"],
    ["two inputs", ["fill", SAMPLE_PATH, SAMPLE_PATH, "--out", "/tmp/x.xlsx"], "fill 需要且只接受一个输入文件"],
    ["an unknown profile", ["fill", SAMPLE_PATH, "--out", "/tmp/x.xlsx", "--profile", "mars"], "未知的评分口径：mars（可选：national、province-80-70-60）"],
  ])("usage: %s", async (_what, argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(`juesuan: ${message}`);
  });
});

describe("protected sheets", () => {
  test("locked cells are conflicts and stay empty; an unlocked cell is filled", async () => {
    await gridToXlsx(casesGrid([RULES_CASE]), out("cases.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out("cases.xlsx"));
    const ws = wb.getWorksheet(RULES_CASE.sheet)!;
    ws.getCell("I13").protection = { locked: false };
    await ws.protect("", {});
    await wb.xlsx.writeFile(out("cases-protected.xlsx"));

    const r = await cli("fill", out("cases-protected.xlsx"), "--out", out("cases-protected-filled.xlsx"), "--json", "--overwrite");
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.out).files;
    expect(file.filled.map((f: { cell: string }) => f.cell)).toEqual(["I13"]);
    const g5 = file.conflicts.find((c: { cell: string }) => c.cell === "G5");
    expect(g5).toMatchObject({ reason: "protected", value: "1.2000", existing: "" });
    expect(file.conflicts.every((c: { reason: string }) => c.reason === "protected")).toBe(true);
    const cells = await readFormulaCells(out("cases-protected-filled.xlsx"), [{ sheet: RULES_CASE.sheet, cell: "G5" }, { sheet: RULES_CASE.sheet, cell: "I13" }]);
    expect(cells.get(`${RULES_CASE.sheet}!G5`)).toEqual({ formula: undefined, result: undefined });
    expect(cells.get(`${RULES_CASE.sheet}!I13`)?.formula).toBe("ROUND(IF(G13>=E13,H13,IF(E13=0,0,MAX(0,MIN(H13,H13*G13/E13)))),2)");
  });
});

test("--profile province-80-70-60 writes its bands and its reverse reading", async () => {
  await gridToXlsx(casesGrid([RULES_CASE]), out("cases-p.xlsx"));
  const r = await cli("fill", out("cases-p.xlsx"), "--out", out("cases-p-filled.xlsx"), "--json", "--profile", "province-80-70-60");
  expect(r.code).toBe(0);
  const [file] = JSON.parse(r.out).files;
  const byCell = new Map(file.filled.map((f: { cell: string; formula: string; value: string }) => [f.cell, [f.formula, f.value]]));
  expect(byCell.get("J25")).toEqual(['=IF(ROUND(I25,2)>=80,"优",IF(ROUND(I25,2)>=70,"良",IF(ROUND(I25,2)>=60,"中","差")))', "中"]);
  expect(byCell.get("I19")).toEqual(["=ROUND(IF(G19<=E19,H19,IF(E19=0,0,MAX(0,H19*(1-(G19-E19)/E19)))),2)", "4.00"]);
});

describe("round trip: fill, then check the filled copy", () => {
  test("a consistent workbook with its derived cells blanked checks clean", async () => {
    const wb = consistentWorkbook();
    const original = planFill(wb.grid);
    const { cells } = blankableDerivedCells(wb.grid, [...original.kept, ...original.writes].map((k) => k.cell));
    await gridToXlsx(wb.grid, out("consistent.xlsx"));
    await blankCopy(out("consistent.xlsx"), cells, out("consistent-blank.xlsx"));
    const r = await cli("fill", out("consistent-blank.xlsx"), "--out", out("consistent-filled.xlsx"), "--json");
    expect(r.code).toBe(0);
    // Every blanked cell that showed a figure is filled; those that showed "-" have nothing to derive from.
    const figures = cells.filter((c) => {
      const sheet = wb.grid.sheets.find((s) => s.name === c.sheet)!;
      const v = sheet.values[c.row - sheet.top]?.[c.col - sheet.left];
      return v !== null && v !== undefined && !(typeof v === "string" && /^[-—]$/.test(v.trim()));
    });
    expect(JSON.parse(r.out).files[0].filled.length).toBe(figures.length);
    const findings = analyze(await gridOfFile(out("consistent-filled.xlsx"))).findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the sample with its derived cells blanked: no error on a filled cell from the identities the fill encodes", async () => {
    const grid = await gridOfFile(SAMPLE_PATH);
    const original = planFill(grid);
    const { cells } = blankableDerivedCells(grid, [...original.kept, ...original.writes, ...original.conflicts].map((k) => k.cell));
    await blankCopy(SAMPLE_PATH, cells, out("sample-blank.xlsx"));
    const r = await cli("fill", out("sample-blank.xlsx"), "--out", out("sample-blank-filled.xlsx"), "--json");
    const filled = new Set(JSON.parse(r.out).files[0].filled.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`));
    const errors = analyze(await gridOfFile(out("sample-blank-filled.xlsx"))).findings.filter((f) => f.severity === "error" && filled.has(cellKey(f.cell)));
    // What remains is the seed's raw data, not the fill: 公开01's 功能类 rows and 公开03's items carry different
    // 尾数 (10,602.10 vs 10,602.12, a cross-table identity that must hold exactly), and 附表15-4's 分值 add up
    // to 97.
    expect(errors.map((f) => [f.rule, f.check, cellKey(f.cell)])).toEqual([
      ["cross.summary-expenditure", "cross", "公开01表!F38"],
      // The same 尾数 on the income side: 公开02's and 公开05's 合计 rows summed from their 项 (10,590.01,
      // 10,584.31) against the figures 公开01/04 show (10,590.02, 10,584.32), which must agree exactly.
      ["cross.income-by-source", "cross", "公开02表!D12"],
      ["cross.fiscal-income", "cross", "公开02表!E12"],
      ["cross.fund-income", "cross", "公开05表!G14"],
      ["scorecard", "weights", "附表15-4!H24"],
    ]);
  });
});
