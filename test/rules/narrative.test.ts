// The 情况说明 against the tables, on the seed's own prose (sheet 部门整体自评情况 of the sample): its quoted figures
// all agree, and each one changed gives exactly one finding at the prose cell, naming the table cell. Shares,
// year-on-year changes and counts are checked on sentences added to the same sheet; figures are the seed's
// (公开01: 本年收入合计 10,590.02, 一般公共预算财政拨款收入 10,584.32, 其他收入 5.70, 本年支出合计 10,602.11;
// 公开10: 预算数 33.30 / 24.83 / 8.47, 决算数 32.62 / 24.63 / 7.99; 附表14: 14 indicators, 12 met).
import { cellA1, CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { sampleGridSync } from "../helpers/sample-sync";
import { a1, at } from "./sample-edit";
import { loadNationalGrid } from "../helpers/national";
import { cellOf, PublicTable } from "../../src/core/tables/model";

const sample = sampleGridSync();
const SHEET = "部门整体自评情况";
const INCOME = { sheet: SHEET, row: 4, col: 3 };
const THREE_PUBLIC = { sheet: SHEET, row: 6, col: 3 };
const CONCLUSION = { sheet: SHEET, row: 10, col: 3 };
/** An empty cell of the same sheet, below the prose, for added sentences. */
const EXTRA = { sheet: SHEET, row: 20, col: 3 };

function textAt(grid: Grid, ref: CellRef): string {
  const s = grid.sheets.find((x) => x.name === ref.sheet)!;
  return String(s.values[ref.row - s.top][ref.col - s.left]);
}

function withText(grid: Grid, ref: CellRef, text: string): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== ref.sheet) return s;
      const values = s.values.map((r) => [...r]);
      while (values.length <= ref.row - s.top) values.push([]);
      const row = values[ref.row - s.top];
      while (row.length <= ref.col - s.left) row.push(null);
      row[ref.col - s.left] = text;
      return { ...s, values };
    }),
  };
}

const narrative = (grid: Grid): Finding[] => analyze(grid).findings.filter((f) => f.rule.startsWith("narrative."));
const where = (r: CellRef) => `${r.sheet}!${cellA1(r)}`;

test("the seed's prose reads as 13 claims and agrees with its tables: no narrative finding", () => {
  expect(analyze(sample).bound.prose.map((p) => where(p.ref))).toEqual(
    expect.arrayContaining([where(INCOME), where(THREE_PUBLIC), where(CONCLUSION)]),
  );
  expect(narrative(sample)).toEqual([]);
});

describe("each quoted amount changed gives exactly that finding at the prose cell", () => {
  test.each<[string, CellRef, string, string, string, string]>([
    // [what, prose cell, written before, written after, table cell (label:row:column), table figure]
    ["部门整体收入", INCOME, "10590.02万元", "10590.12万元", "公开01:in.total:amount", "10,590.02"],
    ["一般公共预算财政拨款收入", INCOME, "10584.32万元", "10584.42万元", "公开01:in.gpb:amount", "10,584.32"],
    ["其他收入", INCOME, "5.7万元", "5.8万元", "公开01:in.other:amount", "5.70"],
    ["支出", INCOME, "10602.11万元", "10620.11万元", "公开01:out.total:amount", "10,602.11"],
    ["“三公”经费年初预算数", THREE_PUBLIC, "33.3万元", "33.4万元", "公开10:total:budget", "33.30"],
    ["公务车辆运行维护费 (年初预算数)", THREE_PUBLIC, "24.83万元", "24.38万元", "公开10:car.operation:budget", "24.83"],
    ["公务接待费 (年初预算数)", THREE_PUBLIC, "8.47万元", "8.74万元", "公开10:reception:budget", "8.47"],
    ["“三公”经费决算数", THREE_PUBLIC, "32.62万元", "32.26万元", "公开10:total:final", "32.62"],
    ["公务车辆运行维护费 (决算数)", THREE_PUBLIC, "24.63万元", "24.36万元", "公开10:car.operation:final", "24.63"],
    ["公务接待费 (决算数)", THREE_PUBLIC, "7.99万元", "7.9万元", "公开10:reception:final", "7.99"],
  ])("%s", (_what, cell, before, after, tableCell, figure) => {
    const text = textAt(sample, cell);
    expect(text.split(before).length).toBe(2); // written once: the replacement changes that figure only
    const found = narrative(withText(sample, cell, text.replace(before, after)));
    expect(found.map((f) => `${f.severity} ${f.rule} ${where(f.cell)} ${f.cells.slice(1).map(where).join(",")}`)).toEqual([
      `error narrative.amounts ${where(cell)} ${a1(tableCell)}`,
    ]);
    expect(found[0].message).toContain(`“`);
    expect(found[0].message).toContain(after);
    expect(found[0].message).toContain(figure);
  });
});

