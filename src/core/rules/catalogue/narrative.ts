// The 情况说明 against the tables (domain.md §8): every amount, share, year-on-year change and indicator count the
// prose ties to a subject of the lexicon (narrative/lexicon.ts) is compared with its table at the precision
// written. A mismatch is an error at the prose cell, with the table cells in `cells` and both figures quoted.

import { formatFigure } from "../../numbers/format";
import { Claim, claimsOf, Written } from "../../narrative/claims";
import { amountAgrees, deltaRange, expectedText, Interval, percentFromDelta, percentFromPrior, shareRange, writtenMeets } from "../../narrative/compare";
import { figureOf, TableFigure } from "../../narrative/figures";
import { departmentName } from "../../narrative/labels";
import { indicatorMet } from "../../scoring/score";
import { BoundWorkbook, DeptScorecard, ProseCell } from "../../tables/model";
import { figureStyle } from "../messages";
import { Rule } from "../rule";

const claimCache = new WeakMap<BoundWorkbook, readonly { cell: ProseCell; claims: readonly Claim[] }[]>();

/** Every prose cell's claims, read once per workbook (four rules share them). */
function claimsIn(workbook: BoundWorkbook): readonly { cell: ProseCell; claims: readonly Claim[] }[] {
  let hit = claimCache.get(workbook);
  if (!hit) {
    const departments = [...new Set(workbook.tables.map((t) => (t.department ? departmentName(t.department.text) : "")).filter((n) => n.length >= 2))];
    hit = workbook.prose.map((cell) => ({ cell, claims: claimsOf(cell, departments) }));
    claimCache.set(workbook, hit);
  }
  return hit;
}

/** A table figure as the table shows it ("10,590.02"). */
const shown = (f: TableFigure) => formatFigure(f.field.num.value!, figureStyle([f.field]));

function eachClaim<T extends Claim["type"]>(workbook: BoundWorkbook, type: T, fn: (claim: Extract<Claim, { type: T }>, cell: ProseCell) => void): void {
  for (const { cell, claims } of claimsIn(workbook)) for (const c of claims) if (c.type === type) fn(c as Extract<Claim, { type: T }>, cell);
}

const PROSE = "情况说明中";

/** The tables the lexicon's subjects are read from: any one of them is enough for the prose to be checked. */
const QUOTED_TABLES = [["summary", "expenditure", "fiscal-summary", "gpb", "three-public", "three-public-gpb", "assets"]] as const;

export const narrativeAmounts: Rule = {
  meta: {
    id: "narrative.amounts",
    severity: "error",
    tables: QUOTED_TABLES,
    description: "情况说明所写金额（收入、支出、基本支出、项目支出、“三公”经费年初预算数和决算数及各项、机关运行经费、资产总额等词表所列科目）与表中数按所写精度一致",
    tolerance: "none",
    messages: { amount: `${PROSE}“{quote}”与{table}的{name} {figure} 不一致` },
    messagesEn: { amount: "The explanation says \"{quote}\" but {table} shows {name} of {figure}" },
    example: { data: { quote: "其他收入5.8万元", table: "{@summary}", name: "其他收入", figure: "5.70" } },
  },
  check({ workbook }, report) {
    eachClaim(workbook, "amount", (c, cell) => {
      const fig = figureOf(workbook, c.of);
      if (!fig || amountAgrees(c.written, fig.value)) return;
      report.issue({
        table: fig.table.kind,
        messageId: "amount",
        data: { quote: c.quote, table: fig.table.id, name: c.of.subject.name, figure: shown(fig), subject: c.of.subject.id },
        cell: cell.ref,
        cells: [fig.field.ref],
        expected: fig.value.num.value!.toString(),
        actual: c.written.value.toString(),
        difference: c.written.value.minus(fig.value.num.value!).toString(),
      });
    });
  },
};

export const narrativeShares: Rule = {
  meta: {
    id: "narrative.shares",
    severity: "error",
    tables: QUOTED_TABLES,
    description: "情况说明所写占比（“占…的…%”“占比…%”）与表中两数之比一致，允许两数的尾数误差和所写精度",
    tolerance: "interval",
    messages: { share: `${PROSE}“{quote}”与表中数不符：按{table}的{part} {partFigure} 与{whole} {wholeFigure}，占比应约为 {expected}%` },
    messagesEn: { share: "The explanation says \"{quote}\"; {part} {partFigure} of {whole} {wholeFigure} in {table} is about {expected}%" },
    example: { data: { quote: "一般公共预算财政拨款收入10584.32万元，占本年收入的99.5%", table: "{@summary}", part: "一般公共预算财政拨款收入", partFigure: "10,584.32", whole: "本年收入合计", wholeFigure: "10,590.02", expected: "99.95" } },
  },
  check({ workbook }, report) {
    eachClaim(workbook, "share", (c, cell) => {
      const part = figureOf(workbook, c.part);
      const whole = figureOf(workbook, c.whole);
      const range = part && whole ? shareRange(part.value, whole.value) : undefined;
      if (!part || !whole || !range || writtenMeets(c.written, range)) return;
      const expected = expectedText(range, c.written);
      report.issue({
        table: part.table.kind,
        messageId: "share",
        data: {
          quote: c.quote,
          table: part.table.id === whole.table.id ? part.table.id : `${part.table.id}、${whole.table.id}`,
          part: c.part.subject.name,
          partFigure: shown(part),
          whole: c.whole.subject.name,
          wholeFigure: shown(whole),
          expected,
          subject: c.part.subject.id,
        },
        cell: cell.ref,
        cells: [part.field.ref, whole.field.ref],
        expected,
        actual: c.written.value.toString(),
      });
    });
  },
};

