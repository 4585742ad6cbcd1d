// The reader reads only what a cell shows. Whatever a cell holds — a formula with or without its saved result,
// an error, a huge or tiny double, text that looks like a number, a merged area — the engine does not throw,
// every figure it binds is what the cell displays, a formula without a result is never a number, and every
// message stays a sentence a person can read.
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { cellKey, RangeRef } from "../../src/core/grid/address";
import { CellValue, formatAt, formulaAt, Grid, GridSheet, valueAt } from "../../src/core/grid/grid";
import { displayText, isUncomputed, parseNumberText } from "../../src/core/numbers/parse";
import { Field, PublicTable } from "../../src/core/tables/model";
import { loadSampleGrid } from "../helpers/sample";

/** What a cell may hold, with the formula it came from (empty for constants). */
type Content = { value: CellValue; formula: string; format: string };

const LOOKALIKES = ["1,234.50", "１２３", "(12.00)", "1E+3", "12.5%", "1,2", "--5", "¥100", "0.1.2", " 7 ", "-", "—", "1e308", "1.5E-10"];
const FORMATS = ["General", "0.00", "#,##0.00", "0.00%", "0%", "@", '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ '];

const content: fc.Arbitrary<Content> = fc.oneof(
  fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), formula: fc.constant(""), format: fc.constantFrom(...FORMATS) }),
  fc.record({ value: fc.constantFrom(1e308, -1.7976931348623157e308, 5e-324, 1e-7, 0.005, 10584.32, 0), formula: fc.constant(""), format: fc.constantFrom(...FORMATS) }),
  fc.record({ value: fc.constantFrom<CellValue>(...LOOKALIKES), formula: fc.constant(""), format: fc.constant("General") }),
  fc.record({ value: fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }), formula: fc.constantFrom("", "=1/0"), format: fc.constant("General") }),
  // a formula with its saved result, and one without (the result was never saved)
  fc.record({ value: fc.double({ min: -1e9, max: 1e9, noNaN: true }), formula: fc.constant("=SUM(A1:A2)"), format: fc.constantFrom(...FORMATS) }),
  fc.record({ value: fc.constant(null), formula: fc.constantFrom("=SUM(C12:C37)", "=A1*2"), format: fc.constantFrom(...FORMATS) }),
  fc.record({ value: fc.constant(null), formula: fc.constant(""), format: fc.constant("General") }),
);

function withContents(grid: Grid, edits: readonly { sheet: string; row: number; col: number; c: Content }[]): Grid {
  const bySheet = new Map<string, typeof edits[number][]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  return {
    sheets: grid.sheets.map((s) => {
      const list = bySheet.get(s.name);
      if (!list) return s;
      const grow = <T>(rows: readonly (readonly T[])[] | undefined, fill: T) => {
        const out = (rows ?? []).map((r) => [...r]);
        for (const e of list) {
          while (out.length <= e.row - s.top) out.push([]);
          while (out[e.row - s.top].length <= e.col - s.left) out[e.row - s.top].push(fill);
        }
        return out;
      };
      const values = grow<CellValue>(s.values, null);
      const formats = grow(s.formats, "General");
      const formulas = grow(s.formulas, "");
      for (const e of list) {
        values[e.row - s.top][e.col - s.left] = e.c.value;
        formats[e.row - s.top][e.col - s.left] = e.c.format;
        formulas[e.row - s.top][e.col - s.left] = e.c.formula;
      }
      return { ...s, values, formats, formulas };
    }),
  };
}

function publicFields(tables: readonly unknown[]): Field[] {
  return (tables as PublicTable[]).filter((t) => Array.isArray(t.rows) && t.id.startsWith("公开")).flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)));
}

/** Every bound figure is what its cell shows; a formula without a result has no value. */
function readsWhatIsShown(grid: Grid): void {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const { bound, findings } = analyze(grid);
  const uncomputedListed = new Set(findings.filter((f) => f.rule === "read.uncomputed-formula").flatMap((f) => f.cells.map(cellKey)));
  for (const f of publicFields(bound.tables)) {
    const sheet = sheets.get(f.ref.sheet) as GridSheet;
    const value = valueAt(sheet, f.ref.row, f.ref.col);
    if (isUncomputed(value, formulaAt(sheet, f.ref.row, f.ref.col))) {
      expect([cellKey(f.ref), f.num.kind, f.num.value]).toEqual([cellKey(f.ref), "uncomputed", undefined]);
      expect(uncomputedListed.has(cellKey(f.ref))).toBe(true);
      continue;
    }
    const shown = parseNumberText(displayText(value, formatAt(sheet, f.ref.row, f.ref.col)));
    expect([cellKey(f.ref), f.num.value?.toString()]).toEqual([cellKey(f.ref), shown.value?.toString()]);
  }
  for (const finding of findings) {
    expect(finding.message.length).toBeLessThan(400);
    expect(finding.message).not.toMatch(/\{\w+\}|undefined|NaN|Infinity/);
  }
}

describe("the sample with random contents in its bound cells", () => {
  let sample: Grid;
  let cells: { sheet: string; row: number; col: number }[];
  beforeAll(async () => {
    sample = await loadSampleGrid();
    cells = publicFields(analyze(sample).bound.tables).map((f) => f.ref);
  });

  test("figures are read as shown; formulas without a result are never numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), content), { minLength: 1, maxLength: 20 }), (edits) => {
        readsWhatIsShown(withContents(sample, edits.map(([i, c]) => ({ ...cells[i % cells.length], c }))));
      }),
      { numRuns: 40 },
    );
  });
});

test("random grids with merged areas and formulas: never throws, figures read as shown", () => {
  const sheet = fc
    .record({
      rows: fc.array(fc.array(fc.oneof(content, fc.constantFrom<Content>(
        { value: "收入支出决算表", formula: "", format: "General" },
        { value: "公开01表", formula: "", format: "General" },
        { value: "本年收入合计", formula: "", format: "General" },
        { value: "科目编码", formula: "", format: "General" },
        { value: "合计", formula: "", format: "General" },
        { value: "2010450", formula: "", format: "@" },
      )), { maxLength: 10 }), { maxLength: 25 }),
      merges: fc.array(fc.tuple(fc.nat(24), fc.nat(9), fc.nat(3), fc.nat(3)), { maxLength: 4 }),
    })
    .map(({ rows, merges }): GridSheet => ({
      name: "Sheet1",
      top: 0,
      left: 0,
      values: rows.map((r) => r.map((c) => c.value)),
      formats: rows.map((r) => r.map((c) => c.format)),
      formulas: rows.map((r) => r.map((c) => c.formula)),
      merges: merges.map(([top, left, h, w]): RangeRef => ({ sheet: "Sheet1", top, left, bottom: top + h, right: left + w })),
    }));
  fc.assert(
    fc.property(sheet, (s) => readsWhatIsShown({ sheets: [s] })),
    { numRuns: 200 },
  );
});