test("an amount is compared at the precision written: 10590万元 and 1.06亿元 agree, 10591万元 does not", () => {
  const ok = withText(sample, EXTRA, "部门整体收入10590万元。本年收入合计约1.06亿元。");
  expect(narrative(ok)).toEqual([]);
  const wrong = narrative(withText(sample, EXTRA, "部门整体收入10591万元。"));
  expect(wrong.map((f) => [f.rule, where(f.cell), f.expected, f.actual])).toEqual([["narrative.amounts", where(EXTRA), "10590.02", "10591"]]);
});

test("a figure the lexicon does not know is left alone", () => {
  const prose = "培训费支出12.5万元，项目A资金99万元，完成基础设施建设项目33个，工业增加值同比增长9.0%。";
  expect(narrative(withText(sample, EXTRA, prose))).toEqual([]);
});

describe("shares", () => {
  // 10,584.32 / 10,590.02 = 99.9462 %
  test("占本年收入的99.95% and 占比99.9% agree; 99.94% does not", () => {
    expect(narrative(withText(sample, EXTRA, "本年收入10590.02万元，其中一般公共预算财政拨款收入10584.32万元，占本年收入的99.95%。"))).toEqual([]);
    expect(narrative(withText(sample, EXTRA, "本年收入10590.02万元，其中一般公共预算财政拨款收入10584.32万元，占比99.9%。"))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, "本年收入10590.02万元，其中一般公共预算财政拨款收入10584.32万元，占本年收入的99.94%。"));
    expect(found.map((f) => [f.rule, where(f.cell), f.expected, f.actual, f.cells.slice(1).map(where)])).toEqual([
      ["narrative.shares", where(EXTRA), "99.95", "99.94", [a1("公开01:in.gpb:amount"), a1("公开01:in.total:amount")]],
    ]);
    expect(found[0].message).toBe(
      "情况说明中“其中一般公共预算财政拨款收入10584.32万元，占本年收入的99.94%”与表中数不符：按公开01的一般公共预算财政拨款收入 10,584.32 与本年收入合计 10,590.02，占比应约为 99.95%",
    );
  });
});

describe("year-on-year changes", () => {
  // 本年支出合计 10,602.11: with an increase of 602.11 the prior year is 10,000.00 and the rate 6.0211 %.
  test("增加602.11万元，增长6.02% agrees; 增长8.2% does not", () => {
    expect(narrative(withText(sample, EXTRA, "本年支出10602.11万元，较上年增加602.11万元，增长6.02%。"))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, "本年支出10602.11万元，较上年增加602.11万元，增长8.2%。"));
    expect(found.map((f) => [f.rule, f.check, f.expected, f.actual])).toEqual([["narrative.changes", "percentFromDelta", "6.0", "8.2"]]);
    expect(found[0].message).toContain("上年约 10,000.00");
  });

  test("a decrease: 减少397.89万元，下降3.62% (prior 11,000.00)", () => {
    expect(narrative(withText(sample, EXTRA, "本年支出10602.11万元，比上年减少397.89万元，下降3.62%。"))).toEqual([]);
    expect(narrative(withText(sample, EXTRA, "本年支出10602.11万元，比上年减少397.89万元，增长3.62%。")).map((f) => f.check)).toEqual(["percentFromDelta"]);
  });

  test("with the prior-year figure written, both the change and the rate are checked against it", () => {
    expect(narrative(withText(sample, EXTRA, "本年支出10602.11万元，上年10000万元，增加602.11万元，增长6.02%。"))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, "本年支出10602.11万元，上年10100万元，增加602.11万元，增长6.02%。"));
    // 10,602.11 − 10,100 = 502.11 and 4.97 %
    expect(found.map((f) => [f.check, f.expected, f.actual])).toEqual([
      ["delta", "502.11", "602.11"],
      ["percentFromPrior", "4.97", "6.02"],
    ]);
  });

  test("the subject and its change in one label: “与2022年度相比，本年支出增加602.11万元，增长6.02%”", () => {
    expect(narrative(withText(sample, EXTRA, "与2022年度相比，本年支出增加602.11万元，增长6.02%。"))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, "与2022年度相比，本年支出增加602.11万元，增长7.02%。"));
    expect(found.map((f) => [f.rule, f.check, f.expected, f.actual, f.cells.slice(1).map(where)])).toEqual([
      ["narrative.changes", "percentFromDelta", "6.02", "7.02", [a1("公开01:out.total:amount")]],
    ]);
    // A bare 支出 after a fund's name is not the 部门's: left alone.
    expect(narrative(withText(sample, EXTRA, "一般公共预算财政拨款项目，支出增加602.11万元，增长7.02%。"))).toEqual([]);
  });

  test("a change alone, with no prior-year figure anywhere, is not checked", () => {
    expect(narrative(withText(sample, EXTRA, "本年支出10602.11万元，较上年增长80%。"))).toEqual([]);
  });
});

