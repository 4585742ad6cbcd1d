// Waivers through exceljs and the CLI: a waiver written into a copy of the sample answers its finding in
// `check` (JSON and text), survives moved rows, not a changed figure; --ignore-waivers shows it again; waived errors
// do not fail the run; `fill` keeps the very-hidden waiver sheet.
import JSZip from "jszip";
import { writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { analyze } from "../../src/core/engine";
import { Grid } from "../../src/core/grid/grid";
import { isWaiverSheet, readWaivers, WAIVER_SHEET, waiverRows } from "../../src/core/waivers/index";
import { insertRows, oneSheet } from "../helpers/rearrange";
import { run, tempDir } from "../cli/helpers";
import { AT, isGrade153, waivedSample } from "./xlsx";

const REASON = "本省要求按年初预算数计算执行率，等级按省定口径评定";

async function gridOf(bytes: Buffer): Promise<Grid> {
  return workbookToGrid(await loadWorkbook(bytes));
}

describe("a waiver written with exceljs", () => {
  let bytes: Buffer;
  let file: string;
  const dir = tempDir("waivers");

  beforeAll(async () => {
    ({ bytes } = await waivedSample(isGrade153, () => REASON));
    file = path.join(dir, "waived.xlsx");
    writeFileSync(file, bytes);
  });

  test("is stored on a very-hidden sheet of text cells, read back as written", async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.worksheets.find((w) => isWaiverSheet(w.name))!;
    expect(ws.name).toBe(WAIVER_SHEET);
    expect(ws.state).toBe("veryHidden");
    expect(ws.getCell("A1").value).toBe("juesuan-waivers");
    expect(ws.getCell("B1").value).toBe("1");
    expect(ws.getRow(2).values).toEqual([undefined, "规则", "检查", "表种类", "表", "指纹", "位置", "说明", "时间"]);
    expect(ws.getCell("A3").value).toBe("scorecard");
    expect(ws.getCell("G3").value).toBe(REASON);
    expect(ws.getCell("G3").numFmt).toBe("@");
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(new RegExp(`name="${WAIVER_SHEET}"[^>]*state="veryHidden"|state="veryHidden"[^>]*name="${WAIVER_SHEET}"`));
    const read = readWaivers(await gridOf(bytes));
    expect(read.warnings).toEqual([]);
    expect(read.waivers).toEqual([expect.objectContaining({ rule: "scorecard", check: "grade", kind: "project-scorecard", table: "附表15", where: "'附表15-3'!J24", reason: REASON, at: AT })]);
  });

  test("check --json: the finding is waived with its reason, counted apart", async () => {
    const r = await run(["check", "--json", file]);
    const f = JSON.parse(r.out).files[0];
    const grade = f.findings.filter((x: any) => x.sheet === "附表15-3" && x.check === "grade");
    expect(grade).toHaveLength(1);
    expect(grade[0]).toMatchObject({ waived: true, reason: REASON, waivedAt: AT, severity: "error", expected: "中", actual: "良" });
    expect(grade[0].waiver).toBeUndefined();
    expect(f.findings.filter((x: any) => x.waived)).toHaveLength(1);
    expect(f.waivers).toEqual({ waived: { error: 1, warning: 0, info: 0 }, stale: [], warnings: [] });
    // The waiver sheet is no table: the same 33 tables as the sample.
    expect(f.tables).toHaveLength(33);
    expect(r.code).toBe(1); // 30 errors left
  });

  test("check: the text report lists it under 【已忽略（附说明）】 with its reason, and counts it apart", async () => {
    const r = await run(["check", file]);
    expect(r.out).toContain("发现：错误 30 条，警告 15 条，尾数 18 条，另有已忽略（附说明）1 条");
    const lines = r.out.split("\n");
    const at = lines.indexOf("  【已忽略（附说明）】");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}\[错误\] 附表15 附表15-3!J24 {2}工业人才队伍建设培训专项经费：总分 79\.00 对应的等级应为“中”，表中为“良”/);
    expect(lines[at + 2]).toBe(`      说明：${REASON}（忽略于 2026-12-06）`);
    // Not in the list of findings above it.
    expect(lines.slice(0, at).filter((l) => l.includes("附表15-3!J24") || (l.includes("J24") && l.includes("等级")))).toEqual([]);
  });

  test("--ignore-waivers shows it as any other finding", async () => {
    const r = await run(["check", "--json", "--ignore-waivers", file]);
    const f = JSON.parse(r.out).files[0];
    const grade = f.findings.find((x: any) => x.sheet === "附表15-3" && x.check === "grade");
    expect(grade.waived).toBeUndefined();
    expect(grade.reason).toBeUndefined();
    expect(f.findings.filter((x: any) => x.waived)).toHaveLength(0);
    expect(f.findings.filter((x: any) => x.severity === "error")).toHaveLength(31);
    const text = await run(["check", "--ignore-waivers", file]);
    expect(text.out).toContain("发现：错误 31 条，警告 15 条，尾数 18 条\n");
    expect(text.out).not.toContain("已忽略");
  });

  test("a changed figure brings the finding back, and the waiver is listed as stale", async () => {
    const wb = await loadWorkbook(bytes);
    wb.getWorksheet("附表15-3")!.getCell("J24").value = "差"; // still wrong (79.00 is 中), but not the figure answered
    const changed = path.join(dir, "changed.xlsx");
    writeFileSync(changed, Buffer.from(await wb.xlsx.writeBuffer()));
    const f = JSON.parse((await run(["check", "--json", changed])).out).files[0];
    const grade = f.findings.find((x: any) => x.sheet === "附表15-3" && x.check === "grade");
    expect(grade).toMatchObject({ actual: "差", expected: "中" });
    expect(grade.waived).toBeUndefined();
    expect(f.waivers.stale).toEqual([{ rule: "scorecard", check: "grade", table: "附表15", where: "'附表15-3'!J24", reason: REASON, at: AT }]);
    const text = (await run(["check", changed])).out;
    expect(text).toContain("失效的忽略说明（1 条：对应的问题已不存在，或所涉数字已改变）：");
    expect(text).toContain(`附表15 '附表15-3'!J24（scorecard）说明：${REASON}`);
  });

  test("moved rows keep it waived: a row inserted above the scorecard, or every table stacked on one sheet", async () => {
    const grid = await gridOf(bytes);
    const shifted: Grid = { sheets: grid.sheets.map((s) => (s.name === "附表15-3" ? insertRows(s, 0, [["插入的一行"]]) : s)) };
    const moved = analyze(shifted).findings.find((x) => x.check === "grade" && x.sheet === "附表15-3")!;
    expect(moved.cell).toEqual({ sheet: "附表15-3", row: 24, col: 9 });
    expect(moved.waiver).toEqual({ reason: REASON, at: AT });

    const tables = oneSheet({ sheets: grid.sheets.filter((s) => !isWaiverSheet(s.name)) });
    const stacked: Grid = { sheets: [...tables.sheets, grid.sheets.find((s) => isWaiverSheet(s.name))!] };
    const a = analyze(stacked);
    const waived = a.findings.filter((x) => x.waiver);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({ check: "grade", sheet: "全部", actual: "良" });
    expect(a.waivers.stale).toEqual([]);
  });

  test("check --out: the waived cell is not painted, the others are, and the copy keeps the waiver sheet", async () => {
    const out = path.join(dir, "annotated.xlsx");
    const r = await run(["check", file, "--out", out]);
    expect(r.code).toBe(1);
    const wb = await loadWorkbook(readFileSync(out));
    const fillOf = (sheet: string, a1: string) => (wb.getWorksheet(sheet)!.getCell(a1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fillOf("附表15-3", "J24")).toBeUndefined();
    expect(wb.getWorksheet("附表15-3")!.getCell("J24").note).toBeUndefined();
    expect(fillOf("附表15-3", "G7")).toBe("FFFFC7CE"); // 执行率 on 年初预算数, not answered
    expect(wb.worksheets.find((w) => isWaiverSheet(w.name))!.state).toBe("veryHidden");
    expect(readWaivers(await gridOf(readFileSync(out))).waivers).toHaveLength(1);
    // For reviewers the same cell is painted as any other.
    const strict = path.join(dir, "annotated-strict.xlsx");
    await run(["check", file, "--ignore-waivers", "--out", strict]);
    expect((await loadWorkbook(readFileSync(strict))).getWorksheet("附表15-3")!.getCell("J24").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
  });

  test("fill keeps the waiver sheet, very hidden, with its rows", async () => {
    const out = path.join(dir, "filled.xlsx");
    const r = await run(["fill", file, "--out", out]);
    expect(r.err).toBe("");
    const filled = readFileSync(out);
    const wb = await loadWorkbook(filled);
    const ws = wb.worksheets.find((w) => isWaiverSheet(w.name))!;
    expect(ws.state).toBe("veryHidden");
    const zip = await JSZip.loadAsync(filled);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('state="veryHidden"');
    const before = readWaivers(await gridOf(bytes));
    const after = readWaivers(await gridOf(filled));
    expect(after).toEqual(before);
    expect(waiverRows(after.waivers)).toHaveLength(3);
  });
});

describe("waived errors and the exit status", () => {
  test("every error answered: exit 0; --ignore-waivers: exit 1", async () => {
    const { bytes, waivers } = await waivedSample((f) => f.severity === "error", (f) => `已核实：${f.table} ${f.check}`);
    expect(waivers).toHaveLength(31);
    const file = path.join(tempDir("waivers-all"), "all.xlsx");
    writeFileSync(file, bytes);
    const r = await run(["check", file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("发现：错误 0 条，警告 15 条，尾数 18 条，另有已忽略（附说明）31 条");
    expect((await run(["check", "--ignore-waivers", file])).code).toBe(1);
  });

  test("--ignore-waivers is a check option only, and a switch", async () => {
    expect((await run(["fill", "--sample", "云南", "--out", "x.xlsx", "--ignore-waivers"])).err).toContain("fill 没有选项 --ignore-waivers（它属于 check）");
    expect((await run(["check", "--ignore-waiver"])).err).toContain("未知选项 --ignore-waiver，是否想用 --ignore-waivers？");
    expect((await run(["check", "--ignore-waivers=1"])).err).toContain("选项 --ignore-waivers 是开关，不接受值");
  });
});
