// `juesuan template` end to end in-process: the .xlsx it writes (merges, widths, formats, grid, lists, formulas)
// and the reader recognising it as 附表15 / 附表14, blank and with names and indicators typed in.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { bindWorkbook } from "../../src/core/tables/bind";
import { BoundWorkbook, DeptScorecard, ProjectScorecard } from "../../src/core/tables/model";
import { deptTemplate, projectTemplate } from "../../src/core/templates";
import { DeptTemplateMap, ProjectTemplateMap } from "../../src/core/templates/model";
import { DEPT, fillIndicator, RADIO, typeInto } from "./seed-scorecards";

const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-template-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function bound(file: string): Promise<BoundWorkbook> {
  return bindWorkbook(workbookToGrid(await loadWorkbook(readFileSync(file))));
}

describe("juesuan template project", () => {
  const file = path.join(dir, "项目.xlsx");
  let r: { code: number; out: string; err: string };
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await run(["template", "project", "--out", file, "--indicators", "6", "--year", "2023"]);
    ws = (await readXlsx(file)).getWorksheet("附表15")!;
  });

  test("exit 0 and one line saying what was written", () => {
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(`已生成项目支出绩效自评表（附表15）模板：${file}（2023年度项目支出绩效自评表，6 行指标，评分口径：全国默认（财预〔2020〕10号：90/80/60））\n`);
  });

  test("the sheet: values, formulas, merges, widths, hidden helper lists", () => {
    expect(ws.getCell("A3").value).toBe("2023年度项目支出绩效自评表");
    expect(ws.getCell("G7").formula).toBe("IFERROR(E7/D7,0)");
    expect(ws.getCell("H7").formula).toBe("ROUND(MIN(G7,1)*F7,2)");
    expect(ws.getCell("I16").formula).toMatch(/^IF\(AND\(ISNUMBER\(E16\),ISNUMBER\(G16\),ISNUMBER\(H16\)\),/);
    expect(ws.getCell("H23").formula).toBe("SUM(F7,H16:H21)");
    expect(ws.getCell("J23").formula).toMatch(/^IF\(ROUND\(H23,2\)=100,IF\(ROUND\(I23,2\)>=90,"优"/);
    expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(["A3:J3", "B4:J4", "A6:A10", "G14:G15", "A23:G23"]));
    expect(ws.getColumn(3).width).toBe(24);
    expect([12, 13, 14, 15, 16].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, true, true, true]);
    expect(ws.getColumn(10).hidden).toBe(false);
    expect(ws.getRow(12).height).toBe(80);
  });

  test("looks: fonts, alignment, number formats, the thin grid", () => {
    expect(ws.getCell("A3").font).toMatchObject({ name: "宋体", size: 16, bold: true });
    expect(ws.getCell("C15").font).toMatchObject({ name: "宋体", size: 10, bold: true });
    expect(ws.getCell("C8").numFmt).toBe("#,##0.00");
    expect(ws.getCell("G7").numFmt).toBe("0.00%");
    expect(ws.getCell("I16").numFmt).toBe("0.00");
    expect(ws.getCell("B12").alignment).toMatchObject({ horizontal: "left", vertical: "top", wrapText: true });
    for (const a1 of ["A4", "J4", "E10", "C16", "J23", "H23"]) {
      expect([a1, ws.getCell(a1).border]).toEqual([a1, { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } }]);
    }
    expect(ws.getCell("A25").border ?? {}).toEqual({});
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, printArea: "A1:J32" });
  });

  test("drop-down lists on every indicator row", () => {
    expect(ws.getCell("A16").dataValidation).toMatchObject({ type: "list", formulae: ['"产出指标,效益指标,满意度指标"'], errorStyle: "stop" });
    expect(ws.getCell("A21").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("D18").dataValidation).toMatchObject({ type: "list", formulae: ['"≥,≤,＝"'] });
    expect(ws.getCell("B17").dataValidation).toMatchObject({ type: "list", errorStyle: "warning" });
    expect(ws.getCell("B17").dataValidation.formulae[0]).toContain("MATCH($A16,$L$1:$L$3,0)");
    expect(ws.getCell("A22").dataValidation).toBeUndefined();
  });

  test("the reader recognises the blank template as 附表15, missing only what people have not typed yet", async () => {
    const wb = await bound(file);
    expect(wb.tables).toHaveLength(1);
    const card = wb.tables[0] as ProjectScorecard;
    expect([card.id, card.sheet, card.marker, card.title, card.year]).toEqual(["附表15", "附表15", "附表15", "2023年度项目支出绩效自评表", 2023]);
    expect(card.funds.map((f) => [f.key, f.row + 1])).toEqual([["total", 7], ["fiscal", 8], ["carryover", 9], ["other", 10]]);
    expect(card.unit?.text).toBe("万元");
    expect(card.notes).toHaveLength(7);
    expect(card.problems.map((p) => p.message)).toEqual(["附表15：未找到项目名称", "附表15：绩效指标表没有指标行"]);
    const check = await run(["check", file, "--json"]);
    expect(check.code).toBe(0);
    // A template nobody has opened yet: its formulas were never computed, and check says so.
    expect(JSON.parse(check.out).files[0].findings.map((f: any) => `${f.severity} ${f.rule}`)).toEqual([
      "warning read.missing-row",
      "warning read.uncomputed-formula",
      "warning read.missing-row",
    ]);
  });

  test("with names and indicators typed in, every column and line is bound at the template's cells", async () => {
    const t = projectTemplate({ indicators: 6, year: 2023 });
    const map = t.map as ProjectTemplateMap;
    const wb = await readXlsx(file);
    const sheet = wb.getWorksheet("附表15")!;
    typeInto(sheet, map.projectName, RADIO.projectName);
    typeInto(sheet, map.department, RADIO.department);
    typeInto(sheet, map.implementer, RADIO.department);
    RADIO.indicators.forEach((ind, i) => fillIndicator(sheet, map.indicators[i], ind));
    const typed = path.join(dir, "typed.xlsx");
    await wb.xlsx.writeFile(typed);
    const card = (await bound(typed)).tables[0] as ProjectScorecard;
    expect(card.problems).toEqual([]);
    expect(card.projectName).toBe(RADIO.projectName);
    expect([card.department?.text, card.implementer?.text]).toEqual([RADIO.department, RADIO.department]);
    expect(card.indicatorColumns).toEqual({ level1: 0, level2: 1, level3: 2, nature: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8, reason: 9 });
    expect(card.indicators.map((i) => [i.row + 1, i.level1, i.nature])).toEqual([
      [16, "产出指标", "="], [17, "产出指标", "="], [18, "产出指标", "<="], [19, "效益指标", ">="], [20, "效益指标", "="], [21, "满意度指标", ">="],
    ]);
    expect(card.indicators[2].actual?.text).toBe("14%");
  });
});

