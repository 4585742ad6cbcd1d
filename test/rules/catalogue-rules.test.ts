// Table-driven tests of each rule family on sheets of the sample (real layouts), edited by hand.
// Addresses come from the reference binding, which test/tables verifies cell by cell.
import { Grid, GridSheet } from "../../src/core/grid/grid";
import { publicTable } from "../../src/core/tables/model";
import completeness from "../../src/core/rules/catalogue/completeness";
import economicHierarchy from "../../src/core/rules/catalogue/economic-hierarchy";
import crossScorecards from "../../src/core/rules/catalogue/cross-scorecards";
import { projectScorecards } from "../../src/core/tables/model";
import crossFiscalIncome from "../../src/core/rules/catalogue/cross-fiscal-income";
import crossFundIncome from "../../src/core/rules/catalogue/cross-fund-income";
import hierarchy from "../../src/core/rules/catalogue/code-hierarchy";
import pub04 from "../../src/core/rules/catalogue/sum-fiscal-summary";
import pub12 from "../../src/core/rules/catalogue/sum-assets";
import assetsNet from "../../src/core/rules/catalogue/assets-net";
import threePublicTables from "../../src/core/rules/catalogue/cross-three-public-tables";
import threePublicBudget from "../../src/core/rules/catalogue/bound-three-public-budget";
import threePublicEconomic from "../../src/core/rules/catalogue/cross-three-public-economic";
import { sumThreePublic as pub10Totals, sumThreePublicGpb as pub11Totals } from "../../src/core/rules/catalogue/sum-three-public";
import { testRule } from "./rule-tester";
import { a1, at, edit, ref, sample, sheets } from "./sample-edit";

testRule(pub12, {
  valid: [{ name: "the sample's 公开12 (every identity exact)", grid: sheets("公开12表") }],
  invalid: [
    {
      // 流动资产 is in both 资产总额 and 原值合计, so it is the suspect of both.
      name: "流动资产 raised by 0.50",
      grid: edit(sheets("公开12表"), [["公开12:total:current", 4105.55]]),
      findings: [
        { check: "sum", at: a1("公开12:total:current"), severity: "error", expected: "11061.52", actual: "11061.02", difference: "-0.50" },
        { check: "sum", at: a1("公开12:total:current"), severity: "error", expected: "6160.95", actual: "6160.45", difference: "-0.50" },
      ],
    },
    {
      name: "车辆净值 above … fixed.net no longer the sum of its classes",
      grid: edit(sheets("公开12表"), [["公开12:total:vehicle.net", 92.57]]),
      findings: [{ check: "sum", at: a1("公开12:total:fixed.net"), expected: "1872.99", actual: "1871.99" }],
    },
  ],
});

// 净值 ≤ 原值 per class (domain.md §3). The sample: 车辆 原值 443.34, 净值 91.57; 无形资产 297.89 / 183.41.
test("the 净值 ≤ 原值 rule is registered under its own id", () => expect(assetsNet.meta.id).toBe("bound.assets-net"));

testRule(assetsNet, {
  valid: [{ name: "the sample's 公开12: every 净值 below its 原值", grid: sheets("公开12表") }],
  invalid: [
    {
      name: "车辆净值 typed as 543.34, above its 原值 443.34",
      grid: edit(sheets("公开12表"), [["公开12:total:vehicle.net", 543.34]]),
      findings: [{ check: "net", at: a1("公开12:total:vehicle.net"), severity: "error", expected: "443.34", actual: "543.34", difference: "100.00" }],
    },
    {
      name: "无形资产 净值 and 原值 swapped the wrong way round",
      grid: edit(sheets("公开12表"), [["公开12:total:intangible.orig", 183.41], ["公开12:total:intangible.net", 297.89]]),
      findings: [{ check: "net", at: a1("公开12:total:intangible.net"), severity: "error", expected: "183.41", actual: "297.89", difference: "114.48" }],
    },
  ],
});

testRule(pub10Totals, {
  valid: [{ name: "the sample's 公开10", grid: sheets("公开10表") }],
  invalid: [
    {
      name: "公务用车运行维护费 决算 24.63 → 25.63",
      grid: edit(sheets("公开10表"), [["公开10:car.operation:final", 25.63]]),
      findings: [{ check: "sum", at: a1("公开10:car:final"), expected: "25.63", actual: "24.63", difference: "-1.00" }],
    },
    {
      name: "机关运行经费 ≠ 行政单位 + 参公",
      grid: edit(sheets("公开10表"), [["公开10:opex.admin:final", 200]]),
      findings: [{ check: "sum", at: a1("公开10:opex:final"), expected: "200.00", actual: "238.67" }],
    },
  ],
});

