// The rule catalogue: one sorted list, one identity family per rule id. A rule added here needs its test in
// test/rules (the catalogue test fails on an unregistered or untested rule id) and a regenerated docs/rules.md
// (npm run rules-doc; a test fails while it is stale).
import assetsNet from "./catalogue/assets-net";
import boundFiscalWithinSummary from "./catalogue/bound-fiscal-within-summary";
import boundGpbWithinExpenditure from "./catalogue/bound-gpb-within-expenditure";
import boundOpexWithinPublic from "./catalogue/bound-opex-within-public";
import boundThreePublicBudget from "./catalogue/bound-three-public-budget";
import boundTuition from "./catalogue/bound-tuition";
import codeHierarchy from "./catalogue/code-hierarchy";
import { carryForward, codeTableRows } from "./catalogue/code-table-rows";
import completeness from "./catalogue/completeness";
import countThreePublicAmounts from "./catalogue/count-three-public-amounts";
import countThreePublicWhole from "./catalogue/count-three-public-whole";
import crossFiscalExpenditure from "./catalogue/cross-fiscal-expenditure";
import crossFiscalIncome from "./catalogue/cross-fiscal-income";
import crossFleetVehicles from "./catalogue/cross-fleet-vehicles";
import crossFundCarryForward from "./catalogue/cross-fund-carry-forward";
import crossFundIncome from "./catalogue/cross-fund-income";
import crossGpbBasic from "./catalogue/cross-gpb-basic";
import crossGpbProject from "./catalogue/cross-gpb-project";
import crossIncomeBySource from "./catalogue/cross-income-by-source";
import crossScorecards from "./catalogue/cross-scorecards";
import crossSummaryExpenditure from "./catalogue/cross-summary-expenditure";
import crossThreePublicEconomic from "./catalogue/cross-three-public-economic";
import crossThreePublicTables from "./catalogue/cross-three-public-tables";
import economicHierarchy from "./catalogue/economic-hierarchy";
import { NARRATIVE_RULES } from "./catalogue/narrative";
import scorecards from "./catalogue/scorecards";
import sumAssets from "./catalogue/sum-assets";
import sumFiscalSummary from "./catalogue/sum-fiscal-summary";
import sumSummary from "./catalogue/sum-summary";
import { sumThreePublic, sumThreePublicGpb } from "./catalogue/sum-three-public";
import { Rule } from "./rule";

/** In the order of the disclosure: what must be there, identities inside each table, then between tables, scorecards last. */
export const RULES: readonly Rule[] = [
  completeness,
  // inside one table
  sumSummary,
  codeTableRows,
  carryForward,
  boundTuition,
  codeHierarchy,
  sumFiscalSummary,
  economicHierarchy,
  sumThreePublic,
  sumThreePublicGpb,
  sumAssets,
  assetsNet,
  // between tables: income
  crossIncomeBySource,
  crossFiscalIncome,
  crossFundIncome,
  crossFundCarryForward,
  // between tables: expenditure
  crossSummaryExpenditure,
  crossFiscalExpenditure,
  boundFiscalWithinSummary,
  boundGpbWithinExpenditure,
  crossGpbBasic,
  crossGpbProject,
  // “三公”经费
  crossThreePublicTables,
  boundThreePublicBudget,
  countThreePublicWhole,
  countThreePublicAmounts,
  crossThreePublicEconomic,
  boundOpexWithinPublic,
  crossFleetVehicles,
  // 绩效自评
  scorecards,
  crossScorecards,
  // 情况说明 against the tables
  ...NARRATIVE_RULES,
];
