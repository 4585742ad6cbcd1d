// One identity family per rule id: each family that was once bundled under cross.expenditure, cross.income,
// cross.three-public or row.code-tables is found on its own, at its cell, on sheets of the sample with one
// figure changed. Rules `alongside` run too where the engine would pick the cell they share.
import boundFiscalWithinSummary from "../../src/core/rules/catalogue/bound-fiscal-within-summary";
import boundGpbWithinExpenditure from "../../src/core/rules/catalogue/bound-gpb-within-expenditure";
import boundOpexWithinPublic from "../../src/core/rules/catalogue/bound-opex-within-public";
import boundTuition from "../../src/core/rules/catalogue/bound-tuition";
import { carryForward, codeTableRows } from "../../src/core/rules/catalogue/code-table-rows";
import countThreePublicAmounts from "../../src/core/rules/catalogue/count-three-public-amounts";
import countThreePublicWhole from "../../src/core/rules/catalogue/count-three-public-whole";
import crossFiscalExpenditure from "../../src/core/rules/catalogue/cross-fiscal-expenditure";
import crossFleetVehicles from "../../src/core/rules/catalogue/cross-fleet-vehicles";
import crossFundCarryForward from "../../src/core/rules/catalogue/cross-fund-carry-forward";
import crossGpbBasic from "../../src/core/rules/catalogue/cross-gpb-basic";
import crossGpbProject from "../../src/core/rules/catalogue/cross-gpb-project";
import crossIncomeBySource from "../../src/core/rules/catalogue/cross-income-by-source";
import crossSummaryExpenditure from "../../src/core/rules/catalogue/cross-summary-expenditure";
import economicHierarchy from "../../src/core/rules/catalogue/economic-hierarchy";
import { RULES } from "../../src/core/rules/registry";
import { testRule } from "./rule-tester";
import { a1, edit, sheets } from "./sample-edit";

test("the families' ids: stable, one per family", () => {
  expect(
    [
      crossSummaryExpenditure, crossFiscalExpenditure, boundFiscalWithinSummary, boundGpbWithinExpenditure, crossGpbBasic, crossGpbProject,
      crossIncomeBySource, crossFundCarryForward, carryForward, boundTuition, countThreePublicWhole, countThreePublicAmounts, boundOpexWithinPublic, crossFleetVehicles,
    ].map((r) => r.meta.id),
  ).toEqual([
    "cross.summary-expenditure", "cross.fiscal-expenditure-by-class", "bound.fiscal-within-summary", "bound.gpb-within-expenditure", "cross.gpb-basic", "cross.gpb-project",
    "cross.income-by-source", "cross.fund-carry-forward", "row.carry-forward", "bound.tuition-within-business", "count.three-public-whole", "count.three-public-amounts", "bound.opex-within-public", "cross.fleet-vehicles",
  ]);
  for (const r of [carryForward, boundTuition, countThreePublicWhole, boundOpexWithinPublic]) expect(RULES).toContain(r);
});

// ---- expenditure ---------------------------------------------------------------------------------

testRule(crossSummaryExpenditure, {
  valid: [{ name: "公开01 and 公开03 of the sample (one-cent tails only)", grid: sheets("公开01表", "公开03表") }],
  invalid: [
    {
      name: "公开01 十二、农林水支出 20.00 → 30.00, but 公开03's 213 codes add up to 20.00",
      grid: edit(sheets("公开01表", "公开03表"), [["公开01:out.213:amount", 30]]),
      findings: [{ check: "cross", at: a1("公开01:out.213:amount"), severity: "error", expected: "20.00", actual: "30.00", difference: "10.00" }],
    },
    {
      name: "公开01 二、外交支出 5.00 with no 202 code in 公开03",
      grid: edit(sheets("公开01表", "公开03表"), [["公开01:out.202:amount", 5]]),
      findings: [{ check: "missing", at: a1("公开01:out.202:amount"), message: /没有 202 类的科目/ }],
    },
  ],
});

testRule(crossFiscalExpenditure, {
  valid: [{ name: "公开04 and 公开05 of the sample (one-cent tails only)", grid: sheets("公开04表", "公开05表") }],
  invalid: [
    {
      name: "公开04 十二、农林水支出 (一般公共预算) 20.00 → 30.00",
      grid: edit(sheets("公开04表", "公开05表"), [["公开04:out.213:gpb", 30]]),
      findings: [{ check: "cross", at: a1("公开04:out.213:gpb"), expected: "20.00", actual: "30.00", difference: "10.00", message: /（一般公共预算）应等于公开05 213 类各科目本年支出之和/ }],
    },
  ],
});

