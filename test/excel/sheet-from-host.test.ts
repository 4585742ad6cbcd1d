// What Office.js hands back for a used range, turned into the core's grid. Excel always computes formulas, so a
// formula that shows nothing computed empty text: it must not look like a formula whose result was never saved.
import { gridSheetFrom } from "../../src/excel/sheet-from-host";
import { isUncomputed } from "../../src/core/numbers/parse";

test("a formula showing nothing is empty text, not an uncomputed formula; a blank cell stays blank", () => {
  const sheet = gridSheetFrom({
    name: "公开01表",
    address: "公开01表!B2:D2",
    values: [["收入", "", ""]],
    valueTypes: [["String", "String", "Empty"]],
    numberFormat: [["General", "General", "General"]],
    formulas: [["收入", '=IF(A1="","",A1)', ""]],
  });
  expect(sheet.values).toEqual([["收入", "", null]]);
  expect(sheet.formulas).toEqual([["", '=IF(A1="","",A1)', ""]]);
  expect(sheet.values[0].map((v, j) => isUncomputed(v, sheet.formulas![0][j]))).toEqual([false, false, false]);
});
