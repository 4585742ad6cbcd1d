// The fake ET object model behaves as WPS does where the adapter depends on it, and is held to et-jsapi-declare.

import { cellValueOf, formatOf } from "../../src/wps/read-book";
import { EtComment, EtInterior, EtRange, EtSheets, EtWorksheet } from "../../src/wps/et";
import { FakeSheets, FakeWorksheet, fakeEt } from "../fakes/wps/book";
import { FakeComment, FakeInterior, FakeRange } from "../fakes/wps/range";

// Compile-time: the fake implements the adapter's slice, which et-jsapi-declare's types fit (src/wps/et.ts).
type Fits<T extends U, U> = T;
export type FakeFits = [Fits<FakeRange, EtRange>, Fits<FakeInterior, EtInterior>, Fits<FakeComment, EtComment>, Fits<FakeWorksheet, EtWorksheet>, Fits<FakeSheets, EtSheets>];
// A misspelt member does not compile, in the slice or against the real declarations.
// @ts-expect-error Valeu2 is not an ET member
export type Misspelt = EtRange["Valeu2"];
// @ts-expect-error Interior.Colour is not an ET member
export type MisspeltReal = Et.Interior["Colour"];

function book() {
  const et = fakeEt();
  et.book.addSheet("表1");
  const ws = et.app.ActiveWorkbook!.Worksheets.Item("表1");
  return { et, ws };
}

describe("reading WPS values", () => {
  it("takes the local name of the general format for General, and error texts of formulas for errors", () => {
    expect([formatOf("G/通用格式"), formatOf(null), formatOf("#,##0.00")]).toEqual(["General", "General", "#,##0.00"]);
    expect([cellValueOf("#DIV/0!", "=A1/B1"), cellValueOf("#DIV/0!", ""), cellValueOf(undefined, "=IF(A1,\"\",1)"), cellValueOf("", "")])
      .toEqual([{ error: "#DIV/0!" }, "#DIV/0!", "", null]);
  });
});

describe("fake ET: VBA semantics", () => {
  it("Value2 is a scalar for one cell and rows for several; text that looks like a number becomes one unless quoted", () => {
    const { ws } = book();
    ws.Range("A1").Value2 = "12.5";
    ws.Range("B1").Value2 = "'007";
    ws.Range("A2:B2").Value2 = [["x", true]];
    expect(ws.Range("A1").Value2).toBe(12.5);
    expect(ws.Range("B1").Value2).toBe("007");
    expect(ws.Range("C9").Value2).toBeUndefined();
    expect(ws.Range("A1:B2").Value2).toEqual([[12.5, "007"], ["x", true]]);
    expect(() => (ws.Range("A1:B2").Value2 = [[1, 2]])).toThrow(/shape/);
  });

  it("reads null for a property the cells do not share (fills, formats)", () => {
    const { ws } = book();
    ws.Range("A1").Interior.Color = 0xceC7ff;
    expect(ws.Range("A1").Interior.Pattern).toBe(1);
    expect(ws.Range("B1").Interior.Pattern).toBe(-4142);
    expect(ws.Range("A1:B1").Interior.Pattern).toBeNull();
    expect(ws.Range("A1:B1").Interior.Color).toBeNull();
    ws.Range("A2").NumberFormat = "0.00";
    expect(ws.Range("A2:B2").NumberFormat).toBeNull();
    expect(ws.Range("A3,B4").NumberFormat).toBe("General");
  });

  it("refuses AddComment on a cell that has a comment, and any write on a protected sheet", () => {
    const { et, ws } = book();
    ws.Range("A1").AddComment("原批注");
    expect(() => ws.Range("A1").AddComment("又一条")).toThrow(/已有批注/);
    expect(ws.Range("A1").Comment!.Text()).toBe("原批注");
    expect(ws.Range("A2").Comment).toBeNull();
    et.book.sheet("表1").protected = true;
    expect(() => (ws.Range("A2").Value2 = 1)).toThrow(/受保护/);
    expect(() => (ws.Range("A2").Interior.Color = 255)).toThrow(/受保护/);
    expect(() => ws.Range("A1").Comment!.Text("改")).toThrow(/受保护/);
  });

  it("counts every member touched and refuses addresses over 255 characters", () => {
    const { et, ws } = book();
    et.book.calls = 0;
    void ws.Range("A1").Value2; // Range, Value2
    expect(et.book.calls).toBe(2);
    const long = Array.from({ length: 60 }, (_, i) => `A${i + 1000}`).join(",");
    expect(() => ws.Range(long)).toThrow(/255/);
  });

  it("asks before deleting a sheet unless DisplayAlerts is off", () => {
    const { et } = book();
    et.book.addSheet("表2");
    const s = et.app.ActiveWorkbook!.Worksheets.Item("表2");
    expect(() => s.Delete()).toThrow(/DisplayAlerts/);
    et.app.DisplayAlerts = false;
    s.Delete();
    expect(et.book.sheets.map((x) => x.name)).toEqual(["表1"]);
  });
});
