// `check|fill --recalc` (issue 13, item 1): formula results computed by LibreOffice in a temporary copy instead of
// the results the file cached (missing, or stale). The input is never modified and the copies written come from the
// original workbook. LibreOffice is required here, as in the other LibreOffice tests: without it these tests FAIL
// (nothing is skipped) — `bash .ci/run` installs it.
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { libreOfficeAvailable } from "../../src/cli/libreoffice";
import { withRecalculatedResults } from "../../src/cli/load";
import { RECALC_HINT } from "../../src/cli/report";
import { Grid } from "../../src/core/grid/grid";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, tempDir } from "./helpers";

const dir = tempDir("recalc");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const UNCOMPUTED = "read.uncomputed-formula";

/** The sample with 公开01表!C38 (本年收入合计, 10,590.02) turned into =SUM(C12:C37), its cached result as given. */
async function sampleWithFormula(name: string, result?: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  wb.getWorksheet("公开01表")!.getCell("C38").value = (result === undefined ? { formula: "SUM(C12:C37)" } : { formula: "SUM(C12:C37)", result }) as ExcelJS.CellFormulaValue;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** rule, cell and severity of each finding: what a reviewer acts on. */
const keys = (findings: any[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell.row},${f.cell.col}`).sort();

let uncached: string;
let stale: string;
let sampleFindings: any[];
beforeAll(async () => {
  uncached = await sampleWithFormula("uncached.xlsx");
  stale = await sampleWithFormula("stale.xlsx", 0);
  sampleFindings = JSON.parse((await run(["check", SAMPLE_PATH, "--json"])).out).files[0].findings;
});

test("LibreOffice (soffice) is installed: the tests below need it", () => {
  expect(libreOfficeAvailable()).toBe(true);
});

describe("a formula without a cached result", () => {
  test("without --recalc: one 公式未计算 warning, and one hint line per file in the text report", async () => {
    const json = await run(["check", uncached, "--json"]);
    expect(json.code).toBe(1);
    const warnings = JSON.parse(json.out).files[0].findings.filter((f: any) => f.rule === UNCOMPUTED);
    expect(warnings.map((f: any) => [f.check, f.severity, f.sheet, f.cell])).toEqual([["uncomputed-formula", "warning", "公开01表", { sheet: "公开01表", row: 37, col: 2, address: "C38" }]]);
    const text = await run(["check", uncached]);
    expect(text.out.split("\n").filter((l) => l.includes("提示："))).toEqual([`  ${RECALC_HINT}`]);
    expect(RECALC_HINT).toBe("提示：有公式没有保存计算结果，相关校验已跳过；可加 --recalc 用 LibreOffice 重新计算后再校验。");
  });

  test("check --recalc reads LibreOffice's result: the sample's findings exactly, no warning, no hint; the input unchanged", async () => {
    const before = sha(uncached);
    const json = await run(["check", uncached, "--json", "--recalc"]);
    expect([json.code, json.err]).toEqual([1, ""]);
    const findings = JSON.parse(json.out).files[0].findings;
    expect(findings.filter((f: any) => f.rule === UNCOMPUTED)).toEqual([]);
    expect(keys(findings)).toEqual(keys(sampleFindings));
    const text = await run(["check", uncached, "--recalc"]);
    expect(text.out).not.toContain("提示：");
    expect(text.out).toMatch(/发现：错误 \d+ 条/);
    expect(sha(uncached)).toBe(before);
  });

  test("fill --recalc plans as on the sample, and writes the copy from the original (C38 still the formula)", async () => {
    const sample = JSON.parse((await run(["fill", SAMPLE_PATH, "--out", path.join(dir, "sample-filled.xlsx"), "--json"])).out).files[0];
    const out = path.join(dir, "uncached-filled.xlsx");
    const r = await run(["fill", uncached, "--out", out, "--json", "--recalc"]);
    expect([r.code, r.err]).toEqual([1, ""]); // the sample's own conflicts
    const filled = JSON.parse(r.out).files[0];
    expect([filled.filled, filled.conflicts, filled.manual]).toEqual([sample.filled, sample.conflicts, sample.manual]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("公开01表")!.getCell("C38").formula).toBe("SUM(C12:C37)");
    expect(wb.getWorksheet("附表14")!.getCell("F11").formula).toBe("SUM(D11,E11)"); // the one cell filled
  });
});

describe("a formula with a stale cached result (0 where the parts sum to 10,590.02)", () => {
  test("without --recalc the stale 0 is what the file says; with --recalc the computed sum is checked", async () => {
    const c38 = (findings: any[]) => findings.filter((f) => f.sheet === "公开01表" && f.cell.row === 37 && f.cell.col === 2 && f.severity === "error");
    const plain = JSON.parse((await run(["check", stale, "--json"])).out).files[0].findings;
    expect(c38(plain).length).toBeGreaterThanOrEqual(3);
    expect(c38(plain).map((f: any) => f.message).join("\n")).toContain("实为 0.00");
    const recalculated = JSON.parse((await run(["check", stale, "--json", "--recalc"])).out).files[0].findings;
    expect(c38(recalculated)).toEqual([]);
    expect(keys(recalculated)).toEqual(keys(sampleFindings));
  });

  test("check --recalc --out annotates the original: values and the stale cached result untouched", async () => {
    const out = path.join(dir, "stale-annotated.xlsx");
    const r = await run(["check", stale, "--recalc", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`  已写入标注副本：${out}\n`);
    const [orig, annotated] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await orig.xlsx.readFile(stale);
    await annotated.xlsx.readFile(out);
    const cell = annotated.getWorksheet("公开01表")!.getCell("C38");
    expect([cell.formula, cell.result]).toEqual(["SUM(C12:C37)", 0]);
    for (const ws of orig.worksheets) {
      const copy = annotated.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((c, col) => expect(copy.getCell(r, col).value).toEqual(c.value)));
    }
  });
});

describe("without LibreOffice", () => {
  const saved = process.env.SOFFICE;
  beforeAll(() => {
    process.env.SOFFICE = path.join(dir, "no-soffice"); // set: only this path is tried
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = saved;
  });

  test.each([["check"], ["fill"]])("%s --recalc is one line and exit 2, before any work", async (command) => {
    const out = path.join(dir, `${command}-never.xlsx`);
    const args = command === "check" ? ["check", uncached, "--recalc", "--out", out] : ["fill", uncached, "--out", out, "--recalc"];
    expect(libreOfficeAvailable()).toBe(false);
    const r = await run(args);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "juesuan: 未找到 LibreOffice（soffice），无法使用 --recalc；请安装 LibreOffice 或在 Excel/WPS 中重新计算并保存\n",
    });
    expect(existsSync(out)).toBe(false);
  });
});

test("withRecalculatedResults: only formula cells take the recalculated value; sheets may start elsewhere", () => {
  const original: Grid = {
    sheets: [
      { name: "A", top: 0, left: 0, values: [[1, null, "x"]], formulas: [["", "=A1*2", ""]], formats: [["0.00", "0.00", "General"]] },
      { name: "B", top: 0, left: 0, values: [[null]], formulas: [["=1/0"]] },
    ],
  };
  const recalculated: Grid = {
    sheets: [
      { name: "A", top: 0, left: 1, values: [[2, "y"]] }, // LibreOffice's used range starts at B1
      { name: "B", top: 0, left: 0, values: [[{ error: "#DIV/0!" }]] },
    ],
  };
  const merged = withRecalculatedResults(original, recalculated);
  expect(merged.sheets[0].values).toEqual([[1, 2, "x"]]);
  expect(merged.sheets[0].formats).toEqual([["0.00", "0.00", "General"]]);
  expect(merged.sheets[1].values).toEqual([[{ error: "#DIV/0!" }]]);
});