testRule(boundFiscalWithinSummary, {
  valid: [{ name: "公开01 and 公开04 of the sample", grid: sheets("公开01表", "公开04表") }],
  invalid: [
    {
      name: "公开04 八、社会保障和就业支出 1,036.73 → 1,136.73, above 公开01's 1,036.73",
      grid: edit(sheets("公开01表", "公开04表"), [["公开04:out.208:total", 1136.73]]),
      findings: [{ check: "bound", at: a1("公开04:out.208:total"), severity: "error", expected: "1036.73", actual: "1136.73", difference: "100.00" }],
    },
    {
      name: "公开04 本年收入合计 10,584.32 → 10,684.32, above 公开01's 10,590.02",
      grid: edit(sheets("公开01表", "公开04表"), [["公开04:in.total:amount", 10684.32]]),
      findings: [{ check: "bound", at: a1("公开04:in.total:amount"), expected: "10590.02", actual: "10684.32", difference: "94.30" }],
    },
  ],
});

testRule(boundGpbWithinExpenditure, {
  valid: [{ name: "公开03 and 公开05 of the sample", grid: sheets("公开03表", "公开05表") }],
  invalid: [
    {
      name: "公开05 2101101 行政单位医疗 本年支出合计 174.29 → 184.29, above 公开03's 174.29",
      grid: edit(sheets("公开03表", "公开05表"), [["公开05:c2101101:out.total", 184.29]]),
      findings: [{ check: "bound", at: a1("公开05:c2101101:out.total"), expected: "174.29", actual: "184.29", difference: "10.00" }],
    },
  ],
});

testRule(crossGpbBasic, {
  valid: [],
  invalid: [
    {
      // The seed's own mistake: 公开06 公用经费合计 694.12 where its 类 give 347.06 (and 公开05 says 347.06).
      name: "the sample's 公开05 and 公开06: 公用经费合计 694.12 breaks 基本支出 = 人员 + 公用 and 公用经费 = 公用经费合计",
      grid: sheets("公开05表", "公开06表"),
      alongside: [economicHierarchy],
      findings: [
        { check: "cross", at: a1("公开06:public.total:amount"), expected: "694.12", actual: "347.06", message: /公用经费应等于公开06 公用经费合计/ },
        { check: "cross", at: a1("公开06:public.total:amount"), expected: "4149.96", actual: "3802.90", message: /基本支出应等于公开06 人员经费合计 \+ 公用经费合计/ },
      ],
    },
  ],
});

testRule(crossGpbProject, {
  valid: [{ name: "公开05 and 公开07 of the sample", grid: sheets("公开05表", "公开07表") }],
  invalid: [
    {
      name: "公开05 项目支出 6,781.43 → 6,881.43",
      grid: edit(sheets("公开05表", "公开07表"), [["公开05:total:out.project", 6881.43]]),
      findings: [{ check: "cross", at: a1("公开05:total:out.project"), expected: "6781.42", actual: "6881.43", difference: "100.01" }],
    },
  ],
});

// ---- income --------------------------------------------------------------------------------------

testRule(crossIncomeBySource, {
  valid: [{ name: "公开01 and 公开02 of the sample", grid: sheets("公开01表", "公开02表") }],
  invalid: [
    {
      name: "公开02 其他收入 5.70 → 6.70",
      grid: edit(sheets("公开01表", "公开02表"), [["公开02:total:other", 6.7]]),
      findings: [{ check: "cross", at: a1("公开02:total:other"), expected: "5.70", actual: "6.70", difference: "1.00" }],
    },
  ],
});

testRule(crossFundCarryForward, {
  valid: [{ name: "公开04 and 公开05 of the sample", grid: sheets("公开04表", "公开05表") }],
  invalid: [
    {
      name: "公开04 年初一般公共预算财政拨款结转和结余 79.98 → 89.98",
      grid: edit(sheets("公开04表", "公开05表"), [["公开04:in.carry.gpb:amount", 89.98]]),
      findings: [{ check: "cross", at: a1("公开04:in.carry.gpb:amount"), expected: "79.98", actual: "89.98", difference: "10.00" }],
    },
  ],
});

