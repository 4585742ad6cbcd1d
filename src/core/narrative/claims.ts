// What a prose cell claims about the tables, read sentence by sentence: amounts of known subjects, shares,
// year-on-year changes and indicator counts. A sentence's first known subject is its lead: it sets the scope
// and the measure the items after it inherit ("“三公”经费决算数32.62万元，其中公务接待费7.99万元" → 决算数 of
// 公务接待费). Anything the lexicon does not know is skipped, and so is everything that depends on it.

import Decimal from "decimal.js";
import { ProseCell } from "../tables/model";
import { CHANGE, CHANGE_DOWN, COUNT_MET, COUNT_TOTAL, COUNT_UNMET, Measure, PRIOR, Scope, SHARE, SHARE_OF_LEAD, Subject, SUBJECTS } from "./lexicon";
import { cleanLabel, splitMeasure } from "./labels";
import { Mention, Sentence, sentencesOf } from "./mentions";

/** A figure as written in the prose: its value in its unit's base (万元 for money) and its rounding radius. */
export interface Written {
  readonly value: Decimal;
  readonly radius: Decimal;
  /** As written, for messages ("5.7万元"). */
  readonly text: string;
}

/** A known subject read in its context: which scope and measure its figure is taken in. */
export interface SubjectRef {
  readonly subject: Subject;
  readonly scope: Scope;
  readonly measure: Measure;
}

export type Claim =
  | { readonly type: "amount"; readonly of: SubjectRef; readonly written: Written; readonly quote: string }
  | { readonly type: "share"; readonly part: SubjectRef; readonly whole: SubjectRef; readonly written: Written; readonly quote: string }
  | {
      readonly type: "change";
      readonly of: SubjectRef;
      readonly prior?: Written;
      readonly delta?: Written;
      readonly percent?: Written;
      readonly quote: string;
    }
  | { readonly type: "count"; readonly what: "total" | "met" | "unmet"; readonly written: Written; readonly quote: string; readonly scorecard: "dept" };

const TEN_THOUSAND = new Decimal(10000);

function written(m: Mention, original: string): Written {
  const half = new Decimal(10).pow(-m.decimals).dividedBy(2);
  const scale = m.unit === "元" ? new Decimal(1).dividedBy(TEN_THOUSAND) : m.unit === "亿元" ? TEN_THOUSAND : new Decimal(1);
  return { value: m.value.times(scale), radius: half.times(scale), text: original.slice(m.start + m.label.length, m.end).trim() };
}

function subjectOf(label: string): { subject: Subject; measure?: Measure } | undefined {
  const direct = SUBJECTS.find((s) => s.phrase.test(label));
  if (direct) return { subject: direct };
  const { rest, measure } = splitMeasure(label);
  if (!measure) return undefined;
  const s = SUBJECTS.find((x) => x.phrase.test(rest));
  return s ? { subject: s, measure } : undefined;
}

/** The scope an item takes: its own (a lead), its lead's, or the 部门's when a sentence opens with it and names no fund. */
function scopeFor(subject: Subject, lead: SubjectRef | undefined, sentence: string): Scope | undefined {
  if (subject.scope) return subject.scope;
  if (subject.figure.any) return "dept";
  if (lead) return subject.figure[lead.scope] ? lead.scope : undefined;
  if (subject.measured) return "three-public";
  return /财政拨款|一般公共预算/.test(sentence) ? undefined : "dept";
}

/** What a clause after "；" keeps of the one before: its lead, and whether indicators were being counted. */
interface Carried {
  readonly lead?: SubjectRef;
  readonly counting: boolean;
}

export function claimsOf(cell: ProseCell, departments: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  let carried: Carried = { counting: false };
  for (const sentence of sentencesOf(cell.text)) {
    const read = sentenceClaims(sentence, cell, departments, sentence.continues ? carried : { counting: false });
    claims.push(...read.claims);
    carried = read.carried;
  }
  return claims;
}

/** A subject and its year-on-year change in one label: "一般公共预算财政拨款支出增加". */
const SUBJECT_CHANGED = /^(.+?)(增加|减少|增长|下降|上升|降低)了?$/;

/** Bare "收入" / "支出": the 部门's totals only when nothing before them in the sentence names a fund or an item. */
const BARE_TOTAL = /^(总)?(收入|支出)(决算数?)?$/;
const NAMES_A_FUND = /财政拨款|一般公共预算|政府性基金|国有资本|三公|机关运行|项目|基本支出|人员经费|公用经费/;

