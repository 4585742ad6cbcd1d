// The rule catalogue against a generated, fully consistent workbook (test/helpers/consistent-workbook.ts): no
// finding at all on it, then one mutation per rule family, each yielding exactly the findings it should — rule id,
// severity, the cell pointed at and the expected / actual / difference figures.
import { cellA1, CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { cellAt, centsAt, ConsistentWorkbook, consistentWorkbook, ConsistentOptions, money } from "../helpers/consistent-workbook";
import { cellValue, moveRow, setAmount, setCell } from "../helpers/consistent-workbook-edit";
import { gridToXlsxBuffer } from "../helpers/consistent-workbook-xlsx";

/** A finding as the tests compare it: "severity rule Sheet!A1 expected/actual/difference". */
function line(f: Finding): string {
  const values = f.expected !== undefined ? ` ${f.expected}/${f.actual}${f.difference !== undefined ? `/${f.difference}` : ""}` : "";
  return `${f.severity} ${f.rule} ${f.sheet}!${cellA1(f.cell)}${values}`;
}

/** Findings as lines, with the message, so a failure shows what the validator said. */
function verbose(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${line(f)}  ${f.message}`);
}

const a1 = (ref: CellRef) => `${ref.sheet}!${cellA1(ref)}`;

describe("a consistent workbook has no findings", () => {
  test.each<[string, ConsistentOptions]>([
    ["scale 1 with 类/款 subtotal rows", {}],
    ["scale 1 without subtotal rows", { subtotals: false }],
    ["scale 3, 8 scorecards", { scale: 3, scorecards: 8 }],
    ["another seed and department", { seed: 7, department: "某县农业农村局", subtotals: false }],
  ])("%s", (_name, options) => {
    const { findings } = analyze(consistentWorkbook(options).grid);
    expect(verbose(findings)).toEqual([]);
  });

  test("every table is recognised and bound without read problems", () => {
    const { bound } = analyze(consistentWorkbook({ scorecards: 2 }).grid);
    expect(bound.tables.map((t) => `${t.id} ${t.sheet}`)).toEqual([
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((n) => `公开${n} 公开${n}表`),
      "附表14 附表14",
      "附表15 附表15-1",
      "附表15 附表15-2",
    ]);
    expect(bound.problems).toEqual([]);
    expect(bound.tables.flatMap((t) => t.problems)).toEqual([]);
  });

  test("the same after a round trip through .xlsx and the CLI's reader", async () => {
    const wb = consistentWorkbook();
    const grid = workbookToGrid(await loadWorkbook(await gridToXlsxBuffer(wb.grid)));
    expect(verbose(analyze(grid).findings)).toEqual([]);
  });

  test("deterministic: the same options give the same grid", () => {
    expect(consistentWorkbook({ seed: 3 }).grid).toEqual(consistentWorkbook({ seed: 3 }).grid);
    expect(consistentWorkbook({ seed: 3 }).grid).not.toEqual(consistentWorkbook({ seed: 4 }).grid);
  });

  test("amounts are whole cents and the bigger scale has proportionally more 科目 rows", () => {
    const small = consistentWorkbook();
    const big = consistentWorkbook({ scale: 10 });
    expect(big.leaves.length).toBe(10 * small.leaves.length);
    for (const v of small.cents.values()) expect(Number.isInteger(v)).toBe(true);
  });
});

// ---- mutations ------------------------------------------------------------------------------------

const wb: ConsistentWorkbook = consistentWorkbook();
const at = (key: string) => cellAt(wb, key);
const cents = (key: string) => centsAt(wb, key);
const addCents = (grid: Grid, key: string, delta: number) => setAmount(grid, at(key), cents(key) + delta);

/** A leaf (项 code) whose figure under a key is non-zero. */
function leafWith(table: string, col: string, skip = 0): string {
  const found = wb.leaves.filter((l) => (wb.cents.get(`${table}:c${l}:${col}`) ?? 0) > 0);
  if (found.length <= skip) throw new Error(`no leaf with ${table} ${col}`);
  return found[skip];
}

interface Mutation {
  /** What is changed, and which rule family should notice. */
  readonly name: string;
  readonly mutate: () => Grid;
  /** Findings expected as "severity rule Sheet!A1 [expected/actual/difference]" lines. */
  readonly expect: () => string[];
  /** Also compare info (尾数) findings; otherwise only errors and warnings are compared. */
  readonly withInfo?: boolean;
}

const leaf02 = leafWith("公开02", "fiscal", 1);
const kuan02 = leaf02.slice(0, 5);
const leaf05 = leafWith("公开05", "carry.out.total");
const kuan05 = leaf05.slice(0, 5);
const leaf03 = leafWith("公开03", "total", 2);
const kuan03 = leaf03.slice(0, 5);
const class03 = leaf03.slice(0, 3);
const class04 = wb.leaves[0].slice(0, 3);
const card = wb.scorecards[0];

/** In 公开03, the last 项 of the first 类 and the sheet row of the second 类's subtotal row. */
function misplaced(): { code: string; from: number; to: number } {
  const classes = [...new Set(wb.leaves.map((l) => l.slice(0, 3)))];
  const code = [...wb.leaves].reverse().find((l) => l.startsWith(classes[0]))!;
  const from = at(`公开03:c${code}:name`).row;
  const classRow = at(`公开03:c${classes[1]}:name`).row;
  // Removing the row first moves the 类 row up by one: inserting at its old index puts the 项 right below it.
  return { code, from, to: classRow };
}

const MUTATIONS: Mutation[] = [
  {
    name: "row.code-tables / hierarchy.functional: a 公开02 项 changed by 1.00 breaks its row sum, its 款 and the 合计",
    mutate: () => addCents(wb.grid, `公开02:c${leaf02}:fiscal`, 100),
    expect: () => {
      const cell = a1(at(`公开02:c${leaf02}:fiscal`));
      return [
        `error row.code-tables ${cell} ${money(cents(`公开02:c${leaf02}:total`) + 100)}/${money(cents(`公开02:c${leaf02}:total`))}/-1.00`,
        `error hierarchy.functional ${cell} ${money(cents(`公开02:c${kuan02}:fiscal`) + 100)}/${money(cents(`公开02:c${kuan02}:fiscal`))}/-1.00`,
        `error hierarchy.functional ${cell} ${money(cents("公开02:total:fiscal") + 100)}/${money(cents("公开02:total:fiscal"))}/-1.00`,
      ];
    },
  },
  {
    name: "sum.summary / cross.income-by-source: 公开01 本年收入合计 changed (a total)",
    mutate: () => addCents(wb.grid, "公开01:in.total:amount", 100),
    expect: () => {
      const cell = a1(at("公开01:in.total:amount"));
      const total = cents("公开01:in.total:amount");
      const grand = cents("公开01:in.grand:amount");
      return [
        `error sum.summary ${cell} ${money(total)}/${money(total + 100)}/1.00`,
        `error sum.summary ${cell} ${money(grand + 100)}/${money(grand)}/-1.00`,
        `error cross.income-by-source ${cell} ${money(total + 100)}/${money(total)}/-1.00`,
      ];
    },
  },
  {
    name: "cross.fiscal-income / cross.income-by-source: 公开01 一般公共预算财政拨款收入 no longer matches 公开04 (and 公开02)",
    mutate: () => addCents(wb.grid, "公开01:in.gpb:amount", 100),
    expect: () => {
      const cell = a1(at("公开01:in.gpb:amount"));
      const gpb = cents("公开01:in.gpb:amount");
      const total = cents("公开01:in.total:amount");
      return [
        `error sum.summary ${cell} ${money(total + 100)}/${money(total)}/-1.00`,
        `error cross.fiscal-income ${cell} ${money(gpb)}/${money(gpb + 100)}/1.00`,
        `error cross.income-by-source ${cell} ${money(gpb + 100)}/${money(gpb)}/-1.00`,
      ];
    },
  },
  {
    name: "row.code-tables / row.carry-forward: 公开05 年末结转和结余 (栏 12) of a 项 no longer carries forward",
    mutate: () => addCents(wb.grid, `公开05:c${leaf05}:carry.out.total`, 100),
    expect: () => {
      const cell = a1(at(`公开05:c${leaf05}:carry.out.total`));
      const v = cents(`公开05:c${leaf05}:carry.out.total`);
      return [
        `error row.code-tables ${cell} ${money(v)}/${money(v + 100)}/1.00`, // 12 = 13 + 14
        `error row.carry-forward ${cell} ${money(v)}/${money(v + 100)}/1.00`, // 12 = 1 + 4 − 7
        `error hierarchy.functional ${cell} ${money(cents(`公开05:c${kuan05}:carry.out.total`) + 100)}/${money(cents(`公开05:c${kuan05}:carry.out.total`))}/-1.00`,
        `error hierarchy.functional ${cell} ${money(cents("公开05:total:carry.out.total") + 100)}/${money(cents("公开05:total:carry.out.total"))}/-1.00`,
      ];
    },
  },
  {
    name: "sum.fiscal-summary / cross.fiscal-expenditure-by-class: a 公开04 类 row's 一般公共预算 column changed",
    mutate: () => addCents(wb.grid, `公开04:out.${class04}:gpb`, 100),
    expect: () => {
      const cell = a1(at(`公开04:out.${class04}:gpb`));
      const v = cents(`公开04:out.${class04}:gpb`);
      const total = cents("公开04:out.total:gpb");
      return [
        `error sum.fiscal-summary ${cell} ${money(v + 100)}/${money(v)}/-1.00`, // 合计 = Σ fund columns
        `error sum.fiscal-summary ${cell} ${money(total + 100)}/${money(total)}/-1.00`, // 本年支出合计 = Σ 类
        `error cross.fiscal-expenditure-by-class ${cell} ${money(v)}/${money(v + 100)}/1.00`, // = 公开05 类 prefix
      ];
    },
  },
  {
    name: "hierarchy.economic: a 公开06 类 (302) no longer equals its 款 nor fits 公用经费合计",
    mutate: () => addCents(wb.grid, "公开06:e302:amount", 100),
    expect: () => {
      const cell = a1(at("公开06:e302:amount"));
      const v = cents("公开06:e302:amount");
      const pub = cents("公开06:public.total:amount");
      return [`error hierarchy.economic ${cell} ${money(v)}/${money(v + 100)}/1.00`, `error hierarchy.economic ${cell} ${money(pub + 100)}/${money(pub)}/-1.00`];
    },
  },
  {
    name: "cross.three-public-economic (warning): 公开06 30231 公务用车运行维护费 differs from 公开11",
    mutate: () => addCents(wb.grid, "公开06:e30231:amount", 100),
    expect: () => {
      const cell = a1(at("公开06:e30231:amount"));
      const cls = cents("公开06:e302:amount");
      const op = cents("公开11:car.operation:final");
      return [`error hierarchy.economic ${cell} ${money(cls + 100)}/${money(cls)}/-1.00`, `warning cross.three-public-economic ${cell} ${money(op + 100)}/${money(op)}/-1.00`];
    },
  },
  {
    name: "sum.three-public / cross.three-public-tables: 公开10 “三公”支出合计 changed",
    mutate: () => addCents(wb.grid, "公开10:total:final", -100),
    expect: () => {
      const cell = a1(at("公开10:total:final"));
      const v = cents("公开10:total:final");
      return [`error sum.three-public ${cell} ${money(v)}/${money(v - 100)}/-1.00`, `error cross.three-public-tables ${cell} ${money(v - 100)}/${money(v)}/1.00`];
    },
  },
  {
    name: "sum.three-public-gpb / cross.three-public-tables: 公开11 国内接待费 changed",
    mutate: () => addCents(wb.grid, "公开11:reception.domestic:final", -100),
    expect: () => {
      const cell = a1(at("公开11:reception.domestic:final"));
      const v = cents("公开11:reception.domestic:final");
      const reception = cents("公开11:reception:final");
      return [`error sum.three-public-gpb ${cell} ${money(reception - 100)}/${money(reception)}/1.00`, `error cross.three-public-tables ${cell} ${money(v)}/${money(v - 100)}/-1.00`];
    },
  },
  {
    name: "sum.assets: 公开12 固定资产净值 changed",
    mutate: () => addCents(wb.grid, "公开12:total:fixed.net", 100),
    expect: () => {
      const cell = a1(at("公开12:total:fixed.net"));
      const v = cents("公开12:total:fixed.net");
      const assets = cents("公开12:total:assets");
      return [`error sum.assets ${cell} ${money(assets + 100)}/${money(assets)}/-1.00`, `error sum.assets ${cell} ${money(v)}/${money(v + 100)}/1.00`];
    },
  },
  {
    name: "hierarchy.economic: a 公开07 款 code under another 类 (30226 → 30326 under 302)",
    mutate: () => setCell(wb.grid, at("公开07:e30226:code"), "30326"),
    expect: () => [`error hierarchy.economic ${a1(at("公开07:e30226:name"))}`],
  },
  {
    name: "hierarchy.functional: a 公开03 项 listed under the wrong 类 subtotal row",
    mutate: () => {
      const m = misplaced();
      return moveRow(wb.grid, "公开03表", m.from, m.to);
    },
    expect: () => {
      const m = misplaced();
      return [`error hierarchy.functional ${a1({ sheet: "公开03表", row: m.to, col: at(`公开03:c${m.code}:name`).col })}`];
    },
  },
  {
    name: "scorecard: an indicator's 得分 above its 分值",
    mutate: () => setAmount(wb.grid, at(`${card.sheet}:ind1:score`), 2500),
    expect: () => {
      const score = cents(`${card.sheet}:ind1:score`);
      return [
        `error scorecard ${a1(at(`${card.sheet}:ind1:score`))} 20/25/5`,
        `error scorecard ${a1(at(`${card.sheet}:total:score`))} ${money(card.total - score + 2500)}/${money(card.total)}/${money(score - 2500)}`,
      ];
    },
  },
  {
    name: "scorecard: a wrong 等级",
    mutate: () => setCell(wb.grid, at(`${card.sheet}:total:grade`), card.grade === "优" ? "良" : "优"),
    expect: () => [`error scorecard ${a1(at(`${card.sheet}:total:grade`))} ${card.grade}/${card.grade === "优" ? "良" : "优"}`],
  },
  {
    name: "scorecard: 分值 not totalling 100 (the 总分 row agrees with the indicators)",
    mutate: () => {
      const g = setAmount(wb.grid, at(`${card.sheet}:${card.qualitative}:weight`), card.qualitativeWeight - 100);
      return setAmount(g, at(`${card.sheet}:total:weight`), 9900);
    },
    expect: () => [`error scorecard ${a1(at(`${card.sheet}:total:weight`))} 100/99/-1`],
  },
  {
    name: "completeness: a table names another 部门",
    mutate: () => setCell(wb.grid, at("公开07:department"), "部门：另一个部门"),
    expect: () => [`error completeness ${a1(at("公开07:department"))}`],
  },
  {
    name: "completeness (warning): an empty 公开08 without the note saying why",
    mutate: () => {
      // The note is the sheet's last row.
      const sheet = wb.grid.sheets.find((s) => s.name === "公开08表")!;
      return setCell(wb.grid, { sheet: sheet.name, row: sheet.values.length - 1, col: 0 }, null);
    },
    expect: () => [`warning completeness 公开08表!A1`],
  },
  {
    name: "a 0.01 tail on a 公开03 项 is 尾数 (info), never an error",
    withInfo: true,
    mutate: () => addCents(wb.grid, `公开03:c${leaf03}:total`, 1),
    expect: () => {
      const v = cents(`公开03:c${leaf03}:total`);
      const kuan = cents(`公开03:c${kuan03}:total`);
      const total = cents("公开03:total:total");
      const cls = cents(`公开01:out.${class03}:amount`);
      return [
        `info row.code-tables ${a1(at(`公开03:c${leaf03}:total`))} ${money(v)}/${money(v + 1)}/0.01`,
        `info hierarchy.functional ${a1(at(`公开03:c${kuan03}:total`))} ${money(kuan + 1)}/${money(kuan)}/-0.01`,
        `info hierarchy.functional ${a1(at("公开03:total:total"))} ${money(total + 1)}/${money(total)}/-0.01`,
        `info cross.summary-expenditure ${a1(at(`公开01:out.${class03}:amount`))} ${money(cls + 1)}/${money(cls)}/-0.01`,
      ];
    },
  },
];

describe("one mutation per rule family", () => {
  test.each(MUTATIONS.map((m) => [m.name, m] as const))("%s", (_name, m) => {
    const { findings } = analyze(m.mutate());
    const compared = findings.filter((f) => m.withInfo || f.severity !== "info");
    expect(compared.map(line).sort()).toEqual(m.expect().sort());
  });

  test("the mutations leave the generated workbook itself untouched", () => {
    const before = cellValue(wb.grid, at(`公开02:c${leaf02}:fiscal`));
    for (const m of MUTATIONS) m.mutate();
    expect(cellValue(wb.grid, at(`公开02:c${leaf02}:fiscal`))).toEqual(before);
    expect(analyze(wb.grid).findings).toEqual([]);
  });
});
