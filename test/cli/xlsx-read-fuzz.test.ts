// The fast reader (src/cli/xlsx-read.ts) against exceljs on packages that hold what real workbooks hold and the
// samples do not: rich text, inline strings, booleans, error values, dates, hyperlinks, XML-special and
// non-BMP characters, custom number formats, formulas with and without saved results, merged areas. Whatever a
// random workbook holds, both readers must give the same grid, cell for cell — a misread here is a misread in
// every batch a reviewer runs.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_LIMITS } from "../../src/cli/limits";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { readGrid } from "../../src/cli/xlsx-read";
import { Grid } from "../../src/core/grid/grid";

const TEXTS = ["合计", "a & b", "<p>说明</p>", '"引号"', "'单引号", "  前后空格  ", "行一\n行二", "𠀀𪚥", "=不是公式", "1,234.50", "-", "—", "", "\t"];
const FORMATS = ["General", "0.00", "#,##0.00", "0.00%", "0%", "@", '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "yyyy-mm-dd", '0.00"万元"', "[Red]0.00;(0.00)"];

type Content =
  | { kind: "number"; value: number; format: string }
  | { kind: "text"; value: string }
  | { kind: "rich"; parts: string[] }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "date"; value: Date }
  | { kind: "link"; text: string }
  | { kind: "formula"; result: number | string | undefined; format: string };

const NOT_DATES = FORMATS.filter((f) => f !== "yyyy-mm-dd");

// exceljs turns a number under a date format into a Date, and anything it cannot (a serial past 9999-12-31, a text
// result) into an invalid Date, read as unknown (asserted by hand below) where the fast reader keeps the value:
// under a date format only serials of real dates are drawn.
const content: fc.Arbitrary<Content> = fc.oneof(
  fc.record({ kind: fc.constant("number" as const), value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), format: fc.constantFrom(...NOT_DATES) }),
  fc.record({ kind: fc.constant("number" as const), value: fc.double({ noNaN: true, min: 1, max: 2958465 }), format: fc.constant("yyyy-mm-dd") }),
  fc.record({ kind: fc.constant("number" as const), value: fc.constantFrom(0, 10584.32, 0.005, 1e-7, 123456789.125, -5.7), format: fc.constantFrom(...NOT_DATES) }),
  fc.record({ kind: fc.constant("text" as const), value: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ minLength: 1, maxLength: 12 })) }),
  fc.record({ kind: fc.constant("rich" as const), parts: fc.array(fc.constantFrom("本年", "<b>收入</b>", "合计", " & "), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("error" as const), value: fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!") }),
  fc.record({ kind: fc.constant("date" as const), value: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }) }),
  fc.record({ kind: fc.constant("link" as const), text: fc.constantFrom("公开01表", "见附件") }),
  fc.record({ kind: fc.constant("formula" as const), result: fc.oneof(fc.constant(undefined), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })), format: fc.constantFrom(...NOT_DATES) }),
  fc.record({ kind: fc.constant("formula" as const), result: fc.double({ noNaN: true, min: 1, max: 2958465 }), format: fc.constant("yyyy-mm-dd") }),
  fc.record({ kind: fc.constant("formula" as const), result: fc.constantFrom("", "良", "a<b"), format: fc.constantFrom(...NOT_DATES) }),
);

const cellAt = fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 8 }) });