function sentenceClaims(sentence: Sentence, cell: ProseCell, departments: readonly string[], carried: Carried): { claims: Claim[]; carried: Carried } {
  const out: Claim[] = [];
  const text = cell.text;
  let lead = carried.lead;
  /** No subject of this clause read yet: the first one with a scope of its own leads it. */
  let fresh = true;
  /** The last amount of a known subject: what a share, a change or a prior-year figure after it is about. */
  let last: { ref: SubjectRef; start: number } | undefined;
  let change: { of: SubjectRef; prior?: Written; delta?: Written; percent?: Written; start: number; end: number } | undefined;
  let counting = carried.counting;
  /** The change being read for the last subject: a new one when the last subject is another. */
  const changeOfLast = (at: Mention, l: NonNullable<typeof last>) => {
    if (!change || change.of !== l.ref) change = { of: l.ref, start: l.start, end: at.end };
    change.end = at.end;
    return change;
  };
  /** The subject a label names, read in the sentence's scope and measure; undefined when it is none we check. */
  const subjectIn = (words: string, at: Mention): SubjectRef | undefined => {
    const found = subjectOf(words);
    if (!found || (found.subject.unit === "vehicles") !== (at.unit === "辆")) return undefined;
    if (BARE_TOTAL.test(words) && NAMES_A_FUND.test(text.slice(sentence.start, at.start))) return undefined;
    const scope = scopeFor(found.subject, lead, sentence.text);
    if (!scope) return undefined;
    const measure = found.subject.measured ? (found.measure ?? lead?.measure ?? "final") : found.measure ?? "final";
    // A budget figure of a subject the tables give only as 决算 is none we can check.
    return found.subject.measured || measure === "final" ? { subject: found.subject, scope, measure } : undefined;
  };
  const flushChange = () => {
    if (change && (change.delta || change.percent)) {
      const { of, prior, delta, percent, start, end } = change;
      out.push({ type: "change", of, prior, delta, percent, quote: text.slice(start, end) });
    }
    change = undefined;
  };

  for (const m of sentence.mentions) {
    const label = cleanLabel(m.label, departments);
    const w = written(m, text);
    const quote = text.slice(m.start, m.end).trim();
    if (m.unit === "个" || m.unit === "项") {
      const what = COUNT_TOTAL.test(label) ? "total" : counting && COUNT_UNMET.test(label) ? "unmet" : counting && COUNT_MET.test(label) ? "met" : undefined;
      if (what && cell.aboutDepartment && /目标|指标/.test(sentence.text)) {
        counting = true;
        out.push({ type: "count", what, written: w, quote, scorecard: "dept" });
      }
      continue;
    }
    if (m.unit === "%") {
      if (last && (CHANGE.test(label) || (change && /^(增长|下降|增加|减少|上升|降低)了?$/.test(label)))) {
        changeOfLast(m, last).percent = signed(w, label);
        continue;
      }
      const share = SHARE_OF_LEAD.test(label) ? lead : SHARE.test(label) ? wholeOf(label.replace(SHARE, "$1"), lead, sentence.text) : undefined;
      if (last && share && share.subject !== last.ref.subject) out.push({ type: "share", part: last.ref, whole: share, written: w, quote: text.slice(last.start, m.end).trim() });
      continue;
    }
    if (m.unit === "辆" || m.unit === "万元" || m.unit === "亿元" || m.unit === "元") {
      if (last && m.unit !== "辆" && CHANGE.test(label)) {
        changeOfLast(m, last).delta = signed(w, label);
        continue;
      }
      if (last && m.unit !== "辆" && PRIOR.test(label)) {
        changeOfLast(m, last).prior = w;
        continue;
      }
      flushChange();
      // "（与上年相比，）一般公共预算财政拨款支出增加…万元": the subject and its change in one label.
      const grew = m.unit !== "辆" ? SUBJECT_CHANGED.exec(label) : null;
      const changed = grew ? subjectIn(grew[1], m) : undefined;
      if (grew && changed) {
        last = { ref: changed, start: m.start };
        change = { of: changed, delta: signed(w, grew[2]), start: m.start, end: m.end };
        continue;
      }
      if (grew && subjectOf(grew[1])) continue; // a change of a subject we do not check here is no amount either
      const ref = subjectIn(label, m);
      if (!ref) continue;
      // The clause's first subject leads it when it has a scope of its own ("…；“三公”经费决算数…"); items after
      // it ("其中财政拨款收入…，占…%") never take the lead, whatever their own scope.
      if (!lead || (fresh && ref.subject.scope)) lead = ref;
      fresh = false;
      last = { ref, start: m.start };
      out.push({ type: "amount", of: ref, written: w, quote });
    }
  }
  flushChange();
  return { claims: out, carried: { lead, counting } };
}

function signed(w: Written, label: string): Written {
  return CHANGE_DOWN.test(label) ? { ...w, value: w.value.negated() } : w;
}

/** The whole a share names ("占本年收入合计的" → 本年收入合计), read in the sentence's scope. */
function wholeOf(label: string, lead: SubjectRef | undefined, sentence: string): SubjectRef | undefined {
  if (!label) return lead;
  const found = subjectOf(label);
  if (!found) return undefined;
  const scope = scopeFor(found.subject, lead, sentence);
  return scope ? { subject: found.subject, scope, measure: found.measure ?? lead?.measure ?? "final" } : undefined;
}
