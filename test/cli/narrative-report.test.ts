// The text report puts findings about the prose (rules narrative.*) under 【情况说明】, after the tables, instead of
// under the table the prose is compared with.
import ExcelJS from "exceljs";
import path from "node:path";
import { run, tempDir } from "./helpers";

const NATIONAL = path.join(__dirname, "../../assets/sample/national.xlsx");

test("a wrong figure in the 情况说明 is listed under 【情况说明】, the tables' findings under their tables", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(NATIONAL);
  const ws = wb.addWorksheet("情况说明");
  ws.getCell("A1").value = "部门决算情况说明";
  ws.getCell("A2").value = "本部门2023年度收入合计1.00万元。";
  const file = path.join(tempDir("narrative"), "prose.xlsx");
  await wb.xlsx.writeFile(file);

  const r = await run(["check", file]);
  expect(r.code).toBe(1);
  const headings = [...r.out.matchAll(/^ {2}【(.*)】$/gm)].map((m) => m[1]);
  expect(headings).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "情况说明"]);
  expect(r.out).toContain("  【情况说明】\n    [错误] 情况说明!A2  情况说明中“本部门2023年度收入合计1.00万元”与公开01的本年收入合计 10,590.02 不一致\n");
  const json = JSON.parse((await run(["check", file, "--json"])).out);
  expect(json.files[0].findings.filter((f: { rule: string }) => f.rule.startsWith("narrative.")).map((f: { table: string }) => f.table)).toEqual(["公开01"]);
});
