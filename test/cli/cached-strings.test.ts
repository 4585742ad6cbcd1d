// A formula saved with an empty-text result (<v></v>: =IF(D9=0,"",…) showing nothing) is read as "", and one saved
// with no result at all (no <v>) stays unknown (公式未计算) — decided by the package, not by guessing from the formula.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { emptyStringCells, emptyStringResults } from "../../src/cli/cached-strings";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { valueAt } from "../../src/core/grid/grid";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, tempDir } from "./helpers";

const dir = tempDir("cached");

test("emptyStringCells: formula cells of type str with an empty <v>, nothing else", () => {
  const xml = [
    '<worksheet><sheetData><row r="9">',
    '<c r="G9" s="9" t="str"><f aca="false">IF(N(D9)=0,&quot;&quot;,E9/D9)</f><v></v></c>', // LibreOffice
    '<c r="H9" t="str"><f>IF(1,"","")</f><v/></c>', // self-closing
    '<c r="I9" t="str"><f t="shared" si="0"/><v></v></c>', // a shared formula's clone
    '<c r="J9"><f>SUM(A1:A3)</f></c>', // never computed: no <v>
    '<c r="K9" t="n"><f>A1</f><v></v></c>', // not text
    '<c r="L9" t="str"><v></v></c>', // not a formula
    '<c r="M9" t="str"><f>A1</f><v>x</v></c><c r="N9" t="s"><v>3</v></c>',
    "</row></sheetData></worksheet>",
  ].join("");
  expect([...emptyStringCells(xml)]).toEqual(["G9", "H9", "I9"]);
  const prefixed = '<x:worksheet><x:sheetData><x:row><x:c r="B2" t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row></x:sheetData></x:worksheet>';
  expect([...emptyStringCells(prefixed)]).toEqual(["B2"]);
});

/**
 * The sample with two formulas on 公开01表: C38 =T(C12) saved with an empty-text result (<v></v>, as Excel and
 * LibreOffice save it), F38 =SUM(F12:F37) saved with no result at all. Neither formula has a "" in it, so only the
 * package can tell them apart.
 */
async function samplePatched(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  const ws = wb.getWorksheet("公开01表")!;
  ws.getCell("C38").value = { formula: "T(C12)", result: "placeholder" } as ExcelJS.CellFormulaValue;
  ws.getCell("F38").value = { formula: "SUM(F12:F37)" } as ExcelJS.CellFormulaValue;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheetPath = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(sheetPath)!.async("string");
  expect(xml).toMatch(/<c r="C38"[^>]* t="str"><f>T\(C12\)<\/f><v>placeholder<\/v><\/c>/);
  zip.file(sheetPath, xml.replace("<v>placeholder</v>", "<v></v>"));
  const file = path.join(dir, "patched.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

test("the saved empty result is read as empty text, the missing one is still 公式未计算; copies keep the empty result", async () => {
  const file = await samplePatched();
  const data = readFileSync(file);
  expect(emptyStringResults(data)).toEqual(new Map([["公开01表", new Set(["C38"])]]));
  const sheet = workbookToGrid(await loadWorkbook(data)).sheets.find((s) => s.name === "公开01表")!;
  expect([valueAt(sheet, 37, 2), valueAt(sheet, 37, 5)]).toEqual(["", null]);
  const out = path.join(dir, "patched-annotated.xlsx");
  const r = await run(["check", file, "--json", "--out", out]);
  const uncomputed = JSON.parse(r.out).files[0].findings.filter((f: any) => f.rule === "read.uncomputed-formula");
  expect(uncomputed.map((f: any) => f.cells.map((c: any) => `${c.sheet}!${c.row},${c.col}`))).toEqual([["公开01表!37,5"]]);
  // the annotated copy (written by exceljs) saves C38's empty result again, and F38 still without one
  expect(emptyStringResults(readFileSync(out))).toEqual(new Map([["公开01表", new Set(["C38"])]]));
  const copy = workbookToGrid(await loadWorkbook(readFileSync(out))).sheets.find((s) => s.name === "公开01表")!;
  expect([valueAt(copy, 37, 2), valueAt(copy, 37, 5), copy.formulas?.[37][2]]).toEqual(["", null, "=T(C12)"]);
});

test("sheet names are matched through the workbook's relationships (escaped names, absolute targets)", async () => {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="收&amp;支" sheetId="1" r:id="rId7"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId7" Type="…/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>');
  zip.file("xl/worksheets/data.xml", '<worksheet><sheetData><row><c r="A1" t="str"><f>""</f><v></v></c></row></sheetData></worksheet>');
  expect(emptyStringResults(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }))).toEqual(new Map([["收&支", new Set(["A1"])]]));
  expect(emptyStringResults(Buffer.from("not a zip"))).toEqual(new Map());
});