export const narrativeChanges: Rule = {
  meta: {
    id: "narrative.changes",
    severity: "error",
    tables: QUOTED_TABLES,
    description:
      "情况说明所写较上年增减（“较上年增加/减少…万元”“增长/下降…%”）与本年表中数及说明所写上年数一致；只写增减额和增减率时，二者须与本年数相符（上年数 = 本年数 − 增减额）",
    tolerance: "interval",
    messages: {
      delta: `${PROSE}“{quote}”与表中数不符：{table}的{name}为 {figure}，上年为 {prior}，增减额应约为 {expected}`,
      percentFromPrior: `${PROSE}“{quote}”与表中数不符：{table}的{name}为 {figure}，上年为 {prior}，增减率应约为 {expected}%`,
      percentFromDelta: `${PROSE}“{quote}”前后不符：{table}的{name}为 {figure}，增减 {delta} 即上年约 {prior}，增减率应约为 {expected}%`,
    },
    messagesEn: {
      delta: "The explanation says \"{quote}\"; {name} is {figure} in {table} against {prior} last year: the change is about {expected}",
      percentFromPrior: "The explanation says \"{quote}\"; {name} is {figure} in {table} against {prior} last year: the change is about {expected}%",
      percentFromDelta: "The explanation says \"{quote}\"; with {name} at {figure} in {table} and a change of {delta}, last year was about {prior} and the rate about {expected}%",
    },
    example: { messageId: "percentFromDelta", data: { quote: "支出10602.11万元，较上年增加602.11万元，增长8.2%", table: "{@summary}", name: "本年支出合计", figure: "10,602.11", delta: "602.11", prior: "10,000.00", expected: "6.02" } },
  },
  check({ workbook }, report) {
    eachClaim(workbook, "change", (c, cell) => {
      const fig = figureOf(workbook, c.of);
      if (!fig) return;
      const base = { quote: c.quote, table: fig.table.id, name: c.of.subject.name, figure: shown(fig), subject: c.of.subject.id };
      const issue = (messageId: string, range: Interval, w: Written, extra: Record<string, string>) => {
        if (writtenMeets(w, range)) return;
        const expected = expectedText(range, w);
        report.issue({ table: fig.table.kind, messageId, data: { ...base, ...extra, expected }, cell: cell.ref, cells: [fig.field.ref], expected, actual: w.value.toString() });
      };
      if (c.prior) {
        const prior = c.prior.text;
        if (c.delta) issue("delta", deltaRange(fig.value, c.prior), c.delta, { prior });
        const fromPrior = c.percent ? percentFromPrior(fig.value, c.prior) : undefined;
        if (c.percent && fromPrior) issue("percentFromPrior", fromPrior, c.percent, { prior });
      } else if (c.delta && c.percent) {
        const range = percentFromDelta(fig.value, c.delta);
        const prior = fig.value.num.value!.minus(c.delta.value);
        if (range) issue("percentFromDelta", range, c.percent, { delta: c.delta.text, prior: formatFigure(prior, figureStyle([fig.field])) });
      }
    });
  },
};

export const narrativeCounts: Rule = {
  meta: {
    id: "narrative.counts",
    severity: "error",
    tables: ["dept-scorecard"],
    description: "部门整体情况说明所写绩效目标个数（“共绩效目标…个，完成…个，未完成…个”）与部门整体支出绩效自评表的指标行一致",
    tolerance: "none",
    messages: { count: `${PROSE}“{quote}”与{table}不符：该表列有绩效指标 {total} 个，其中完成 {met} 个、未完成 {unmet} 个` },
    messagesEn: { count: "The explanation says \"{quote}\" but {table} lists {total} indicators, {met} met and {unmet} not met" },
    example: { data: { quote: "完成13个", table: "{@dept-scorecard}", total: "14", met: "12", unmet: "2" } },
  },
  check({ workbook }, report) {
    const card = workbook.tables.find((t): t is DeptScorecard => t.kind === "dept-scorecard");
    if (!card) return;
    const states = card.indicators.map(indicatorMet);
    const known = states.every((s) => s !== undefined);
    const counts = { total: card.indicators.length, met: states.filter((s) => s === true).length, unmet: states.filter((s) => s === false).length };
    eachClaim(workbook, "count", (c, cell) => {
      if (c.what !== "total" && !known) return; // an indicator we cannot judge: only the total can be checked
      const expected = counts[c.what];
      if (c.written.value.eq(expected)) return;
      report.issue({
        table: "dept-scorecard",
        messageId: "count",
        data: { quote: c.quote, table: card.id, total: String(counts.total), met: known ? String(counts.met) : "?", unmet: known ? String(counts.unmet) : "?", subject: `count.${c.what}` },
        cell: cell.ref,
        cells: card.indicators.map((i) => i.level3Ref),
        expected: String(expected),
        actual: c.written.value.toString(),
      });
    });
  },
};

/** For the registry: the four narrative rules in reading order. */
export const NARRATIVE_RULES: readonly Rule[] = [narrativeAmounts, narrativeShares, narrativeChanges, narrativeCounts];
