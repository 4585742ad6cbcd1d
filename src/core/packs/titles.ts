// Title patterns shared by packs: the same table is worded the same way across sets, with variants. Matched on
// the folded title (see text/normalize.ts: quotes folded to ", spaces removed) with any "某单位2023年度" prefix
// and a trailing "(…)" removed.

export const TITLE = {
  summary: /^(部门)?收入支出决算(总)?表$/,
  income: /^(部门)?收入决算表$/,
  expenditure: /^(部门)?支出决算表$/,
  fiscalSummary: /^财政拨款收入支出决算(总)?表$/,
  gpbFull: /^一般公共预算财政拨款收入支出决算表$/,
  gpbExpenditure: /^一般公共预算财政拨款支出决算表$/,
  gpbBasic: /^一般公共预算财政拨款基本支出决算(明细)?表$/,
  gpbProject: /^一般公共预算财政拨款项目支出决算(明细)?表$/,
  fund: /^政府性基金预算财政拨款收入支出决算表$/,
  capital: /^国有资本经营预算财政拨款(收入)?支出决算表$/,
  threePublic: /^财政拨款"三公"经费.*(情况|决算)表$/,
  threePublicGpb: /^一般公共预算(财政拨款)?"三公"经费(及会议费、?培训费)?(支出)?(情况|决算)表$/,
  assets: /^国有资产(占有)?使用情况表$/,
  deptScorecard: /^部门整体支出绩效自评表$/,
  projectScorecard: /^项目支出绩效自评表$/,
} as const;

/** An empty 政府性基金 / 国有资本经营 table's note: "本部门2023年度无…，故本表为空表". */
export const EMPTY_NOTE = /空表|无.*(收入|支出|资金)/;
