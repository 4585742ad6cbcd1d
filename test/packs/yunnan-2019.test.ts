// 云南 2019–2020 (src/core/packs/yunnan-2019.ts), the pack written last to show that a province is a pack file:
// the seed recast as a 2019 nine-table workbook (表一…表九, no 项目支出 / 一般公共预算 “三公” / 国有资产 table) is
// detected as that set, every table keeps its kind, and the findings are the 2023 reading's on the same tables.
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { cellA1 } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { relabel } from "../helpers/national";
import { loadSampleGrid } from "../helpers/sample";
import { DROPPED, label2019, recast2019, sheetName2019, THREE_PUBLIC_TITLE_2019 } from "../helpers/yunnan-2019";

let sample: Grid;
let grid: Grid;
beforeAll(async () => {
  sample = await loadSampleGrid();
  grid = recast2019(sample);
});

const NAME = "云南 2019–2020（表一–表九）";
const forced2019 = { profile: "national", template: "yunnan-2019" };

/** Findings about the set rather than the numbers: which tables there are and how they are labelled. */
const aboutTheSet = (f: Finding) => f.rule.startsWith("read.") || f.rule.startsWith("completeness");
/** What a finding says and where, whatever the table is called. */
const gist = (f: Finding, sheet = f.sheet) => `${f.severity} ${f.rule} ${f.check} ${f.kind} ${sheet}!${cellA1(f.cell)} ${f.expected ?? ""} ${f.actual ?? ""}`;
/** The findings a reading has, warnings about identity aside. */
const checks = (findings: readonly Finding[]) => findings.filter((f) => !aboutTheSet(f)).map((f) => gist(f)).sort();

/** The 2023 reading's findings on the tables the 2019 set has (every cell they name is on one), moved to the 2019 sheets. */
function carriedOver(sample2023: Grid): string[] {
  return analyze(sample2023)
    .findings.filter((f) => f.cells.every((c) => !DROPPED.includes(c.sheet)))
    .map((f) => gist(f, sheetName2019(f.sheet)))
    .sort();
}

test("detected as the 2019–2020 set; each table has its kind, layout and 2019 number", () => {
  const { bound } = analyze(grid);
  expect(bound.template).toEqual({ id: "yunnan-2019", name: NAME, forced: false });
  const disclosure = bound.tables.filter((t) => !t.kind.endsWith("scorecard"));
  expect(disclosure.map((t) => [t.id, t.kind, t.layout, t.sheet, t.marker])).toEqual([
    ["表一", "summary", "summary", "表一", "表一"],
    ["表二", "income", "income", "表二", "表二"],
    ["表三", "expenditure", "expenditure", "表三", "表三"],
    ["表四", "fiscal-summary", "fiscal-summary", "表四", "表四"],
    ["表五", "gpb", "gpb-full", "表五", "表五"],
    ["表六", "gpb-basic", "economic-basic", "表六", "表六"],
    ["表七", "fund", "fund-full", "表七", "表七"],
    ["表八", "capital", "capital-full", "表八", "表八"],
    ["表九", "three-public", "three-public-vertical", "表九", "表九"],
  ]);
  expect(disclosure.find((t) => t.kind === "three-public")?.title).toBe(THREE_PUBLIC_TITLE_2019);
  // the scorecards follow unnumbered: a printed 附表 marker names them
  const scorecards = bound.tables.filter((t) => t.kind.endsWith("scorecard"));
  expect(scorecards.map((t) => t.kind)).toEqual(["dept-scorecard", ...Array(20).fill("project-scorecard")]);
  expect(scorecards.filter((t) => t.marker).map((t) => t.id)).toEqual(["附表14", ...Array(6).fill("附表15")]);
  expect(bound.tables.flatMap((t) => t.problems)).toEqual([]);
  expect(bound.problems).toEqual([]);
  expect(bound.unrecognised).toEqual([]);
});

test("the findings are the 2023 reading's on the same tables: the same seed mistakes, nothing more", () => {
  const { findings } = analyze(grid);
  expect(findings.map((f) => gist(f)).sort()).toEqual(carriedOver(sample));
  // the seed's 公用经费合计 694.12 for 347.06 carries over (whatever the rules' ids), and the messages name the
  // tables as the set numbers them
  const errors = findings.filter((f) => f.severity === "error" && !f.kind.endsWith("scorecard"));
  expect(errors.map((f) => `${f.table} ${f.kind} ${f.sheet}!${cellA1(f.cell)} ${f.expected} ${f.actual}`)).toEqual([
    "表六 gpb-basic 表六!I44 694.12 347.06",
    "表六 gpb-basic 表六!I44 4149.96 3802.90",
    "表六 gpb-basic 表六!I44 347.06 694.12",
  ]);
  const across = errors.find((f) => f.expected === "4149.96")!.message;
  expect(across).toMatch(/表五.*基本支出.*表六/);
  expect(findings.filter((f) => /公开\d/.test(f.message))).toEqual([]);
  // nothing the set requires is missing (国有资本经营 is optional: the eight-table variant leaves it out)
  expect(findings.filter(aboutTheSet)).toEqual([]);
});

