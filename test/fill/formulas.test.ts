// The formula builders, as text: each encodes one domain rule (domain.md §3, §5); what they compute is
// checked against LibreOffice in libreoffice.test.ts.
import {
  budgetFormula,
  compressRefs,
  gradeFormula,
  indicatorScoreFormula,
  percentPoints,
  rateFormula,
  rateScoreFormula,
  signedSumFormula,
  sumFormula,
} from "../../src/core/fill/formulas";
import { equivalentFormula } from "../../src/core/fill/equivalent";
import { NATIONAL, PROVINCE_80_70_60 } from "../../src/core/scoring/profiles";

const ops = { targetA1: "E16", actualA1: "G16", weightA1: "H16" };

describe("formula builders", () => {
  test("执行率 as a fraction or in percent points, 0 without a budget", () => {
    expect(rateFormula("F7", "E7")).toBe("=IFERROR(F7/E7,0)");
    expect(rateFormula("G6", "F6", { percentPoints: true })).toBe("=IFERROR(G6/F6*100,0)");
  });

  test("执行率得分 caps the rate at 100 % and rounds to 2 decimals", () => {
    expect(rateScoreFormula("H7", "G7")).toBe("=ROUND(MIN(G7,1)*H7,2)");
  });

  test("≥ and > : full when met, else 分值 × 实际 / 指标值 within [0, 分值]", () => {
    expect(indicatorScoreFormula({ nature: ">=", ...ops }, NATIONAL)).toBe("=ROUND(IF(G16>=E16,H16,IF(E16=0,0,MAX(0,MIN(H16,H16*G16/E16)))),2)");
    expect(indicatorScoreFormula({ nature: ">", ...ops }, NATIONAL)).toBe("=ROUND(IF(G16>E16,H16,IF(E16=0,0,MAX(0,MIN(H16,H16*G16/E16)))),2)");
  });

  test("= : target 0 met only at 0, a positive target read as ≥", () => {
    expect(indicatorScoreFormula({ nature: "=", ...ops }, NATIONAL)).toBe(
      "=ROUND(IF(E16=0,IF(G16=0,H16,0),IF(G16>=E16,H16,IF(E16=0,0,MAX(0,MIN(H16,H16*G16/E16))))),2)",
    );
  });

  test("≤ and < under both reverse readings", () => {
    expect(indicatorScoreFormula({ nature: "<=", ...ops }, NATIONAL)).toBe("=ROUND(IF(G16<=E16,H16,IF(G16=0,H16,H16*E16/G16)),2)");
    expect(indicatorScoreFormula({ nature: "<", ...ops }, NATIONAL)).toBe("=ROUND(IF(G16<E16,H16,IF(G16=0,H16,H16*E16/G16)),2)");
    expect(indicatorScoreFormula({ nature: "<=", ...ops }, PROVINCE_80_70_60)).toBe("=ROUND(IF(G16<=E16,H16,IF(E16=0,0,MAX(0,H16*(1-(G16-E16)/E16)))),2)");
  });

  test("percent-formatted operands are read in percent points without binary residue", () => {
    expect(percentPoints("G24")).toBe("ROUND(G24*100,10)");
    expect(indicatorScoreFormula({ nature: ">=", targetA1: "E24", actualA1: percentPoints("G24"), weightA1: "H24" }, NATIONAL)).toBe(
      "=ROUND(IF(ROUND(G24*100,10)>=E24,H24,IF(E24=0,0,MAX(0,MIN(H24,H24*ROUND(G24*100,10)/E24)))),2)",
    );
  });

  test("sums use SUM (blanks and dashes count as 0) and ranges for runs of cells", () => {
    expect(sumFormula(["C12", "C13", "C14", "C16", "D16", "E16", "F20"])).toBe("=SUM(C12:C14,C16:E16,F20)");
    expect(signedSumFormula(["D14", "G14"], ["J14"])).toBe("=SUM(D14,G14)-SUM(J14)");
    expect(budgetFormula("D6", "E6")).toBe("=SUM(D6,E6)");
    expect(compressRefs(["A1"])).toEqual(["A1"]);
    expect(compressRefs(["B2", "B4", "B5"])).toEqual(["B2", "B4:B5"]);
  });

  test("grade bands of each profile on the total rounded to 2 decimals", () => {
    expect(gradeFormula("I34", NATIONAL)).toBe('=IF(ROUND(I34,2)>=90,"优",IF(ROUND(I34,2)>=80,"良",IF(ROUND(I34,2)>=60,"中","差")))');
    expect(gradeFormula("I34", PROVINCE_80_70_60)).toBe('=IF(ROUND(I34,2)>=80,"优",IF(ROUND(I34,2)>=70,"良",IF(ROUND(I34,2)>=60,"中","差")))');
  });
});

describe("equivalent formulas", () => {
  test("the same formula however it is spelled", () => {
    expect(equivalentFormula("=sum( $C$12:C14 )", "=SUM(C12:C14)", "表")).toBe(true);
    expect(equivalentFormula("='公开01表'!F7/E7", "=F7/E7", "公开01表")).toBe(true);
    expect(equivalentFormula("=IFERROR(F7/E7,0)", "=IFERROR(F7/E7,0)", "S")).toBe(true);
  });

  test("a sum of the same cells, written with + or a range", () => {
    expect(equivalentFormula("=C12+C13+C14", "=SUM(C12:C14)", "S")).toBe(true);
    expect(equivalentFormula("=SUM(C12,C13)+C14", "=SUM(C12:C14)", "S")).toBe(true);
    expect(equivalentFormula("=D14+G14-J14", "=SUM(D14,G14)-SUM(J14)", "S")).toBe(true);
  });

  test("different cells, signs or functions are not equivalent", () => {
    expect(equivalentFormula("=C12+C13", "=SUM(C12:C14)", "S")).toBe(false);
    expect(equivalentFormula("=C12-C13", "=SUM(C12:C13)", "S")).toBe(false);
    expect(equivalentFormula("=F7/D7", "=IFERROR(F7/E7,0)", "S")).toBe(false);
    expect(equivalentFormula("=SUM(其他!C12:C14)", "=SUM(C12:C14)", "S")).toBe(false);
  });
});
