import { CellRef } from "../../src/core/grid/address";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { applyHighlights } from "../../src/excel/apply-highlights";
import { Snapshot } from "../../src/host/cell-state";
import { valueForWrite } from "../../src/excel/batch-writer";
import { readWorkbook } from "../../src/excel/read-workbook";
import { restoreSnapshot } from "../../src/excel/restore";
import { selectCell } from "../../src/excel/select";
import { FakeExcel } from "../fakes/fake-excel";
import { ALL } from "./helpers";

const S = "公开01表";
const at = (row: number, col: number): CellRef => ({ sheet: S, row, col });

/** A sheet whose cells carry every kind of fill a restore must tell apart, and a user's note. */
function decorated(): FakeExcel {
  const fake = new FakeExcel();
  const s = fake.book.addSheet(S);
  for (let r = 0; r < 6; r++) for (let c = 0; c < 4; c++) s.mutableCell(r, c).value = r * 10 + c;
  Object.assign(s.mutableCell(0, 0).fill, { pattern: "Solid", color: "#FFFFFF" }); // white, not "no fill"
  Object.assign(s.mutableCell(0, 1).fill, { pattern: "Solid", color: "#4472C4", tintAndShade: 0.6 }); // theme tint
  Object.assign(s.mutableCell(0, 2).fill, { pattern: "Gray25", color: "#FFFF00", patternColor: "#FF0000", patternTintAndShade: -0.25 });
  s.notes.set("A2", "用户自己的批注");
  return fake;
}

describe("applyHighlights and restoreSnapshot", () => {
  it("marks over white, tinted, patterned and empty fills and a user's note, then restores each exactly", async () => {
    const fake = decorated();
    const original = fake.book.dump();
    const cells = [at(0, 0), at(0, 1), at(0, 2), at(0, 3), at(1, 0)];
    const result = await fake.run(async (ctx) => {
      const read = await readWorkbook(ctx, ALL);
      return applyHighlights(ctx, cells.map((cell) => ({ cell, severity: "warning" as const, note: "【警告】需复核" })), { features: ALL, known: read.known });
    });
    const sheet = fake.book.sheets[0];
    for (const c of cells) expect(sheet.cell(c.row, c.col).fill).toMatchObject({ pattern: "Solid", color: SEVERITY_FILL.warning, tintAndShade: 0 });
    expect(sheet.notes.get("A2")).toBe("【警告】需复核"); // changed, not added twice
    expect(result.marks.cells.find((s) => s.cell.row === 1)!.note).toBe("用户自己的批注");
    // The sheet has a note the read did not locate, so the marked cells' notes are probed first: 1 + 1 syncs.
    expect(result.syncs).toBe(2);
    await fake.run((ctx) => restoreSnapshot(ctx, result.marks, ALL));
    expect(fake.book.dump()).toEqual(original);
  });

  it("probes what the read did not cover (cells outside the used range) before writing", async () => {
    const fake = decorated();
    const original = fake.book.dump();
    const far = at(40, 9);
    Object.assign(fake.book.sheets[0].mutableCell(40, 9).fill, { pattern: "Solid", color: "#00B050" });
    const before = fake.book.dump();
    const result = await fake.run(async (ctx) => {
      const read = await readWorkbook(ctx, ALL);
      return applyHighlights(ctx, [{ cell: far, severity: "error", note: "x" }], { features: ALL, known: read.known });
    });
    // A fill without a value lies outside the values-only used range: its fill is probed, then written.
    expect(result.syncs).toBe(2);
    expect(fake.book.sheets[0].cell(40, 9).fill.color).toBe(SEVERITY_FILL.error);
    await fake.run((ctx) => restoreSnapshot(ctx, result.marks, ALL));
    expect(fake.book.dump()).toEqual(before);
    expect(original).not.toEqual(before);
  });

  it("restores contents: numbers, text that looks like a number, formulas and formats", async () => {
    const fake = decorated();
    const s = fake.book.sheets[0];
    Object.assign(s.mutableCell(2, 0), { value: "2010450", numberFormat: "General" });
    Object.assign(s.mutableCell(2, 1), { value: 12.5, numberFormat: "#,##0.00" });
    Object.assign(s.mutableCell(2, 2), { value: 7, formula: "=A1+7", numberFormat: "0" });
    Object.assign(s.mutableCell(2, 3), { value: "=", numberFormat: "General" });
    Object.assign(s.mutableCell(3, 0), { value: "'引号", numberFormat: "General" });
    const original = fake.book.dump();
    const snapshot: Snapshot = {
      cells: [at(2, 0), at(2, 1), at(2, 2), at(2, 3), at(3, 0)].map((cell) => {
        const c = s.cell(cell.row, cell.col);
        return { cell, content: { value: c.value, formula: c.formula, numberFormat: c.numberFormat } };
      }),
    };
    for (const [r, c] of [[2, 0], [2, 1], [2, 2], [2, 3], [3, 0]]) Object.assign(s.mutableCell(r, c), { value: 0, formula: "", numberFormat: "0.0%" });
    await fake.run((ctx) => restoreSnapshot(ctx, snapshot, ALL));
    // The fake has no calc engine: a restored formula is uncalculated, so compare it without its cached value.
    const dump = fake.book.dump();
    (dump.sheets[0].cells.C3 as { value: unknown }).value = 7;
    expect(dump).toEqual(original);
  });

  it("writes text so Excel keeps it text", () => {
    expect(valueForWrite("2010450", "General")).toBe("'2010450");
    expect(valueForWrite("2010450", "@")).toBe("2010450");
    expect(valueForWrite("=", "General")).toBe("'=");
    expect(valueForWrite("'a", "General")).toBe("''a");
    expect(valueForWrite("合计", "General")).toBe("合计");
    expect(valueForWrite(null, "General")).toBe("");
  });

  it("selects a cell on another sheet in one sync", async () => {
    const fake = decorated();
    fake.book.addSheet("其他");
    await fake.run((ctx) => selectCell(ctx, { sheet: "其他", row: 4, col: 1 }));
    expect(fake.book.selection).toEqual({ sheet: "其他", address: "B5" });
    expect(fake.syncCount).toBe(1);
  });
});
