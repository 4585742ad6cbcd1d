// 云南 2023: 公开01–公开12 and the 绩效自评 scorecards 附表14 (部门整体) and 附表15 (项目, one per project).
// 公开05/08 have 16 numbered columns, 公开07 is the 项目支出 by 经济分类, 公开10/11 list the “三公” items down.

import { TemplatePack } from "./model";
import { EMPTY_NOTE, TITLE } from "./titles";

const pad = (n: number) => String(n).padStart(2, "0");

export const YUNNAN_2023: TemplatePack = {
  id: "yunnan-2023",
  name: "云南（公开01–公开12）",
  label: (n) => (n >= 14 ? `附表${n}` : `公开${pad(n)}`),
  tables: [
    { kind: "summary", number: 1, titles: [TITLE.summary], layout: "summary", required: true },
    { kind: "income", number: 2, titles: [TITLE.income], layout: "income", required: true },
    { kind: "expenditure", number: 3, titles: [TITLE.expenditure], layout: "expenditure", required: true },
    { kind: "fiscal-summary", number: 4, titles: [TITLE.fiscalSummary], layout: "fiscal-summary", required: true },
    { kind: "gpb", number: 5, titles: [TITLE.gpbFull], layout: "gpb-full", required: true },
    { kind: "gpb-basic", number: 6, titles: [TITLE.gpbBasic], layout: "economic-basic", required: true },
    { kind: "gpb-project", number: 7, titles: [TITLE.gpbProject], layout: "economic-project", required: true },
    { kind: "fund", number: 8, titles: [TITLE.fund], layout: "fund-full", signature: [/人员经费/], required: true, emptyNote: EMPTY_NOTE },
    { kind: "capital", number: 9, titles: [TITLE.capital], layout: "capital-full", signature: [/^结转$/, /^结余$/], required: true, emptyNote: EMPTY_NOTE },
    { kind: "three-public", number: 10, titles: [TITLE.threePublic], layout: "three-public-vertical", required: false },
    { kind: "three-public-gpb", number: 11, titles: [TITLE.threePublicGpb], layout: "three-public-gpb-vertical", required: false },
    { kind: "assets", number: 12, titles: [TITLE.assets], layout: "assets", required: false },
    { kind: "dept-scorecard", number: 14, titles: [TITLE.deptScorecard], layout: "dept-scorecard", required: false },
    { kind: "project-scorecard", number: 15, titles: [TITLE.projectScorecard], layout: "project-scorecard", required: false },
  ],
};