testRule(pub11Totals, {
  valid: [{ name: "the sample's 公开11", grid: sheets("公开11表") }],
  invalid: [
    {
      name: "支出合计 决算 32.62 → 33.62",
      grid: edit(sheets("公开11表"), [["公开11:total:final", 33.62]]),
      findings: [{ check: "sum", at: a1("公开11:total:final"), expected: "32.62", actual: "33.62", difference: "1.00" }],
    },
  ],
});

testRule(pub04, {
  valid: [{ name: "the sample's 公开04", grid: sheets("公开04表") }],
  invalid: [
    {
      // 208 类's 合计 is in its row identity and in the column total: it is the suspect.
      name: "社会保障和就业支出 合计 1,036.73 → 1,037.73",
      grid: edit(sheets("公开04表"), [["公开04:out.208:total", 1037.73]]),
      findings: [
        { check: "sum", at: a1("公开04:out.208:total"), expected: "1036.73", actual: "1037.73" },
        { check: "sum", at: a1("公开04:out.208:total"), expected: "10585.32", actual: "10584.32" },
      ],
    },
  ],
});

testRule(hierarchy, {
  valid: [{ name: "the sample's 公开03 (leaves only, one-cent tail on 合计)", grid: sheets("公开03表") }],
  invalid: [
    {
      name: "a leaf raised by 1.00: 合计 no longer the sum of the leaves",
      grid: edit(sheets("公开03表"), [["公开03:c2101101:total", 175.29]]),
      findings: [{ check: "sum", at: a1("公开03:total:total"), severity: "error", expected: "10603.10", actual: "10602.11" }],
    },
    {
      name: "a code that is neither 类, 款 nor 项",
      grid: { sheets: [withCode(sheets("公开03表").sheets[0], "2130899", "21308999")] },
      findings: [{ check: "length", at: `公开03表!D${at("公开03:c2130899:total").row + 1}`, message: /21308999 的位数不对/ }],
    },
  ],
});

/** Replaces a 科目编码 in column A. */
function withCode(s: GridSheet, from: string, to: string): GridSheet {
  return { ...s, values: s.values.map((r) => r.map((v) => (v === from ? to : v))) };
}

testRule(completeness, {
  valid: [{ name: "the whole sample", grid: sample }],
  invalid: [
    {
      name: "only 公开01 and 公开02: seven required tables missing",
      grid: sheets("公开01表", "公开02表"),
      findings: ["公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"].map((id) => ({ check: "missingTable", at: "公开01表!A1", message: new RegExp(`缺少${id}`) })),
    },
    {
      name: "公开03 names another department",
      grid: { sheets: sample.sheets.map((s) => (s.name === "公开03表" ? { ...s, values: s.values.map((r) => r.map((v) => (v === "部门：曲靖市工业和信息化局" ? "部门：曲靖市工信局" : v))) } : s)) },
      findings: [{ check: "department", at: "公开03表!A5", message: /“曲靖市工信局”与公开01的“曲靖市工业和信息化局”不一致/ }],
    },
  ],
});

// 公开04's 一般公共预算财政拨款 is quoted by 公开01 (cross.fiscal-income) and by 公开05's 本年收入 (cross.fund-income).
const incomeSheets = () => sheets("公开01表", "公开02表", "公开04表", "公开05表");
const gpbRaised = () => edit(incomeSheets(), [["公开04:in.gpb:amount", 10584.42]]);

testRule(crossFiscalIncome, {
  valid: [{ name: "公开01/02/04/05 of the sample agree", grid: incomeSheets() }],
  invalid: [
    {
      name: "公开04 一般公共预算财政拨款 10,584.32 → 10,584.42 (exact figures: no tolerance): 公开01 disagrees",
      grid: gpbRaised(),
      alongside: [crossFundIncome],
      findings: [{ check: "cross", at: a1("公开04:in.gpb:amount"), expected: "10584.42", actual: "10584.32" }],
    },
  ],
});

testRule(crossFundIncome, {
  valid: [{ name: "公开01/02/04/05 of the sample agree", grid: incomeSheets() }],
  invalid: [
    {
      name: "公开04 一般公共预算财政拨款 10,584.32 → 10,584.42 (exact figures: no tolerance): 公开05 本年收入 disagrees",
      grid: gpbRaised(),
      alongside: [crossFiscalIncome],
      findings: [{ check: "cross", at: a1("公开04:in.gpb:amount"), expected: "10584.42", actual: "10584.32" }],
    },
  ],
});

// 公开11 公务接待费 决算 7.99 → 8.99 breaks three “三公” families at once, each found at that cell (the cell they share).
const threePublicSheets = () => sheets("公开06表", "公开07表", "公开10表", "公开11表", "公开12表");
const receptionRaised = () => edit(threePublicSheets(), [["公开11:reception:final", 8.99]]);

