import { cellKey, columnIndex, columnLetters, parseA1, parseRangeA1, qualifiedA1, rangeA1, rangeRef, toA1 } from "../../src/core/grid/address";

test.each([
  [0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"],
])("column %d is %s and back", (col, letters) => {
  expect(columnLetters(col)).toBe(letters);
  expect(columnIndex(letters)).toBe(col);
});

test("A1 parsing and formatting", () => {
  expect(toA1(2, 1)).toBe("B3");
  expect(parseA1("$B$3")).toEqual({ row: 2, col: 1 });
  expect(parseA1("3B")).toBeUndefined();
  expect(parseA1("")).toBeUndefined();
  expect(rangeA1(rangeRef("S", 0, 0, 43, 5))).toBe("A1:F44");
  expect(parseRangeA1("'附表15-1'!A1:J32")).toEqual(rangeRef("附表15-1", 0, 0, 31, 9));
  expect(parseRangeA1("A1:")).toBeUndefined();
  expect(cellKey({ sheet: "公开01表", row: 0, col: 0 })).toBe("公开01表!A1");
});

test("sheet names are quoted in references when Excel needs it", () => {
  expect(qualifiedA1("公开01表", "A1")).toBe("公开01表!A1");
  expect(qualifiedA1("附表15-1", "B2")).toBe("'附表15-1'!B2");
  expect(qualifiedA1("Bob's", "C3")).toBe("'Bob''s'!C3");
});
