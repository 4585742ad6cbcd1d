// A label as the lexicon matches it: the words written before a figure without what says nothing about the
// subject — spaces, quotes, the year, the 部门's own name, "其中", "为" — so "2023年曲靖市工业和信息化局部门整体
// 收入" is read as "部门整体收入" and "“三公”经费年初预算数" as "三公经费年初预算数".

import { LEADING_FILLERS, Measure, MEASURES, TRAILING_FILLERS } from "./lexicon";

const QUOTES = /["'“”‘’「」『』\s\u00a0]/g;

export function cleanLabel(label: string, departments: readonly string[]): string {
  let s = label.replace(QUOTES, "");
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const filler of LEADING_FILLERS) {
      const next = s.replace(filler, "");
      if (next !== s) {
        s = next;
        changed = true;
      }
    }
    for (const name of departments) {
      if (name && s.startsWith(name)) {
        s = s.slice(name.length);
        changed = true;
      }
    }
    const trimmed = s.replace(TRAILING_FILLERS, "");
    if (trimmed !== s) {
      s = trimmed;
      changed = true;
    }
  }
  return s;
}

/** "三公经费年初预算数" → "三公经费" and the measure "budget"; a label without measure words is returned as is. */
export function splitMeasure(label: string): { readonly rest: string; readonly measure?: Measure } {
  for (const { suffix, measure } of MEASURES) {
    const rest = label.replace(suffix, "");
    if (rest !== label && rest) return { rest, measure };
  }
  return { rest: label };
}

/** The 部门 name a table header gives ("部门：曲靖市工业和信息化局" → "曲靖市工业和信息化局"). */
export function departmentName(text: string): string {
  return text.replace(QUOTES, "").replace(/^(部门|单位|部门名称|单位名称|预算单位|编制单位)[:：]?/, "");
}