describe("indicator counts against 附表14 (14 indicators, 12 met, 2 not)", () => {
  test.each<[string, string, string, string]>([
    ["共绩效目标14个", "共绩效目标15个", "total", "14"],
    ["完成12个", "完成13个", "met", "12"],
    ["未完成2个", "未完成1个", "unmet", "2"],
  ])("%s → %s", (before, after, _what, expected) => {
    const text = textAt(sample, CONCLUSION);
    const found = narrative(withText(sample, CONCLUSION, text.replace(before, after)));
    expect(found.map((f) => [f.rule, where(f.cell), f.expected])).toEqual([["narrative.counts", where(CONCLUSION), expected]]);
    expect(found[0].message).toContain("该表列有绩效指标 14 个，其中完成 12 个、未完成 2 个");
    expect(found[0].cells.length).toBe(15); // the prose cell and the 14 indicator rows
  });
});

test("scope: 项目支出 after 一般公共预算财政拨款支出 is the 一般公共预算 table's, after 支出 the 支出决算表's", () => {
  const gpbProject = textAt(sample, at("公开05:total:out.project")).replace(/,/g, "");
  const expProject = textAt(sample, at("公开03:total:project")).replace(/,/g, "");
  const gpbTotal = textAt(sample, at("公开05:total:out.total")).replace(/,/g, "");
  expect(gpbProject).not.toBe(expProject);
  expect(narrative(withText(sample, EXTRA, `一般公共预算财政拨款支出${gpbTotal}万元，其中项目支出${gpbProject}万元。支出10602.11万元，其中项目支出${expProject}万元。`))).toEqual([]);
  const crossed = narrative(withText(sample, EXTRA, `一般公共预算财政拨款支出${gpbTotal}万元，其中项目支出${expProject}万元。`));
  expect(crossed.map((f) => f.cells.slice(1).map(where))).toEqual([[a1("公开05:total:out.project")]]);
});

describe("the national template: prose in a sheet of its own quotes 收入支出决算总表 and the “三公” table listed across", () => {
  test("agreeing figures give nothing; one changed figure gives its finding", async () => {
    const national = await loadNationalGrid();
    const bound = analyze(national).bound;
    const fig = (kind: string, row: string, col: string) => {
      const t = bound.tables.find((x): x is PublicTable => x.kind === kind)!;
      return cellOf(t, row, col)!;
    };
    const plain = (kind: string, row: string, col: string) => fig(kind, row, col).num.value!.toFixed(2);
    const prose = (income: string) =>
      `本部门2023年度收入合计${income}万元，支出合计${plain("summary", "out.total", "amount")}万元，收支总计各${plain("summary", "in.grand", "amount")}万元。` +
      `2023年度“三公”经费年初预算数${plain("three-public-gpb", "total", "budget")}万元，“三公”经费支出决算数${plain("three-public-gpb", "total", "final")}万元，其中公务接待费${plain("three-public-gpb", "reception", "final")}万元。`;
    const withProse = (text: string): Grid => ({ sheets: [...national.sheets, { name: "情况说明", top: 0, left: 0, values: [["部门决算情况说明"], [text]] }] });
    expect(narrative(withProse(prose(plain("summary", "in.total", "amount"))))).toEqual([]);
    const wrong = fig("summary", "in.total", "amount").num.value!.plus(1).toFixed(2);
    const found = narrative(withProse(prose(wrong)));
    expect(found.map((f) => [f.rule, where(f.cell), f.cells.slice(1).map(where), f.actual])).toEqual([
      ["narrative.amounts", "情况说明!A2", [where(fig("summary", "in.total", "amount").ref)], wrong],
    ]);
  });
});

