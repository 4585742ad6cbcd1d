// 部门支出经济分类 类 (3-digit codes) that occur in 公开06/公开07, and how 公开06 splits them.
// 公开06 reports 基本支出 as 人员经费 (301 工资福利, 303 对个人和家庭的补助) and 公用经费 (every other 类);
// its 人员经费合计 / 公用经费合计 rows are checked against these groups, so the split is data, not code.
// 公开07 (项目支出) has no such split: every 类 there is simply 项目支出.

export type EconomicGroup = "personnel" | "public";

export interface EconomicClass {
  /** 类 code, 3 digits. */
  readonly code: string;
  /** Name as the 2023 templates print it. */
  readonly name: string;
  /** 人员经费 or 公用经费 in 公开06. */
  readonly group: EconomicGroup;
}

export const ECONOMIC_CLASSES: readonly EconomicClass[] = [
  { code: "301", name: "工资福利支出", group: "personnel" },
  { code: "302", name: "商品和服务支出", group: "public" },
  { code: "303", name: "对个人和家庭的补助", group: "personnel" },
  { code: "307", name: "债务利息及费用支出", group: "public" },
  { code: "309", name: "资本性支出（基本建设）", group: "public" },
  { code: "310", name: "资本性支出", group: "public" },
  { code: "311", name: "对企业补助（基本建设）", group: "public" },
  { code: "312", name: "对企业补助", group: "public" },
  { code: "313", name: "对社会保障基金补助", group: "public" },
  { code: "399", name: "其他支出", group: "public" },
];

/** zh-CN names of the groups, for messages. */
export const ECONOMIC_GROUP_LABELS: Readonly<Record<EconomicGroup, string>> = {
  personnel: "人员经费",
  public: "公用经费",
};

/** The 类 a 经济分类 code belongs to: its first 3 digits. */
export function economicClassCode(code: string): string {
  return code.slice(0, 3);
}

export function economicClass(code: string): EconomicClass | undefined {
  const cls = economicClassCode(code);
  return ECONOMIC_CLASSES.find((c) => c.code === cls);
}

/**
 * 人员经费 or 公用经费 for a code in 公开06. A 类 we do not know counts as 公用经费, since 公用经费合计 is
 * defined as every 类 other than 301 and 303.
 */
export function economicGroup(code: string): EconomicGroup {
  return economicClass(code)?.group ?? "public";
}