describe("juesuan template dept", () => {
  test("writes a 附表14 the reader recognises", async () => {
    const file = path.join(dir, "部门.xlsx");
    const r = await run(["template", "dept", "--out", file, "--year", "2023", "--indicators", "5"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已生成部门整体支出绩效自评表（附表14）模板");
    const wb = await readXlsx(file);
    const sheet = wb.getWorksheet("附表14")!;
    expect(sheet.getCell("F6").formula).toBe("SUM(D6,E6)");
    const map = deptTemplate({ indicators: 5 }).map as DeptTemplateMap;
    typeInto(sheet, map.department, DEPT.department);
    DEPT.indicators.forEach((ind, i) => fillIndicator(sheet, map.indicators[i], ind));
    const typed = path.join(dir, "dept-typed.xlsx");
    await wb.xlsx.writeFile(typed);
    const card = (await bound(typed)).tables[0] as DeptScorecard;
    expect([card.id, card.sheet, card.marker, card.year, card.department?.text]).toEqual(["附表14", "附表14", "附表14", 2023, DEPT.department]);
    expect(card.problems).toEqual([]);
    expect(card.funds.map((f) => [f.key, f.row + 1])).toEqual([["total", 6], ["basic", 7], ["project", 8], ["project.fiscal", 9], ["project.other", 10], ["carryover", 11]]);
    expect(card.indicatorColumns).toMatchObject({ level1: 0, level2: 1, level3: 2, nature: 3, target: 4, unit: 5, actual: 6, reason: 7 });
    expect(card.indicators.map((i) => i.level3)).toEqual(DEPT.indicators.map((i) => i.level3));
  });
});

describe("juesuan template: usage errors exit 2", () => {
  test.each([
    [["template"], "template 需要模板种类"],
    [["template", "both", "--out", "x.xlsx"], "template 需要模板种类"],
    [["template", "project"], "template 需要 --out"],
    [["template", "project", "--out", "x.csv"], "--out 应为 .xlsx 文件"],
    [["template", "project", "--out", "x.xlsx", "--indicators", "abc"], "--indicators 应为正整数"],
    [["template", "project", "--out", "x.xlsx", "--indicators", "0"], "指标行数应为 1 到 60 之间的整数"],
    [["template", "project", "--out", "x.xlsx", "--profile", "mars"], "未知的评分口径：mars"],
    [["template", "project", "--out", "x.xlsx", "--year", "99"], "年度应为四位年份"],
  ])("%j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  test("--help shows the template command", async () => {
    const r = await run(["--help"]);
    expect(r.out).toContain("juesuan template project|dept --out 模板.xlsx [--indicators 行数]");
  });
});
