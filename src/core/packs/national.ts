// 全国: the Ministry of Finance's nine tables (domain.md §7), as central departments and most provinces publish
// them. 公开05 holds 本年支出 only; 公开07 is the “三公” table, laid out across (预算数 and 决算数 on one row);
// 公开08/09 give 年初结转, 本年收入, 本年支出 and 年末结转 per 科目. Scorecards are annexes numbered freely.

import { TemplatePack } from "./model";
import { EMPTY_NOTE, TITLE } from "./titles";

export const NATIONAL: TemplatePack = {
  id: "national",
  name: "全国（财政部九张表）",
  label: (n) => `公开${String(n).padStart(2, "0")}`,
  tables: [
    { kind: "summary", number: 1, titles: [TITLE.summary], layout: "summary", required: true },
    { kind: "income", number: 2, titles: [TITLE.income], layout: "income", required: true },
    { kind: "expenditure", number: 3, titles: [TITLE.expenditure], layout: "expenditure", required: true },
    { kind: "fiscal-summary", number: 4, titles: [TITLE.fiscalSummary], layout: "fiscal-summary", required: true },
    { kind: "gpb", number: 5, titles: [TITLE.gpbExpenditure], layout: "gpb-expenditure", required: true },
    { kind: "gpb-basic", number: 6, titles: [TITLE.gpbBasic], layout: "economic-basic", required: true },
    { kind: "three-public-gpb", number: 7, titles: [TITLE.threePublicGpb], layout: "three-public-gpb-horizontal", signature: [/因公出国/, /公务接待/], required: true },
    { kind: "fund", number: 8, titles: [TITLE.fund], layout: "fund-national", required: true, emptyNote: EMPTY_NOTE },
    { kind: "capital", number: 9, titles: [TITLE.capital], layout: "capital-national", required: true, emptyNote: EMPTY_NOTE },
    { kind: "dept-scorecard", titles: [TITLE.deptScorecard], layout: "dept-scorecard", required: false },
    { kind: "project-scorecard", titles: [TITLE.projectScorecard], layout: "project-scorecard", required: false },
  ],
};