async function packageOf(cells: readonly { row: number; col: number; c: Content }[], merge: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表一");
  wb.addWorksheet("空表");
  for (const { row, col, c } of cells) {
    const cell = ws.getCell(row, col);
    switch (c.kind) {
      case "number":
        cell.value = c.value;
        cell.numFmt = c.format;
        break;
      case "text":
        cell.value = c.value;
        break;
      case "rich":
        cell.value = { richText: c.parts.map((text, i) => ({ text, font: i % 2 ? { bold: true } : undefined })) };
        break;
      case "bool":
        cell.value = c.value;
        break;
      case "error":
        cell.value = { error: c.value as ExcelJS.CellErrorValue["error"] };
        break;
      case "date":
        cell.value = c.value;
        cell.numFmt = "yyyy-mm-dd";
        break;
      case "link":
        cell.value = { text: c.text, hyperlink: "#'公开01表'!A1" };
        break;
      case "formula":
        cell.value = c.result === undefined ? { formula: "SUM(A1:A2)", date1904: false } : { formula: "SUM(A1:A2)", result: c.result, date1904: false };
        cell.numFmt = c.format;
        break;
    }
  }
  if (merge) ws.mergeCells("B14:D15");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The grid without what the readers are allowed to differ in: nothing. Sheets compared whole. */
function comparable(g: Grid) {
  return g.sheets.map((s) => ({
    name: s.name,
    top: s.top,
    left: s.left,
    values: s.values,
    formats: s.values.map((row, r) => row.map((v, c) => (v === null ? "" : s.formats?.[r]?.[c] ?? "General"))),
    formulas: s.values.map((row, r) => row.map((_, c) => s.formulas?.[r]?.[c] ?? "")),
    merges: s.merges ?? [],
  }));
}

test("random workbooks read the same through the fast reader and through exceljs", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ at: cellAt, c: content }), { minLength: 1, maxLength: 30 }), fc.boolean(), async (cells, merge) => {
      const data = await packageOf(
        cells.map(({ at, c }) => ({ ...at, c })),
        merge,
      );
      const fast = readGrid(data, DEFAULT_LIMITS);
      const slow = workbookToGrid(await loadWorkbook(data));
      expect(comparable(fast)).toEqual(comparable(slow));
    }),
    { numRuns: 60, seed: 20261206 },
  );
});

test("one workbook of every kind at once, checked by hand", async () => {
  const data = await packageOf(
    [
      { row: 1, col: 1, c: { kind: "rich", parts: ["本年", "<b>收入</b>"] } },
      { row: 1, col: 2, c: { kind: "number", value: 10584.32, format: "#,##0.00" } },
      { row: 2, col: 1, c: { kind: "text", value: "a & b" } },
      { row: 2, col: 2, c: { kind: "bool", value: true } },
      { row: 3, col: 1, c: { kind: "error", value: "#DIV/0!" } },
      { row: 3, col: 2, c: { kind: "formula", result: undefined, format: "0.00" } },
      { row: 4, col: 1, c: { kind: "link", text: "公开01表" } },
      { row: 4, col: 2, c: { kind: "formula", result: "良", format: "General" } },
      { row: 5, col: 1, c: { kind: "formula", result: "良", format: "yyyy-mm-dd" } },
    ],
    false,
  );
  const sheet = readGrid(data, DEFAULT_LIMITS).sheets[0];
  expect(sheet.values.slice(0, 5).map((r) => r.slice(0, 2))).toEqual([
    ["本年<b>收入</b>", 10584.32],
    ["a & b", true],
    [{ error: "#DIV/0!" }, null],
    ["公开01表", "良"],
    ["良"],
  ]);
  expect(sheet.formats?.[0]?.[1]).toBe("#,##0.00");
  expect(sheet.formulas?.[2]?.[1]).toBe("=SUM(A1:A2)");
});

test("what exceljs cannot turn into a date is unknown there, never a number (NaN)", async () => {
  const data = await packageOf(
    [
      { row: 1, col: 1, c: { kind: "number", value: 123456789.125, format: "yyyy-mm-dd" } },
      { row: 1, col: 2, c: { kind: "formula", result: "良", format: "yyyy-mm-dd" } },
    ],
    false,
  );
  expect(workbookToGrid(await loadWorkbook(data)).sheets[0].values[0]).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
  expect(readGrid(data, DEFAULT_LIMITS).sheets[0].values[0]).toEqual([123456789.125, "良"]);
});
