// A prose cell cut into sentences and, in each, the figures written in it: "部门整体收入10590.02万元" is a mention
// with its value, the decimals written, its unit and the label written before it. Positions index the cell's
// own text, so a message can quote exactly what people wrote.

import Decimal from "decimal.js";
import { foldWidth } from "../text/normalize";

export type MentionUnit = "万元" | "亿元" | "元" | "%" | "个" | "项" | "辆";

export interface Mention {
  readonly value: Decimal;
  /** Decimals written ("5.7" → 1). */
  readonly decimals: number;
  readonly unit: MentionUnit;
  /** Where the label starts (after the previous figure or separator) and where the figure ends. */
  readonly start: number;
  readonly end: number;
  /** The label as written, before cleaning. */
  readonly label: string;
}

export interface Sentence {
  readonly mentions: readonly Mention[];
  /** Where the sentence starts in the cell's text. */
  readonly start: number;
  /** It follows a "；": a clause of the same sentence, whose lead it may keep ("支出…，其中基本支出…；项目支出…"). */
  readonly continues: boolean;
  /** The sentence as written (folded to half-width), for scope words ("财政拨款", "部门整体"). */
  readonly text: string;
}

// A figure: digits with optional thousands separators and decimals, then a unit. "12个百分点" is no count.
const FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元|%|个(?!百分点)|项|辆)/g;
const SENTENCE_END = /[。;!?\n]/;
const LABEL_BREAK = /[,、()]/;

export function sentencesOf(text: string): Sentence[] {
  const folded = foldWidth(text);
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && !SENTENCE_END.test(folded[i])) continue;
    if (i > from) out.push({ text: folded.slice(from, i), start: from, continues: from > 0 && folded[from - 1] === ";", mentions: mentionsIn(folded, from, i) });
    from = i + 1;
  }
  return out;
}

function mentionsIn(folded: string, from: number, to: number): Mention[] {
  const part = folded.slice(from, to);
  const out: Mention[] = [];
  let labelFrom = 0;
  for (const m of part.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    let start = at;
    while (start > labelFrom && !LABEL_BREAK.test(part[start - 1])) start--;
    const intDigits = m[1].replace(/,/g, "");
    const decimals = m[2] ?? "";
    out.push({
      value: new Decimal(decimals ? `${intDigits}.${decimals}` : intDigits),
      decimals: decimals.length,
      unit: m[3] as MentionUnit,
      start: from + start,
      end: from + at + m[0].length,
      label: part.slice(start, at),
    });
    labelFrom = at + m[0].length;
  }
  return out;
}