test("the 三公 table under the 2023 wording (财政拨款“三公”经费…) reads the same", () => {
  const g = recast2019(sample, { threePublicTitle: "财政拨款“三公”经费、行政参公单位机关运行经费情况表" });
  const { bound, findings } = analyze(g);
  expect(bound.template.id).toBe("yunnan-2019");
  expect(bound.tables.find((t) => t.sheet === "表九")?.kind).toBe("three-public");
  expect(findings.map((f) => gist(f)).sort()).toEqual(carriedOver(sample));
});

test("Chinese numerals or digits: 表5 is 表五", () => {
  const g = relabel(grid, (l) => /^表[一二三四五六七八九]$/.test(l), (l) => `表${"一二三四五六七八九".indexOf(l.slice(1)) + 1}`);
  const { bound, findings } = analyze(g);
  expect(bound.template.id).toBe("yunnan-2019");
  expect(bound.tables.slice(0, 9).map((t) => `${t.id} ${t.marker}`)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${label2019(n)} 表${n}`));
  expect(findings.map((f) => gist(f)).sort()).toEqual(carriedOver(sample));
});

describe("the 2019 titles under the 2023 markers (公开01表 … 公开06表, 公开08表 … 公开10表)", () => {
  let g: Grid;
  beforeAll(() => {
    g = recast2019(sample, { markers2023: true });
  });

  test("detected as 云南 2023: the markers decide between two sets whose titles agree; 公开07 is missing and the 2019 三公 title is named", () => {
    const { bound, findings } = analyze(g);
    expect(bound.template).toEqual({ id: "yunnan-2023", name: "云南（公开01–公开12）", forced: false });
    expect(bound.tables.slice(0, 9).map((t) => `${t.id} ${t.kind}`)).toEqual([
      "公开01 summary", "公开02 income", "公开03 expenditure", "公开04 fiscal-summary", "公开05 gpb", "公开06 gpb-basic",
      "公开08 fund", "公开09 capital", "公开10 three-public",
    ]);
    const doubts = findings.filter(aboutTheSet);
    expect(doubts.map((f) => `${f.severity} ${f.check} ${f.table}`)).toEqual([
      "error missingTable 公开01",
      "warning mixed-template 公开10",
    ]);
    expect(doubts[0].message).toContain("缺少公开07");
    expect(doubts[1].message).toContain(NAME);
    // every identity is still checked on the right tables
    expect(checks(findings)).toEqual(checks(analyze(grid).findings));
  });

  test("forced to the 2019–2020 set: each table is read as its title says, each 2023 marker is named", () => {
    const { bound, findings } = analyze(g, forced2019);
    expect(bound.template).toEqual({ id: "yunnan-2019", name: NAME, forced: true });
    expect(bound.tables.slice(0, 9).map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(label2019));
    const moved = findings.filter((f) => f.check === "marker-mismatch");
    expect(moved.map((f) => [f.table, f.kind])).toEqual([["表七", "fund"], ["表八", "capital"], ["表九", "three-public"]]);
    expect(moved[0].message).toContain("公开08表");
    expect(checks(findings)).toEqual(checks(analyze(grid).findings));
  });
});

test("the eight-table variant (no 国有资本经营 table, 三公 as 表八) is read and checked; its 表八 is named a marker mismatch", () => {
  // A pack gives each kind one number, so a set whose numbers shift when an optional table is left out cannot
  // say so: the 三公 table is checked as what its title says, and its 表八 draws a warning.
  const g = recast2019(sample, { drop: ["公开09表"], numbers: { 公开10表: 8 } });
  const { bound, findings } = analyze(g);
  expect(bound.template.id).toBe("yunnan-2019");
  const t = bound.tables.find((x) => x.kind === "three-public");
  expect([t?.id, t?.sheet, t?.marker]).toEqual(["表九", "表八", "表八"]);
  expect(findings.filter(aboutTheSet).map((f) => `${f.check} ${f.table}`)).toEqual(["marker-mismatch 表九"]);
  const onKept = (s: string) => !s.includes(" capital ");
  expect(checks(findings)).toEqual(checks(analyze(grid).findings).filter(onKept));
});

test("markers shuffled among the nine tables never bind a table against its title and header", () => {
  // Most markers moved can tip detection to another set (the titles are shared); what each table is never changes.
  const kinds = analyze(grid).bound.tables.map((t) => `${t.sheet} ${t.kind}`).sort();
  const numerals = "一二三四五六七八九";
  fc.assert(
    fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }), (perm) => {
      const g = relabel(grid, (l) => /^表[一二三四五六七八九]$/.test(l), (l) => label2019(perm[numerals.indexOf(l.slice(1))]));
      const { bound, findings } = analyze(g);
      expect(bound.tables.map((t) => `${t.sheet} ${t.kind}`).sort()).toEqual(kinds);
      if (bound.template.id === "yunnan-2019") {
        expect(findings.filter((f) => f.check === "marker-mismatch")).toHaveLength(perm.filter((n, i) => n !== i + 1).length);
      }
    }),
    { numRuns: 25 },
  );
});
