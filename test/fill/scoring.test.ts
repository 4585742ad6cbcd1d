// 自评 scoring in the fill plan, against values computed by hand (cases.ts): each rule met and unmet, ≤ under
// both reverse readings, 执行率 above 100 % capped, 总分 exactly on the grade bands, qualitative rows left alone.
import { planFill } from "../../src/core/fill/plan";
import { FillPlan } from "../../src/core/fill/types";
import { cellA1 } from "../../src/core/grid/address";
import { ALL_CASES, casesGrid, LAYOUT, RULES_CASE, ScorecardCase, totalRow } from "./cases";

const PROFILES = [
  ["national", "national"],
  ["province-80-70-60", "province"],
] as const;

function written(plan: FillPlan, sheet: string): Map<string, { formula: string; value: string }> {
  return new Map(plan.writes.filter((w) => w.cell.sheet === sheet).map((w) => [cellA1(w.cell), { formula: w.formula, value: w.value }]));
}

describe.each(PROFILES)("profile %s", (profile, which) => {
  const plan = planFill(casesGrid(), { profile });

  test("nothing conflicts: every derived cell of the cases is blank", () => {
    expect(plan.conflicts).toEqual([]);
    expect(plan.profile).toBe(profile);
  });

  test.each(ALL_CASES.map((c) => [c.sheet, c] as [string, ScorecardCase]))("%s", (_sheet, c) => {
    const w = written(plan, c.sheet);
    expect(w.get(LAYOUT.rateCell)?.value).toBe(c.rate);
    expect(w.get(LAYOUT.rateScoreCell)?.value).toBe(c.rateScore);
    const expected = c.indicators.map((i, k) => [i.name, `${LAYOUT.scoreCol}${LAYOUT.firstIndicatorRow + k}`, which === "national" ? i.national : i.province]);
    const actual = expected.map(([name, cell, want]) => [name, cell, want === "manual" ? (w.has(cell) ? "written" : "manual") : w.get(cell)?.value]);
    expect(actual).toEqual(expected);
    const row = totalRow(c);
    expect(w.get(`${LAYOUT.weightCol}${row}`)?.value).toBe("100.00");
    expect(w.get(`${LAYOUT.scoreCol}${row}`)?.value).toBe(c.total[which]);
    expect(w.get(`${LAYOUT.gradeCol}${row}`)?.value).toBe(c.grade[which]);
  });

  test("the qualitative indicator is listed for people with its reason", () => {
    const qualitative = plan.manual.map((m) => [m.cell.sheet, cellA1(m.cell), m.reason]);
    expect(qualitative).toEqual([[RULES_CASE.sheet, "I23", "定性或无法量化的指标（指标值非数值），由评价人填写"]]);
  });
});

describe("formulas written for the rules case", () => {
  const national = written(planFill(casesGrid([RULES_CASE])), RULES_CASE.sheet);
  const province = written(planFill(casesGrid([RULES_CASE]), { profile: "province-80-70-60" }), RULES_CASE.sheet);

  test("执行率 and its score read the cells they derive from", () => {
    expect(national.get("G5")?.formula).toBe("=IFERROR(E5/D5,0)");
    expect(national.get("H5")?.formula).toBe("=ROUND(MIN(G5,1)*F5,2)");
  });

  test("≤ takes the profile's reverse reading", () => {
    expect(national.get("I19")?.formula).toBe("=ROUND(IF(G19<=E19,H19,IF(G19=0,H19,H19*E19/G19)),2)");
    expect(province.get("I19")?.formula).toBe("=ROUND(IF(G19<=E19,H19,IF(E19=0,0,MAX(0,H19*(1-(G19-E19)/E19)))),2)");
  });

  test("a percent-formatted actual against a target in % is read in percent points", () => {
    expect(national.get("I22")?.formula).toBe("=ROUND(IF(ROUND(G22*100,10)>=E22,H22,IF(E22=0,0,MAX(0,MIN(H22,H22*ROUND(G22*100,10)/E22)))),2)");
  });

  test("总分 sums every score cell (the qualitative one included), 等级 uses the profile's bands", () => {
    expect(national.get("H25")?.formula).toBe("=SUM(F5,H13:H23)");
    expect(national.get("I25")?.formula).toBe("=SUM(H5,I13:I23)");
    expect(national.get("J25")?.formula).toBe('=IF(ROUND(I25,2)>=90,"优",IF(ROUND(I25,2)>=80,"良",IF(ROUND(I25,2)>=60,"中","差")))');
    expect(province.get("J25")?.formula).toBe('=IF(ROUND(I25,2)>=80,"优",IF(ROUND(I25,2)>=70,"良",IF(ROUND(I25,2)>=60,"中","差")))');
  });

  test("number formats: 0.00% for the rate, 0.00 for scores, none for the grade", () => {
    const plan = planFill(casesGrid([RULES_CASE]));
    const fmt = new Map(plan.writes.map((w) => [cellA1(w.cell), w.numberFormat]));
    expect([fmt.get("G5"), fmt.get("H5"), fmt.get("I13"), fmt.get("I25"), fmt.get("J25")]).toEqual(["0.00%", "0.00", "0.00", "0.00", undefined]);
  });
});
