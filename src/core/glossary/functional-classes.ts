// 支出功能分类 类 (3-digit codes): the 26 expenditure lines of 公开01 and 公开04, by name.
// Names are matched tolerantly: numbering ("一、", "二十六、", "(一)", "1."), spaces, width and the "支出"
// suffix do not matter, and a few names older templates used are accepted as aliases.

import { normLabel } from "../text/normalize";

export interface FunctionalClass {
  /** 类 code, 3 digits. */
  readonly code: string;
  /** Name as the 2023 templates print it. */
  readonly name: string;
  /** Earlier names of the same 类 (templates before the 2019/2020 revisions). */
  readonly aliases?: readonly string[];
}

export const FUNCTIONAL_CLASSES: readonly FunctionalClass[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  { code: "207", name: "文化旅游体育与传媒支出", aliases: ["文化体育与传媒支出"] },
  { code: "208", name: "社会保障和就业支出" },
  { code: "210", name: "卫生健康支出", aliases: ["医疗卫生与计划生育支出", "医疗卫生支出"] },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出" },
  { code: "213", name: "农林水支出" },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出", aliases: ["资源勘探信息等支出"] },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出", aliases: ["国土海洋气象等支出"] },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "223", name: "国有资本经营预算支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "229", name: "其他支出" },
  { code: "231", name: "债务还本支出" },
  { code: "232", name: "债务付息支出" },
  { code: "234", name: "抗疫特别国债安排的支出" },
];

const NUMBERING = /^(?:[一二三四五六七八九十百]+[、.]|\([一二三四五六七八九十百]+\)|\d{1,2}(?:[、.](?!\d)|\))|\(\d{1,2}\)|[①-⑳])/;

/**
 * Removes leading list numbering from a folded label: "二十六、抗疫…" → "抗疫…", "(1)公务用车购置费" →
 * "公务用车购置费", "1.因公出国(境)费" → "因公出国(境)费". Runs on normLabel output (half-width, no spaces).
 */
export function stripNumbering(folded: string): string {
  let s = folded;
  for (let m = NUMBERING.exec(s); m && m[0].length < s.length; m = NUMBERING.exec(s)) s = s.slice(m[0].length);
  return s;
}

/** "抗疫特别国债安排的支出" → "抗疫特别国债安排": the part every spelling shares. */
function stem(name: string): string {
  return normLabel(name).replace(/的?支出$/, "");
}

const PATTERNS = new Map<string, RegExp>(
  FUNCTIONAL_CLASSES.map((c) => [c.code, new RegExp(`^(?:${[c.name, ...(c.aliases ?? [])].map(stem).join("|")})(?:的)?(?:支出)?$`)]),
);

/** The pattern a class's line label matches once folded and stripped of numbering. */
export function functionalClassPattern(code: string): RegExp {
  return PATTERNS.get(code) ?? /$^/;
}

/** The 类 a label names ("十四、资源勘探工业信息等支出" → 215), or undefined. */
export function functionalClassOf(label: string): FunctionalClass | undefined {
  const text = stripNumbering(normLabel(label));
  return FUNCTIONAL_CLASSES.find((c) => functionalClassPattern(c.code).test(text));
}

export function functionalClassByCode(code: string): FunctionalClass | undefined {
  return FUNCTIONAL_CLASSES.find((c) => c.code === code);
}
