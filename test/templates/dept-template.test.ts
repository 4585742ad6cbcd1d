// The 附表14 template as data: the seed's 附表14 layout, with 预算确定数, 执行率(%) and the totals as formulas.
import { rangeA1 } from "../../src/core/grid/address";
import { budgetFormula, rateFormula } from "../../src/core/fill/formulas";
import { buildTemplate, deptTemplate } from "../../src/core/templates";
import { DeptTemplateMap } from "../../src/core/templates/model";
import { content, mergesA1, styleAt } from "./template-helpers";

const t = deptTemplate({ year: 2023, indicators: 5 });
const map = t.map as DeptTemplateMap;

describe("附表14 template", () => {
  test("marker, title, 部门名称", () => {
    expect(buildTemplate("dept", { year: 2023, indicators: 5 })).toEqual(t);
    expect([content(t, "A1"), content(t, "A3"), content(t, "A4")]).toEqual(["附表14", "2023年度部门整体支出绩效自评表", "部门名称"]);
    expect(map.department).toBe("B4");
  });

  test("部门预算资金: headers and six lines, 上年结转 under 项目支出", () => {
    expect(["B5", "D5", "E5", "F5", "G5", "H5", "I5"].map((a) => content(t, a))).toEqual([
      "项目年度支出", "年初预算数", "预算调整数（调增为“+”，调减为“-”）", "预算确定数", "执行数", "执行率(%)", "情况说明",
    ]);
    expect(["B6", "B7", "B8", "C8", "C9", "C10", "C11"].map((a) => content(t, a))).toEqual(["年度资金总额", "基本支出", "项目支出", "小计", "其中：财政拨款", "其他资金", "上年结转"]);
    expect(Object.entries(map.lines).map(([k, l]) => [k, l.initialBudget, l.inputs])).toEqual([
      ["total", "D6", []],
      ["basic", "D7", ["initialBudget", "adjustment", "executed"]],
      ["project", "D8", []],
      ["project.fiscal", "D9", ["initialBudget", "adjustment", "executed"]],
      ["project.other", "D10", ["initialBudget", "adjustment", "executed"]],
      ["carryover", "D11", ["initialBudget", "adjustment", "executed"]],
    ]);
  });

  test("预算确定数 = 年初预算数 + 预算调整数 on every line; 执行率(%) in percent points; totals add their parts", () => {
    for (const line of Object.values(map.lines)) {
      expect(content(t, line.confirmedBudget)).toBe(budgetFormula(line.initialBudget, line.adjustment));
      expect(content(t, line.rate)).toBe(`=IF(N(${line.confirmedBudget})=0,"",${rateFormula(line.executed, line.confirmedBudget, { percentPoints: true }).slice(1)})`);
      expect(styleAt(t, line.rate)?.numberFormat).toBe("0.00");
    }
    expect(["D6", "E6", "G6"].map((a) => content(t, a))).toEqual(["=SUM(D7:D8)", "=SUM(E7:E8)", "=SUM(G7:G8)"]);
    expect(["D8", "E8", "G8"].map((a) => content(t, a))).toEqual(["=SUM(D9:D11)", "=SUM(E9:E11)", "=SUM(G9:G11)"]);
    expect(content(t, "D7")).toBeUndefined();
    expect(styleAt(t, "D7")?.numberFormat).toBe("#,##0.00");
  });

  test("部门年度目标, the indicator table without 分值/得分, 其他需说明事项 and the two 备注 lines", () => {
    expect([content(t, "A12"), map.goal]).toEqual(["部门年度目标", "B12"]);
    expect(content(t, "A13")).toBe("部门整体支出绩效指标");
    expect(["A14", "D14", "E14", "F14", "G14", "H14"].map((a) => content(t, a))).toEqual(["绩效指标", "指标性质", "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施"]);
    expect(["A15", "B15", "C15"].map((a) => content(t, a))).toEqual(["一级指标", "二级指标", "三级指标"]);
    expect(map.indicators[0]).toEqual({ level1: "A16", level2: "B16", level3: "C16", nature: "D16", target: "E16", unit: "F16", actual: "G16", reason: "H16" });
    expect(map.indicators).toHaveLength(5);
    expect([content(t, "A21"), map.otherNotes]).toEqual(["其他需说明事项", "B21"]);
    expect(content(t, "A22")).toBe("备注：1. 涉密部门和涉密信息按保密规定不公开。");
    expect(content(t, "A23")).toMatch(/^2\. 一级指标包含产出指标、效益指标、满意度指标/);
  });

  test("merges, grid, lists", () => {
    expect(mergesA1(t)).toEqual(expect.arrayContaining(["A3:I3", "B4:I4", "A5:A11", "B5:C5", "B6:C6", "B7:C7", "B8:B11", "B12:I12", "A13:I13", "A14:C14", "H14:I15", "H16:I16", "B21:I21", "A22:I22"]));
    expect(t.borders.map((b) => rangeA1({ sheet: "", ...b }))).toEqual(["A4:I21"]);
    expect(t.validations.map((v) => rangeA1({ sheet: "", ...v.area }))).toEqual(["A16:A20", "B16:B20", "D16:D20"]);
    expect(t.columnWidths).toHaveLength(9);
    expect(rangeA1({ sheet: "", ...t.printArea })).toBe("A1:I23");
  });
});
