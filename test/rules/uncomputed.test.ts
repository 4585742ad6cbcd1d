// A formula whose result was never saved (files written by scripts or exporters, or saved without
// recalculation) is not a 0: its value is unknown. The engine names such cells once per table, as a warning,
// and skips only the identities that need them. Before, such a cell read as 0.00 and caused false errors.
import { cellA1, CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { cellAt, consistentWorkbook } from "../helpers/consistent-workbook";
import { setUncomputedFormula } from "../helpers/consistent-workbook-edit";
import { loadSampleGrid, SAMPLE_PATH } from "../helpers/sample";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { publicTable } from "../../src/core/tables/model";

const wb = consistentWorkbook();
const at = (key: string) => cellAt(wb, key);
const a1 = (ref: CellRef) => `${ref.sheet}!${cellA1(ref)}`;
const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${cellA1(f.cell)}`;

describe("on the consistent workbook (every finding comes from the edit)", () => {
  test("one uncomputed total: one warning at that cell, no error, no 尾数", () => {
    const ref = at("公开01:in.total:amount");
    const { findings } = analyze(setUncomputedFormula(wb.grid, ref, "=SUM(C7:C14)"));
    expect(findings.map(brief)).toEqual([`warning read.uncomputed-formula ${a1(ref)}`]);
    expect(findings[0].cells).toEqual([ref]);
    expect(findings[0].message).toBe(
      `公式未计算：请在 Excel/WPS 中重新计算并保存。本表 ${cellA1(ref)} 的公式没有保存计算结果，数值未知，涉及这些单元格的校验已跳过`,
    );
  });

  test("a scorecard's uncomputed 总分 and 执行率: one warning for the sheet, nothing read as 0", () => {
    const total = at("附表15-1:total:score");
    const rate = at("附表15-1:fund.total:rate");
    const grid = setUncomputedFormula(setUncomputedFormula(wb.grid, total, "=SUM(I6:I20)"), rate, "=E6/D6");
    const { findings } = analyze(grid);
    expect(findings.map(brief)).toEqual([`warning read.uncomputed-formula ${a1(rate)}`]);
    expect(findings[0].cells.map(a1).sort()).toEqual([a1(rate), a1(total)].sort());
  });
});

describe("on the sample (its own findings stay as they are)", () => {
  let sample: Grid;
  let baseline: string[];
  beforeAll(async () => {
    sample = await loadSampleGrid();
    baseline = analyze(sample).findings.map(brief);
  });

  test("公开01表!C38 as =SUM(C12:C37) without a result: the issue's reproduction, no false error", () => {
    const ref: CellRef = { sheet: "公开01表", row: 37, col: 2 };
    const { findings } = analyze(setUncomputedFormula(sample, ref, "=SUM(C12:C37)"));
    const added = findings.map(brief).filter((b) => !baseline.includes(b));
    expect(added).toEqual(["warning read.uncomputed-formula 公开01表!C38"]);
    // before: four errors at C38 (本年收入合计 read as 0.00 against 公开02, 公开04 and its own rows)
    expect(findings.filter((f) => f.severity === "error" && f.sheet === "公开01表")).toEqual([]);
  });

  test("every amount of 公开01 a formula without a result: one warning listing them, no error, nothing called empty", () => {
    const table = publicTable(analyze(sample).bound, "summary")!;
    let grid = sample;
    const refs: CellRef[] = [];
    for (const row of table.rows) {
      for (const f of Object.values(row.cells)) {
        if (f.num.kind !== "number" && f.num.kind !== "dash") continue;
        refs.push(f.ref);
        grid = setUncomputedFormula(grid, f.ref, `=${f.num.value!.toString()}`);
      }
    }
    expect(refs.length).toBe(18); // the issue: "18 when all of 公开01 is formulas"
    const { findings, bound } = analyze(grid);
    expect(publicTable(bound, "summary")!.rows.length).toBe(table.rows.length); // still read as the same table
    const added = findings.filter((f) => !baseline.includes(brief(f)));
    expect(added.map(brief)).toEqual([`warning read.uncomputed-formula 公开01表!${cellA1(refs[0])}`]);
    expect(added[0].cells).toHaveLength(refs.length);
    expect(added[0].message).toContain(` 等 ${refs.length} 个单元格的公式没有保存计算结果`);
    // The tail the sample shows at F38 depends on 公开01's figures: it cannot be judged now, so it is gone.
    expect(findings.map(brief)).not.toContain("info sum.summary 公开01表!F38");
  });
});

test("a real .xlsx written by exceljs with a formula and no cached result reads as uncomputed, not as 0", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  wb.getWorksheet("公开01表")!.getCell("C38").value = { formula: "SUM(C12:C37)" } as never;
  const grid = workbookToGrid(await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer())));
  const sheet = grid.sheets.find((x) => x.name === "公开01表")!;
  expect([sheet.values[37][2], sheet.formulas?.[37][2]]).toEqual([null, "=SUM(C12:C37)"]);
  const { findings } = analyze(grid);
  expect(findings.filter((f) => f.sheet === "公开01表").map(brief)).toEqual(["warning read.uncomputed-formula 公开01表!C38", "info sum.summary 公开01表!F38"]);
});
