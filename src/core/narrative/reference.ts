// The narrative lexicon as a Markdown section of docs/rules.md: every subject the 情况说明 checks know, the
// phrasings that name it and the table figure it is compared with, so people can see why a sentence was (or was
// not) checked, and what line to add for a new phrasing.

import { KIND_NAMES } from "../packs/identify";
import { COUNT_MET, COUNT_TOTAL, COUNT_UNMET, MEASURES, SUBJECTS } from "./lexicon";

const SCOPE_NAMES: Readonly<Record<string, string>> = {
  any: "",
  dept: "部门（句首为收入、支出等）",
  fiscal: "财政拨款",
  gpb: "一般公共预算财政拨款",
  "three-public": "财政拨款“三公”经费",
  "three-public-gpb": "一般公共预算“三公”经费",
};

const MEASURE_COLUMNS = "预算数 / 全年预算数 / 决算数（按所写“年初预算数”“全年预算数”“决算数”，未写时沿用句首，默认决算数）";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function lexiconReference(): string {
  const out = [
    "",
    "## 情况说明词表",
    "",
    "<!-- Generated from src/core/narrative/lexicon.ts. -->",
    "",
    "`narrative.*` 规则只核对词表中的科目：数字前所写的整段名称（去掉年度、部门名称、“其中”“为”等虚词后）须与“写法”完全匹配，",
    "否则不核对，也不猜测。句中第一个识别出的科目为句首，其后的“其中…”各项按句首的口径取数（如“一般公共预算财政拨款支出…，",
    "其中基本支出…”取一般公共预算财政拨款支出表的基本支出）。新增写法只需在词表中加一行。",
    "",
    "| 科目 | id | 写法（正则） | 口径 | 取数 |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const s of SUBJECTS) {
    for (const [scope, source] of Object.entries(s.figure)) {
      if (!source) continue;
      const tables = source.tables.map((k) => KIND_NAMES[k]).join("，无此表时取") ;
      const column = source.col === "measure" ? MEASURE_COLUMNS : `\`${source.col}\``;
      out.push(`| ${s.name} | \`${s.id}\` | \`${cell(s.phrase.source)}\` | ${SCOPE_NAMES[scope] ?? scope} | ${tables}：行 \`${source.row}\`，列 ${column} |`);
    }
  }
  out.push(
    "",
    `所写口径词：${MEASURES.map((m) => `\`${cell(m.suffix.source)}\` → ${m.measure}`).join("；")}。`,
    "",
    `绩效目标个数（与部门整体支出绩效自评表的指标行比较，仅用于写明“部门整体”的说明）：共计 \`${cell(COUNT_TOTAL.source)}\`；完成 \`${cell(COUNT_MET.source)}\`；未完成 \`${cell(COUNT_UNMET.source)}\`。`,
  );
  return out.join("\n") + "\n";
}