describe("the national 情况说明 wording: what is checked, what is left alone", () => {
  // 公开03: 支出合计 10,602.11 = 基本支出 3,802.90 (35.869 %) + 项目支出 6,799.22 (64.131 %).
  test("a lead is kept across “；”: each 占…% after it is a share of 支出合计", () => {
    const prose = "2023年度支出合计10602.11万元，其中：基本支出3802.9万元，占35.87%；项目支出6799.22万元，占64.13%。";
    expect(narrative(withText(sample, EXTRA, prose))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, prose.replace("占64.13%", "占46.13%")));
    expect(found.map((f) => [f.rule, f.expected, f.actual, f.cells.slice(1).map(where)])).toEqual([
      ["narrative.shares", "64.13", "46.13", [a1("公开03:total:project"), a1("公开01:out.total:amount")]],
    ]);
  });

  test("an item after 其中 never takes the lead: 财政拨款收入 …，占…% is a share of 收入合计", () => {
    // 财政拨款收入 (公开04) 10,584.32 of 本年收入合计 10,590.02: 99.95 %.
    expect(narrative(withText(sample, EXTRA, "2023年度收入合计10590.02万元，其中：财政拨款收入10584.32万元，占99.95%；其他收入5.7万元，占0.05%。"))).toEqual([]);
  });

  test("“支出决算为…” in a sentence about 一般公共预算 is not the 部门's 支出合计", () => {
    // 一般公共预算财政拨款支出 is 10,584.32, not 本年支出合计 10,602.11: a bare 支出 here is left alone.
    expect(narrative(withText(sample, EXTRA, "2023年度一般公共预算支出年初预算为10000万元，支出决算为10584.32万元，完成年初预算的105.84%。"))).toEqual([]);
    expect(narrative(withText(sample, EXTRA, "2023年度“三公”经费财政拨款支出预算为33.3万元，支出决算为32.62万元，完成预算的97.96%。"))).toEqual([]);
  });

  test("“三公”经费财政拨款支出决算为… and 机关运行经费 with a change against 2022年度", () => {
    // 机关运行经费 238.67 (公开10); +38.67 → 2022年度 200.00, +19.335 %.
    expect(narrative(withText(sample, EXTRA, "“三公”经费财政拨款支出决算为32.62万元。机关运行经费支出238.67万元，比2022年度增加38.67万元，增长19.34%。"))).toEqual([]);
    const found = narrative(withText(sample, EXTRA, "“三公”经费财政拨款支出决算为32.26万元。机关运行经费支出238.67万元，比2022年度增加38.67万元，增长29.34%。"));
    expect(found.map((f) => [f.rule, f.check, f.expected, f.actual])).toEqual([
      ["narrative.amounts", "amount", "32.62", "32.26"],
      ["narrative.changes", "percentFromDelta", "19.34", "29.34"],
    ]);
  });

  test("a table kept in 元 is compared in 万元: 公开01 in 元 showing 105,900,200.00 is 10590.02万元", () => {
    const summary = sample.sheets.find((s) => s.name === "公开01表")!;
    const inYuan: Grid = {
      sheets: sample.sheets.map((s) =>
        s !== summary ? s : { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "string" && /单位：万元/.test(v) ? v.replace("万元", "元") : typeof v === "number" ? v * 10000 : v))) },
      ),
    };
    expect(narrative(withText(inYuan, EXTRA, "本年收入合计10590.02万元，支出10602.11万元。"))).toEqual([]);
    expect(narrative(withText(inYuan, EXTRA, "本年收入合计10590.12万元。")).map((f) => [f.expected, f.actual])).toEqual([["10590.02", "10590.12"]]);
  });
});
