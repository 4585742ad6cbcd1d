// 云南 2019–2020: the nine tables 表一…表九, before the 2021 set added the 项目支出 table (today's 公开07), the
// 一般公共预算 “三公” table (公开11) and 国有资产使用情况表 (公开12). The same kinds and layouts as 云南 2023,
// numbered without those three: 表五 一般公共预算财政拨款收入支出决算表, 表七 政府性基金, 表八 国有资本经营,
// 表九 “三公”经费、行政参公单位机关运行经费情况表; 绩效自评 scorecards follow unnumbered.
// Based on: the 2019 table list of a 楚雄州 unit (nyncj.cxz.gov.cn/info/1668/129719.htm: 一 收入支出决算总表 …
// 五 一般公共预算财政拨款收入支出决算表, 六 基本支出, 七 政府性基金, 八 “三公”经费、行政参公单位机关运行经费情况表,
// the scorecards in the narrative) and the 2023/2024 Yunnan sets (hhmz.gov.cn/info/5571/443231.htm,
// yndaily.com …/137143.html), whose order less those three tables gives the nine. Variant: a unit without
// 国有资本经营 funds leaves that table out and prints the 三公 table as 表八; the title may drop "财政拨款".

import { TemplatePack } from "./model";
import { EMPTY_NOTE, TITLE } from "./titles";

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 9 → 九, 10 → 十, 12 → 十二, 20 → 二十. */
function chinese(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? NUMERALS[tens] : ""}十${NUMERALS[n % 10]}`;
}

/** “三公”经费、行政参公单位机关运行经费情况表, with or without 财政拨款 in front. */
const THREE_PUBLIC_2019 = /^(财政拨款)?"三公"经费、?行政参公单位机关运行经费情况表$/;

export const YUNNAN_2019: TemplatePack = {
  id: "yunnan-2019",
  name: "云南 2019–2020（表一–表九）",
  label: (n) => `表${chinese(n)}`,
  tables: [
    { kind: "summary", number: 1, titles: [TITLE.summary], layout: "summary", required: true },
    { kind: "income", number: 2, titles: [TITLE.income], layout: "income", required: true },
    { kind: "expenditure", number: 3, titles: [TITLE.expenditure], layout: "expenditure", required: true },
    { kind: "fiscal-summary", number: 4, titles: [TITLE.fiscalSummary], layout: "fiscal-summary", required: true },
    { kind: "gpb", number: 5, titles: [TITLE.gpbFull], layout: "gpb-full", required: true },
    { kind: "gpb-basic", number: 6, titles: [TITLE.gpbBasic], layout: "economic-basic", required: true },
    // The signatures are 云南 2023's: the same layouts, so neither set claims the other's tables.
    { kind: "fund", number: 7, titles: [TITLE.fund], layout: "fund-full", signature: [/人员经费/], required: true, emptyNote: EMPTY_NOTE },
    // Not required: the eight-table variant leaves it out.
    { kind: "capital", number: 8, titles: [TITLE.capital], layout: "capital-full", signature: [/^结转$/, /^结余$/], required: false, emptyNote: EMPTY_NOTE },
    { kind: "three-public", number: 9, titles: [THREE_PUBLIC_2019, TITLE.threePublic], layout: "three-public-vertical", required: true },
    { kind: "dept-scorecard", titles: [TITLE.deptScorecard], layout: "dept-scorecard", required: false },
    { kind: "project-scorecard", titles: [TITLE.projectScorecard], layout: "project-scorecard", required: false },
  ],
};
