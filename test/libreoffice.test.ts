// The LibreOffice helper really recomputes formulas: every formula below is written with a deliberately WRONG
// cached result, so a conversion that merely kept the cached values would fail these assertions.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { libreOfficeAvailable, recalculate } from "./helpers/libreoffice";

const available = libreOfficeAvailable();
if (!available && process.env.CI) {
  throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
}
const describeLo = available ? describe : describe.skip;

const GRADE = (cell: string) => `IF(${cell}>=90,"优",IF(${cell}>=80,"良",IF(${cell}>=60,"中","差")))`;

/** formula, wrong cached result, expected recomputed result */
const CASES: Record<string, [string, ExcelJS.CellValue, number | string]> = {
  A3: ["A1+A2", 999, 5],
  B1: ["IFERROR(A1/0,0)", 123, 0],
  B2: ["MIN(A1,1)*A2", 0, 3],
  B3: ["ROUND(A1/A2,4)", 1, 0.6667],
  B4: [GRADE("A4"), "优", "中"], // 79.99 is not yet 良
  B5: [GRADE("A5"), "优", "差"], // 59.99
  B6: [GRADE("A6"), "差", "优"], // exactly 90
  B7: ["'公开01'!C1*2", 0, 21], // a quoted Chinese sheet name
  B8: ["SUM('公开01'!C1:C3)", 0, 16.5],
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-lo-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeFixture(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = false; // nothing asks for a recalculation except our profile
  const ws = wb.addWorksheet("校验");
  const other = wb.addWorksheet("公开01");
  ws.getCell("A1").value = 2;
  ws.getCell("A2").value = 3;
  ws.getCell("A4").value = 79.99;
  ws.getCell("A5").value = 59.99;
  ws.getCell("A6").value = 90;
  other.getCell("C1").value = 10.5;
  other.getCell("C2").value = 4;
  other.getCell("C3").value = 2;
  for (const [addr, [formula, cached]] of Object.entries(CASES)) {
    ws.getCell(addr).value = { formula, result: cached } as ExcelJS.CellFormulaValue;
  }
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

async function readResults(file: string): Promise<Record<string, { formula?: string; result: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("校验");
  if (!ws) throw new Error(`sheet 校验 missing in ${file}`);
  const results: Record<string, { formula?: string; result: unknown }> = {};
  for (const addr of Object.keys(CASES)) {
    // cell.result, not cell.value.result: exceljs drops a falsy result (0, "", false) from cell.value
    const cell = ws.getCell(addr);
    results[addr] = { formula: cell.formula, result: cell.result };
  }
  return results;
}

describeLo("LibreOffice recalculation helper", () => {
  test("the fixture really carries the wrong cached results", async () => {
    const input = await writeFixture("cached.xlsx");
    const before = await readResults(input);
    expect(before.A3).toEqual({ formula: "A1+A2", result: 999 });
    expect(before.B4.result).toBe("优");
  });

  test("recomputes every formula instead of keeping the cached result", async () => {
    const input = await writeFixture("wrong-cache.xlsx");
    const output = await recalculate(input);
    expect(output).not.toBe(input);
    expect(path.basename(output)).toBe("wrong-cache.recalc.xlsx");

    const after = await readResults(output);
    // the formulas survive (LibreOffice drops quotes a sheet name does not need: '公开01'!C1 → 公开01!C1)
    const unquote = (f: string | undefined) => f?.replace(/'/g, "");
    for (const [addr, [formula, , expected]] of Object.entries(CASES)) {
      expect({ addr, formula: unquote(after[addr].formula), result: after[addr].result }).toEqual({
        addr,
        formula: unquote(formula),
        result: expected,
      });
    }
    // the input is left untouched
    expect((await readResults(input)).A3.result).toBe(999);
  });

  test("serialises concurrent calls and honours outDir", async () => {
    const [a, b] = await Promise.all([writeFixture("one.xlsx"), writeFixture("two.xlsx")]);
    const outDir = path.join(dir, "out");
    const [ra, rb] = await Promise.all([recalculate(a, outDir), recalculate(b, outDir)]);
    expect([ra, rb]).toEqual([path.join(outDir, "one.recalc.xlsx"), path.join(outDir, "two.recalc.xlsx")]);
    for (const r of [ra, rb]) expect((await readResults(r)).A3.result).toBe(5);
  });

  test("a missing input is a clear error", async () => {
    await expect(recalculate(path.join(dir, "nope.xlsx"))).rejects.toThrow(/input not found/);
  });
});
