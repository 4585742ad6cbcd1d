// The rule catalogue: one sorted list. A rule added here needs its test in test/rules (the catalogue test
// fails on an unregistered or untested rule id).
import assetsNet from "./catalogue/assets-net";
import codeHierarchy from "./catalogue/code-hierarchy";
import codeTableRows from "./catalogue/code-table-rows";
import completeness from "./catalogue/completeness";
import crossExpenditure from "./catalogue/cross-expenditure";
import crossIncome from "./catalogue/cross-income";
import crossScorecards from "./catalogue/cross-scorecards";
import economicHierarchy from "./catalogue/economic-hierarchy";
import pub01Totals from "./catalogue/pub01-totals";
import pub04Totals from "./catalogue/pub04-totals";
import pub12Assets from "./catalogue/pub12-assets";
import scorecards from "./catalogue/scorecards";
import threePublicCross from "./catalogue/three-public-cross";
import { pub10Totals, pub11Totals } from "./catalogue/three-public-totals";
import { Rule } from "./rule";

export const RULES: readonly Rule[] = [
  completeness,
  pub01Totals,
  codeTableRows,
  codeHierarchy,
  pub04Totals,
  economicHierarchy,
  pub10Totals,
  pub11Totals,
  pub12Assets,
  assetsNet,
  crossIncome,
  crossExpenditure,
  threePublicCross,
  scorecards,
  crossScorecards,
];
