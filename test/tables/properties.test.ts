// Property-based tests: whatever grid it is given, the engine never throws, every finding points into the
// workbook and reads as a finished sentence, and a cell it cannot read is reported by address.
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { cellA1, cellKey } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { publicTable, PublicKind } from "../../src/core/tables/model";
import { loadSampleGrid } from "../helpers/sample";

const WORDS = [
  "收入支出决算表", "公开01表", "公开05表", "支出决算表", "项目支出绩效自评表", "附表15-2", "部门整体支出绩效自评表",
  "合计", "总计", "本年收入合计", "科目编码", "科目名称", "金额", "栏次", "行次", "1", "2", "3", "分值", "得分", "总分", "优",
  "部门：某局", "单位：万元", "一级指标", "三级指标", "指标性质", ">=", "≤", "=", "年度资金总额", "全年预算数", "执行率",
  "2010450", "201", "30201", "人员经费合计", "公用经费合计", "-", "—", "", "10,584.32", "95.74%", "注：本表为空表",
];
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -5, max: 100 }),
  fc.constant(null),
  fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);
const format = fc.constantFrom("General", "#,##0.00", "0.00%", "0%", "@", '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ');

const sheet: fc.Arbitrary<GridSheet> = fc
  .record({
    name: fc.constantFrom("Sheet1", "公开01表", "附表15-1", "表3"),
    top: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: 0, max: 3 }),
    rows: fc.array(fc.array(fc.tuple(value, format), { maxLength: 12 }), { maxLength: 30 }),
  })
  .map(({ name, top, left, rows }) => ({
    name,
    top,
    left,
    values: rows.map((r) => r.map(([v]) => v)),
    formats: rows.map((r) => r.map(([, f]) => f)),
    merges: [],
  }));

function wellFormed(grid: Grid, findings: readonly Finding[]): void {
  const names = new Set(grid.sheets.map((s) => s.name));
  for (const f of findings) {
    expect(names.has(f.cell.sheet)).toBe(true);
    expect(f.cell.row).toBeGreaterThanOrEqual(0);
    expect(f.cell.col).toBeGreaterThanOrEqual(0);
    expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN/);
    expect(["error", "warning", "info"]).toContain(f.severity);
  }
}

test("random grids: never throws, findings point into the workbook", () => {
  fc.assert(
    fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
      const grid = { sheets: sheets.map((s, i) => ({ ...s, name: `${s.name}${i}` })) };
      const { findings } = analyze(grid);
      wellFormed(grid, findings);
    }),
    { numRuns: 300 },
  );
});

describe("random mutations of the sample", () => {
  let sample: Grid;
  /** Amount cells of the 科目编码 tables: every one takes part in a row or column identity. */
  let amounts: { sheet: string; row: number; col: number }[];
  beforeAll(async () => {
    sample = await loadSampleGrid();
    const bound = analyze(sample).bound;
    amounts = (["income", "expenditure", "gpb"] as PublicKind[]).flatMap((id) =>
      publicTable(bound, id)!.rows.flatMap((r) => Object.values(r.cells).map((f) => f.ref)),
    );
  });

  function setCell(grid: Grid, sheetName: string, row: number, col: number, v: CellValue): Grid {
    return {
      sheets: grid.sheets.map((s) => {
        if (s.name !== sheetName) return s;
        const values = s.values.map((r) => [...r]);
        while (values.length <= row - s.top) values.push([]);
        values[row - s.top][col - s.left] = v;
        return { ...s, values };
      }),
    };
  }

  test("any cells overwritten or rows deleted: never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(60), fc.nat(20), value), { maxLength: 15 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(60)), { maxLength: 4 }),
        (edits, deletions) => {
          let grid = sample;
          for (const [s, r, c, v] of edits) grid = setCell(grid, grid.sheets[s % grid.sheets.length].name, r, c, v);
          for (const [s, r] of deletions) {
            const target = grid.sheets[s % grid.sheets.length];
            grid = { sheets: grid.sheets.map((x) => (x === target ? { ...x, values: x.values.filter((_, i) => i !== r) } : x)) };
          }
          wellFormed(grid, analyze(grid).findings);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("an amount replaced by an error value or text is reported at that cell", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#DIV/0!" }, "见说明", "abc"), (i, bad) => {
        const at = amounts[i % amounts.length];
        const grid = setCell(sample, at.sheet, at.row, at.col, bad);
        const hits = analyze(grid).findings.filter((f) => f.rule === "read.unreadable-cell" && cellKey(f.cell) === cellKey(at));
        expect(hits.map((f) => `${f.sheet}!${cellA1(f.cell)}`)).toEqual([`${at.sheet}!${cellA1(at)}`]);
        expect(hits[0].severity).toBe("error");
      }),
      { numRuns: 40 },
    );
  });
});
