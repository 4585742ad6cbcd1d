import { loadSampleGrid } from "./helpers/sample";
import { bindWorkbook } from "../src/core/tables/bind";
import { rangeA1 } from "../src/core/grid/address";
test("quick", async () => {
  const wb = bindWorkbook(await loadSampleGrid());
  for (const t of wb.tables) console.log(t.id, t.sheet, rangeA1(t.range), t.title, t.marker, t.department?.text, t.unit?.text, t.year, JSON.stringify(t.problems));
  const t3 = wb.tables.find((t) => t.id === "公开03") as any;
  console.log(t3.columns, t3.rows.slice(0,3).map((r: any) => [r.key, r.label, Object.fromEntries(Object.entries(r.cells).map(([k, f]: any) => [k, f.text]))]));
  const t5 = wb.tables.find((t) => t.id === "公开05") as any;
  console.log(t5.rows.slice(0,2).map((r: any) => [r.key, r.label, Object.fromEntries(Object.entries(r.cells).map(([k, f]: any) => [k, f.text]))]));
});