testRule(threePublicBudget, {
  valid: [{ name: "公开10/11 of the sample: nothing above its 全年预算数", grid: threePublicSheets() }],
  invalid: [{ name: "公开11 公务接待费 决算 7.99 → 8.99: above its 全年预算数", grid: receptionRaised(), alongside: [threePublicTables, threePublicEconomic], findings: [{ check: "bound", at: a1("公开11:reception:final"), severity: "warning" }] }],
});

testRule(threePublicEconomic, {
  valid: [{ name: "公开06/07 经济分类 against 公开11 in the sample", grid: threePublicSheets() }],
  invalid: [
    {
      name: "公开11 公务接待费 决算 7.99 → 8.99: differs from 30217",
      grid: receptionRaised(),
      alongside: [threePublicTables, threePublicBudget],
      findings: [{ check: "cross", at: a1("公开11:reception:final"), severity: "warning", expected: "7.99", actual: "8.99" }],
    },
  ],
});

testRule(threePublicTables, {
  valid: [{ name: "公开10 and 公开11 of the sample (no 政府性基金 or 国资 money: equal item by item)", grid: threePublicSheets() }],
  invalid: [
    {
      name: "公开11 公务接待费 决算 7.99 → 8.99: differs from 公开10",
      grid: receptionRaised(),
      alongside: [threePublicEconomic, threePublicBudget],
      findings: [{ check: "cross", at: a1("公开11:reception:final"), severity: "error", expected: "7.99", actual: "8.99" }],
    },
  ],
});

test("rule ids are stable: reports and saved results refer to them", () => {
  expect([pub12, pub10Totals, pub11Totals, pub04, hierarchy, completeness, crossFiscalIncome, crossFundIncome, threePublicTables, threePublicBudget, threePublicEconomic].map((r) => r.meta.id)).toEqual([
    "sum.assets", "sum.three-public", "sum.three-public-gpb", "sum.fiscal-summary", "hierarchy.functional", "completeness", "cross.fiscal-income", "cross.fund-income",
    "cross.three-public-tables", "bound.three-public-budget", "cross.three-public-economic",
  ]);
});

describe("cross.scorecards", () => {
  const names = ["公开03表", ...sample.sheets.filter((s) => s.name.startsWith("附表15-")).map((s) => s.name)];
  const card = projectScorecards(ref)[0];
  const executed = card.funds.find((f) => f.key === "total")!.executed!;
  const raised: Grid = {
    sheets: sheets(...names).sheets.map((s) =>
      s.name !== executed.ref.sheet ? s : { ...s, values: s.values.map((r, i) => (i === executed.ref.row - s.top ? r.map((v, c) => (c === executed.ref.col - s.left ? 331.69 : v)) : r)) },
    ),
  };
  testRule(crossScorecards, {
    // Σ of the 20 scorecards' 全年执行数 is 6,799.22, exactly 公开03's 项目支出.
    valid: [{ name: "the sample's 20 scorecards add up to 公开03 项目支出 6,799.22", grid: sheets(...names) }],
    invalid: [
      {
        name: "附表15-1 全年执行数 321.69 → 331.69",
        grid: raised,
        findings: [{ check: "sum", at: a1("公开03:total:project"), severity: "warning", expected: "6809.22", actual: "6799.22", difference: "-10.00" }],
      },
    ],
  });
  test("its id is stable", () => expect(crossScorecards.meta.id).toBe("cross.scorecards"));
});

describe("hierarchy.economic without 类 rows: the 类 are summed from their 款", () => {
  const p06 = publicTable(ref, "gpb-basic")!;
  /** The sample's 公开06 with every 类 row (code, name, amount) cleared. */
  const withoutClasses: Grid = {
    sheets: sheets("公开06表").sheets.map((s) => {
      const values = s.values.map((r) => [...r]);
      for (const r of p06.rows.filter((x) => x.code?.length === 3)) {
        const amount = r.cells.amount.ref;
        for (let c = amount.col - 2; c <= amount.col; c++) values[amount.row - s.top][c - s.left] = null;
      }
      return { ...s, values };
    }),
  };
  testRule(economicHierarchy, {
    valid: [],
    invalid: [
      {
        // 人员经费合计 3,455.84 = Σ 301 款 (2,710.28) + Σ 303 款 (745.56) holds; 公用经费合计 694.12 ≠ Σ 302 款 347.06.
        name: "公开06 with no 类 rows still finds 公用经费合计 694.12 ≠ 347.06",
        grid: withoutClasses,
        findings: [{ check: "sum", at: a1("公开06:public.total:amount"), expected: "347.06", actual: "694.12", difference: "347.06" }],
      },
    ],
  });
});
