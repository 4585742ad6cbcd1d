// The 附表15 template as data: where every label, input and formula sits, what is merged, bordered and offered
// in the drop-down lists. Layout as the seed's 附表15-1 (title on row 3, indicators from row 16).
import { rangeA1 } from "../../src/core/grid/address";
import { gradeFormula, indicatorScoreFormula, rateFormula, rateScoreFormula } from "../../src/core/fill/formulas";
import { NATIONAL, PROVINCE_80_70_60 } from "../../src/core/scoring/profiles";
import { DEFAULT_INDICATORS, projectTemplate, TemplateOptionError } from "../../src/core/templates";
import { inUnit } from "../../src/core/templates/indicator-score";
import { ProjectTemplateMap, SheetTemplate } from "../../src/core/templates/model";
import { at, content, mergesA1, styleAt } from "./template-helpers";

const t = projectTemplate({ year: 2023 });
const map = t.map as ProjectTemplateMap;

describe("附表15 template: layout", () => {
  test("marker, title, names, as the seed's 附表15-1", () => {
    expect(t.kind).toBe("project");
    expect(t.sheetName).toBe("附表15");
    expect(t.title).toBe("2023年度项目支出绩效自评表");
    expect(content(t, "A1")).toBe("附表15");
    expect(content(t, "A3")).toBe("2023年度项目支出绩效自评表");
    expect([content(t, "A4"), content(t, "A5"), content(t, "E5")]).toEqual(["项目名称", "主管部门", "实施单位"]);
    expect([map.projectName, map.department, map.implementer]).toEqual(["B4", "B5", "F5"]);
    expect(styleAt(t, "A3")).toMatchObject({ bold: true, fontSize: 16, horizontal: "Center" });
  });

  test("a sheet name 附表15-k becomes the marker; a year-less title reads 项目支出绩效自评表", () => {
    const named = projectTemplate({ sheetName: "附表15-4" });
    expect(content(named, "A1")).toBe("附表15-4");
    expect(named.title).toBe("项目支出绩效自评表");
    expect(content(projectTemplate({ sheetName: "我的项目" }), "A1")).toBe("附表15");
  });

  test("项目资金 block: headers on row 6, four lines, the parts entered, the total derived", () => {
    expect(["C6", "D6", "E6", "F6", "G6", "H6", "I6"].map((a) => content(t, a))).toEqual(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"]);
    expect(content(t, "A6")).toBe("项目资金\n（万元）");
    expect(["B7", "B8", "B9", "B10"].map((a) => content(t, a))).toEqual(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(map.fundInputs).toEqual({
      fiscal: { initialBudget: "C8", fullBudget: "D8", executed: "E8", rate: "G8" },
      carryover: { initialBudget: "C9", fullBudget: "D9", executed: "E9", rate: "G9" },
      other: { initialBudget: "C10", fullBudget: "D10", executed: "E10", rate: "G10" },
    });
    for (const line of Object.values(map.fundInputs)) {
      for (const a1 of [line.initialBudget, line.fullBudget, line.executed]) {
        expect([a1, at(t, a1)?.formula, at(t, a1)?.value, styleAt(t, a1)?.numberFormat]).toEqual([a1, undefined, undefined, "#,##0.00"]);
      }
    }
    expect(map.total).toEqual({ initialBudget: "C7", fullBudget: "D7", executed: "E7", weight: "F7", rate: "G7", score: "H7" });
    expect(["C7", "D7", "E7"].map((a) => content(t, a))).toEqual(["=SUM(C8:C10)", "=SUM(D8:D10)", "=SUM(E8:E10)"]);
    expect(content(t, "F7")).toBe(10);
    expect(styleAt(t, "G7")?.numberFormat).toBe("0.00%");
  });

  test("执行率 = 全年执行数 / 全年预算数 and 执行率得分 = 分值 × min(执行率, 100%), from the fill builders", () => {
    expect(content(t, "G7")).toBe(rateFormula("E7", "D7"));
    expect(content(t, "H7")).toBe(rateScoreFormula("F7", "G7"));
    expect(content(t, "G8")).toBe(`=IF(N(D8)=0,"",${rateFormula("E8", "D8").slice(1)})`);
    // A profile dividing by 年初预算数 divides by it.
    const initial = projectTemplate({ profile: { ...NATIONAL, rateDenominator: "initialBudget" } });
    expect(content(initial, "G7")).toBe(rateFormula("E7", "C7"));
  });

  test("年度总体目标 and the two header rows of the indicator table", () => {
    expect([content(t, "A11"), content(t, "B11"), content(t, "F11")]).toEqual(["年度总体目标", "预期目标", "实际完成情况"]);
    expect(map.goals).toEqual({ expected: "B12", actual: "F12" });
    expect(content(t, "A13")).toBe("项目支出绩效指标表");
    expect(["A14", "D14", "G14", "H14", "I14", "J14"].map((a) => content(t, a))).toEqual(["绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    expect(["A15", "B15", "C15", "D15", "E15", "F15"].map((a) => content(t, a))).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]);
  });

  test(`${DEFAULT_INDICATORS} indicator rows by default, then 其他需要说明的事项, 总分, the 分值 check and the 备注`, () => {
    expect(map.indicators).toHaveLength(DEFAULT_INDICATORS);
    expect(map.indicators[0]).toEqual({ level1: "A16", level2: "B16", level3: "C16", nature: "D16", target: "E16", unit: "F16", actual: "G16", weight: "H16", score: "I16", reason: "J16" });
    expect(map.indicators[7].score).toBe("I23");
    expect([content(t, "A24"), map.otherNotes]).toEqual(["其他需要说明的事项", "C24"]);
    expect(content(t, "A25")).toBe("总分");
    expect([map.totalWeight, map.totalScore, map.grade, map.weightCheck]).toEqual(["H25", "I25", "J25", "A26"]);
    expect(content(t, "A28")).toBe("备注：");
    expect(content(t, "A29")).toBe("1. 涉密部门和涉密信息按保密规定不公开。");
    expect(content(t, "A34")).toBe("6. 全年预算数=年初预算数+调整预算（年度新增项目）。");
    expect(rangeA1({ sheet: "", ...t.printArea })).toBe("A1:J34");
  });

  test("总分 adds 执行率得分 and every indicator's 得分; 分值 likewise; 等级 from the profile, only once the 分值 make 100", () => {
    expect(content(t, "H25")).toBe("=SUM(F7,H16:H23)");
    expect(content(t, "I25")).toBe("=SUM(H7,I16:I23)");
    expect(content(t, "J25")).toBe(`=IF(ROUND(H25,2)=100,${gradeFormula("I25", NATIONAL).slice(1)},"")`);
    expect(content(t, "J25")).toContain('IF(ROUND(I25,2)>=90,"优",IF(ROUND(I25,2)>=80,"良",IF(ROUND(I25,2)>=60,"中","差")))');
    expect(content(t, "A26")).toBe('=IF(ROUND(H25,2)=100,"√ 分值合计为 100","× 分值合计为 "&TEXT(H25,"0.00")&"，应为 100，请调整各项分值")');
    const province = projectTemplate({ profile: PROVINCE_80_70_60 });
    expect(content(province, "J25")).toContain('IF(ROUND(I25,2)>=80,"优",IF(ROUND(I25,2)>=70,"良"');
  });
});

describe("附表15 template: the indicator 得分 formula", () => {
  const f = content(t, "I16") as string;

  test("blank unless 指标值, 实际完成值 and 分值 are numbers (qualitative rows are scored by people)", () => {
    expect(f.startsWith('=IF(AND(ISNUMBER(E16),ISNUMBER(G16),ISNUMBER(H16)),')).toBe(true);
    expect(f.endsWith(',"")')).toBe(true);
  });

  test("one branch per 指标性质 read from D16, each the fill builder's formula on values in the indicator's unit", () => {
    const target = inUnit("E16");
    const actual = inUnit("G16");
    expect(target).toBe('IF(LEFT(CELL("format",E16),1)="P",ROUND(E16*100,10),E16)');
    for (const nature of [">=", ">", "<=", "<", "="] as const) {
      const branch = indicatorScoreFormula({ nature, targetA1: target, actualA1: actual, weightA1: "H16" }, NATIONAL).slice(1);
      expect([nature, f.includes(branch)]).toEqual([nature, true]);
    }
    for (const spelling of ['TRIM(D16)="≥"', 'TRIM(D16)=">="', 'TRIM(D16)="≤"', 'TRIM(D16)="<="', 'TRIM(D16)="＝"', 'TRIM(D16)="="']) expect(f).toContain(spelling);
  });

  test("the reverse rule follows the profile: ratio (national) or linear (80/70/60)", () => {
    expect(f).toContain("H16*IF(LEFT(CELL(\"format\",E16),1)=\"P\",ROUND(E16*100,10),E16)/IF(LEFT(CELL(\"format\",G16)");
    const linear = content(projectTemplate({ profile: PROVINCE_80_70_60 }), "I16") as string;
    expect(linear).toContain("MAX(0,H16*(1-(");
  });

  test("each row refers to its own cells, and stays well inside Excel's 8,192-character limit", () => {
    const last = content(t, "I23") as string;
    expect(last).toContain("ISNUMBER(E23)");
    expect(last).not.toMatch(/[A-J]16\b/);
    expect(f.length).toBeLessThan(4000);
  });
});

describe("附表15 template: merges, borders, sizes, lists", () => {
  test("merged areas as a published table has them; only their first cell holds anything", () => {
    expect(mergesA1(t)).toEqual(expect.arrayContaining([
      "A3:J3", "B4:J4", "B5:D5", "F5:J5", "A6:A10", "I6:J6", "I7:J7", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
      "A13:J13", "A14:C14", "D14:F14", "G14:G15", "H14:H15", "I14:I15", "J14:J15", "A24:B24", "C24:J24", "A25:G25", "A26:J26", "A29:J29",
    ]));
    for (const m of t.merges) {
      for (const c of t.cells) {
        const inside = c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right;
        if (inside && (c.row !== m.top || c.col !== m.left)) expect([c.row, c.col, c.value, c.formula]).toEqual([c.row, c.col, undefined, undefined]);
      }
    }
    const covered = new Set<string>();
    for (const m of t.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
      expect(covered.has(`${r}:${c}`)).toBe(false); // merges never overlap
      covered.add(`${r}:${c}`);
    }
  });

  test("thin grid from 项目名称 to 总分; widths for ten columns; helper lists hidden", () => {
    expect(t.borders.map((b) => rangeA1({ sheet: "", ...b }))).toEqual(["A4:J25"]);
    expect(t.columnWidths).toHaveLength(10);
    expect(t.hiddenColumns).toEqual([11, 12, 13, 14, 15]);
    expect(["L1", "M1", "P1", "L2", "P2", "L3", "M3"].map((a) => content(t, a))).toEqual(["产出指标", "数量指标", "成本指标", "效益指标", "可持续影响指标", "满意度指标", "服务对象满意度指标"]);
    expect(t.rowHeights).toEqual(expect.arrayContaining([{ row: 2, height: 36 }, { row: 11, height: 80 }]));
    expect(t.landscape).toBe(true);
  });

  test("drop-down lists: 一级指标, 二级指标 by the row's 一级指标, 指标性质", () => {
    const v = t.validations.map((x) => ({ area: rangeA1({ sheet: "", ...x.area }), source: x.source, strict: x.strict }));
    expect(v).toEqual([
      { area: "A16:A23", source: { items: ["产出指标", "效益指标", "满意度指标"] }, strict: true },
      { area: "B16:B23", source: { formula: "=OFFSET($M$1,IFERROR(MATCH($A16,$L$1:$L$3,0),1)-1,0,1,COUNTA(OFFSET($M$1,IFERROR(MATCH($A16,$L$1:$L$3,0),1)-1,0,1,4)))" }, strict: false },
      { area: "D16:D23", source: { items: ["≥", "≤", "＝"] }, strict: true },
    ]);
    for (const x of t.validations) expect(x.prompt.length).toBeGreaterThan(0);
  });
});

describe("附表15 template: options", () => {
  test("the number of indicator rows moves everything below the table", () => {
    const three = projectTemplate({ indicators: 3 });
    const m = three.map as ProjectTemplateMap;
    expect(m.indicators.map((i) => i.score)).toEqual(["I16", "I17", "I18"]);
    expect([m.totalWeight, m.totalScore, m.grade]).toEqual(["H20", "I20", "J20"]);
    expect(content(three, "I20")).toBe("=SUM(H7,I16:I18)");
    expect(three.validations[0].area).toEqual({ top: 15, left: 0, bottom: 17, right: 0 });
  });

  test.each([0, -1, 2.5, 61, Number.NaN])("%p indicator rows is refused", (n) => {
    expect(() => projectTemplate({ indicators: n })).toThrow(TemplateOptionError);
  });

  test("a year that is no year is refused", () => {
    expect(() => projectTemplate({ year: 23 })).toThrow(/四位年份/);
  });

  test("pure data: two calls give equal templates", () => {
    const again: SheetTemplate = projectTemplate({ year: 2023 });
    expect(again).toEqual(t);
  });
});