testRule(boundTuition, {
  valid: [{ name: "the sample's 公开02 (no 教育收费)", grid: sheets("公开02表") }],
  invalid: [
    {
      name: "公开02 2150517 教育收费 3 where 事业收入 is “-”",
      grid: edit(sheets("公开02表"), [["公开02:c2150517:business.tuition", 3]]),
      findings: [{ check: "bound", at: a1("公开02:c2150517:business.tuition"), expected: "0", actual: "3", message: /^2150517：教育收费 M33 为 3，超过事业收入 G33 的 0，超出 3/ }],
    },
  ],
});

// ---- rows of the 科目编码 tables: sums and the carry-forward are two families ------------------------------

testRule(carryForward, {
  valid: [{ name: "the sample's 公开05 (one-cent tails only)", grid: sheets("公开05表") }],
  invalid: [
    {
      name: "公开05 合计 年末结转和结余 79.98 → 80.98: not 年初 79.98 + 收入 10,584.32 − 支出 10,584.32",
      grid: edit(sheets("公开05表"), [["公开05:total:carry.out.total", 80.98]]),
      alongside: [codeTableRows],
      findings: [{ check: "sum", at: a1("公开05:total:carry.out.total"), expected: "79.98", actual: "80.98", difference: "1.00", message: /^合计行：12栏应等于 1栏 \+ 4栏 − 7栏/ }],
    },
  ],
});

test("row.code-tables no longer reports the carry-forward, nor row.carry-forward the sums", () => {
  const ids = (rule: typeof carryForward) => rule.meta.tables;
  expect(ids(carryForward)).toEqual([["gpb", "fund", "capital"]]);
  expect(ids(codeTableRows)).toEqual([["income", "expenditure", "gpb", "fund", "capital"]]);
});

// ---- “三公”经费 -----------------------------------------------------------------------------------------

testRule(countThreePublicWhole, {
  valid: [{ name: "the sample's 公开10", grid: sheets("公开10表") }],
  invalid: [
    {
      name: "国内公务接待批次 29 → 29.5",
      grid: edit(sheets("公开10表"), [["公开10:n.reception.batches:final", 29.5]]),
      findings: [{ check: "whole", at: a1("公开10:n.reception.batches:final"), severity: "error", message: /国内公务接待批次（个）应为整数，实为 29\.50/ }],
    },
  ],
});

testRule(countThreePublicAmounts, {
  valid: [{ name: "the sample's 公开10", grid: sheets("公开10表") }],
  invalid: [
    {
      name: "因公出国（境）费 5.00 with no 团组 and no 人次",
      grid: edit(sheets("公开10表"), [["公开10:abroad:final", 5]]),
      findings: [
        { check: "countWithout", at: a1("公开10:n.groups:final"), severity: "warning" },
        { check: "countWithout", at: a1("公开10:n.abroad.people:final"), severity: "warning" },
      ],
    },
    {
      name: "公务用车购置数 2 with no 购置费",
      grid: edit(sheets("公开10表"), [["公开10:n.car.purchase:final", 2]]),
      findings: [{ check: "amountWithout", at: a1("公开10:car.purchase:final"), severity: "warning" }],
    },
  ],
});

testRule(boundOpexWithinPublic, {
  valid: [{ name: "公开06 and 公开10 of the sample (机关运行经费 238.67 ≤ 694.12)", grid: sheets("公开06表", "公开10表") }],
  invalid: [
    {
      name: "机关运行经费 238.67 → 800.00",
      grid: edit(sheets("公开06表", "公开10表"), [["公开10:opex:final", 800]]),
      findings: [{ check: "bound", at: a1("公开10:opex:final"), severity: "warning", expected: "694.12", actual: "800.00", difference: "105.88" }],
    },
  ],
});

testRule(crossFleetVehicles, {
  valid: [{ name: "公开10 and 公开12 of the sample (10 cars, vehicles 443.34)", grid: sheets("公开10表", "公开12表") }],
  invalid: [
    {
      name: "车辆原值 443.34 → 0 with 10 cars in use",
      grid: edit(sheets("公开10表", "公开12表"), [["公开12:total:vehicle.orig", 0]]),
      findings: [{ check: "fleet", at: a1("公开10:n.car.fleet:final"), severity: "warning", message: /公务用车保有量为 10\.00 辆，但公开12 车辆原值为 0/ }],
    },
  ],
});
