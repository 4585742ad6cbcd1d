// Bad input never crashes the engine: error values and text where numbers belong become "read.unreadable-cell"
// findings naming the cell; a missing column or a table cut off is reported and the rest of the workbook is still
// checked. Starts from the generated consistent workbook, so every other finding is caused by the edit.
import { cellA1, CellRef } from "../../src/core/grid/address";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { cellAt, centsAt, consistentWorkbook } from "../helpers/consistent-workbook";
import { cutOff, deleteColumn, setAmount, setCell } from "../helpers/consistent-workbook-edit";

const wb = consistentWorkbook();
const at = (key: string) => cellAt(wb, key);
const a1 = (ref: CellRef) => `${ref.sheet}!${cellA1(ref)}`;
const where = (f: Finding) => `${f.sheet}!${cellA1(f.cell)}`;
const leaf = wb.leaves[1];

/** An unrelated broken identity (公开12 固定资产净值 + 1.00), to show the rest of the workbook is still checked. */
function withControl(grid: Grid): Grid {
  return setAmount(grid, at("公开12:total:fixed.net"), centsAt(wb, "公开12:total:fixed.net") + 100);
}
const CONTROL = () => `error sum.assets ${a1(at("公开12:total:fixed.net"))}`;
const brief = (f: Finding) => `${f.severity} ${f.rule} ${where(f)}`;

function edit(grid: Grid, edits: readonly [string, CellValue][]): Grid {
  return edits.reduce((g, [key, value]) => setCell(g, at(key), value), grid);
}

describe("error values and text where numbers belong", () => {
  const PUBLIC: [string, CellValue][] = [
    [`公开02:c${leaf}:fiscal`, { error: "#REF!" }],
    [`公开05:c${leaf}:out.total`, { error: "#DIV/0!" }],
    [`公开03:c${leaf}:basic`, "一百"],
    ["公开10:total:final", "见说明"],
    ["公开06:personnel.total:amount", { error: "#VALUE!" }],
    ["附表14:basic:confirmedBudget", { error: "#REF!" }],
  ];

  test("公开 tables and 附表14: one read.unreadable-cell per cell, the identities through it skipped, the rest still checked", () => {
    const { findings } = analyze(withControl(edit(wb.grid, PUBLIC)));
    const errors = findings.filter((f) => f.severity !== "info").map(brief);
    expect(errors.sort()).toEqual([...PUBLIC.map(([key]) => `error read.unreadable-cell ${a1(at(key))}`), CONTROL(), CONTROL()].sort());
    // The message names what was found.
    const ref = findings.find((f) => where(f) === a1(at(`公开02:c${leaf}:fiscal`)))!;
    expect(ref.message).toContain("#REF!");
    expect(findings.find((f) => where(f) === a1(at(`公开03:c${leaf}:basic`)))!.message).toContain("一百");
  });

  // KNOWN BUG (reported to the lead): bind-economic-table reports an unreadable 款 amount as a read problem and the
  // rules report the same cell again, so the cell gets two "read.unreadable-cell" findings. Flip to `test` once fixed.
  test("公开06 款 amount: reported once, not twice", () => {
    const { findings } = analyze(edit(wb.grid, [["公开06:e30201:amount", { error: "#REF!" }]]));
    expect(findings.map(brief)).toEqual([`error read.unreadable-cell ${a1(at("公开06:e30201:amount"))}`]);
  });

  const CARDS: [string, CellValue][] = [
    ["附表15-1:fund.total:rate", { error: "#DIV/0!" }],
    ["附表15-1:ind2:score", "优秀"],
    ["附表15-2:ind2:weight", { error: "#REF!" }],
    ["附表15-2:total:score", { error: "#N/A" }],
    ["附表15-3:fund.total:executed", "未知"],
  ];

  test("附表15: error values and text never crash, and the other scorecards are still checked", () => {
    const grid = setCell(edit(wb.grid, CARDS), at(`${wb.scorecards[2].sheet}:total:grade`), wb.scorecards[2].grade === "优" ? "差" : "优");
    const { findings } = analyze(grid);
    expect(findings.map(brief)).toContain(`error scorecard ${a1(at(`${wb.scorecards[2].sheet}:total:grade`))}`);
  });

  // KNOWN BUG (reported to the lead): the scorecard rule reads 分值/得分/执行率/执行数 through a helper that turns
  // text and error values into "no value" and skips them (or leaves them out of Σ 分值 / 总分), so no
  // read.unreadable-cell is reported and the sums that remain are reported as broken instead. Flip once fixed.
  test.each(CARDS)("附表15 %s holding %p: read.unreadable-cell naming the cell", (key, value) => {
    const { findings } = analyze(edit(wb.grid, [[key, value]]));
    expect(findings.map(brief)).toEqual([`error read.unreadable-cell ${a1(at(key))}`]);
  });
});

describe("a missing column", () => {
  test("公开03 without its 项目支出 column: read.missing-column, and the rest of the workbook still checked", () => {
    const grid = withControl(deleteColumn(wb.grid, "公开03表", at("公开03:total:project").col));
    const { bound, findings } = analyze(grid);
    const missing = findings.filter((f) => f.rule === "read.missing-column");
    expect(missing.map(brief)).toEqual(["warning read.missing-column 公开03表!A1"]);
    expect(missing[0].message).toContain("项目支出");
    expect(findings.map(brief).filter((l) => l.includes("sum.assets"))).toEqual([CONTROL(), CONTROL()]);
    expect(bound.tables).toHaveLength(12 + 1 + wb.scorecards.length);
  });

  test("an optional column (公开02 上级补助收入, all zero) missing is harmless", () => {
    const { findings } = analyze(deleteColumn(wb.grid, "公开02表", at("公开02:total:superior").col));
    expect(findings.map(brief)).toEqual([]);
  });
});

describe("a table cut off", () => {
  test("公开05 with its last 项 rows and notes deleted: the 合计 no longer adds up, nothing crashes, the rest is checked", () => {
    const last = wb.leaves[wb.leaves.length - 3];
    const { bound, findings } = analyze(withControl(cutOff(wb.grid, "公开05表", at(`公开05:c${last}:carry.in.total`).row)));
    const lines = findings.map(brief);
    // The broken 合计 = Σ 项 identity involves the 合计 cell (the cell pointed at may be a shared 项 instead).
    const total = a1(at("公开05:total:out.total"));
    expect(findings.some((f) => f.rule === "hierarchy.functional" && f.severity === "error" && f.cells.some((c) => a1(c) === total))).toBe(true);
    expect(lines.filter((l) => l.includes("sum.assets"))).toEqual([CONTROL(), CONTROL()]);
    expect(bound.tables).toHaveLength(12 + 1 + wb.scorecards.length);
  });

  test("a scorecard cut off above its 总分 row: read.missing-row", () => {
    const sheet = wb.scorecards[1].sheet;
    const { findings } = analyze(withControl(cutOff(wb.grid, sheet, at(`${sheet}:ind3:score`).row)));
    const lines = findings.map(brief);
    expect(lines).toContain(`warning read.missing-row ${sheet}!A3`);
    expect(lines).toContain(CONTROL());
  });

  test("公开01 cut off inside its header: every line reported missing, the other tables still checked", () => {
    const { findings } = analyze(withControl(cutOff(wb.grid, "公开01表", 11)));
    const missing = findings.filter((f) => f.rule === "read.missing-row" && f.sheet === "公开01表");
    expect(missing.length).toBeGreaterThanOrEqual(26 + 8);
    expect(findings.map(brief)).toContain(CONTROL());
  });

  test("an empty workbook and a sheet holding only a title", () => {
    expect(analyze({ sheets: [] }).bound.problems.map((p) => p.code)).toEqual(["no-tables"]);
    const titleOnly = analyze({ sheets: [{ name: "表1", top: 0, left: 0, values: [["收入支出决算表"]] }] });
    expect(titleOnly.bound.tables.map((t) => t.id)).toEqual(["公开01"]);
  });
});

describe("random damage never crashes", () => {
  /** A tiny deterministic PRNG, so a failure can be replayed by its seed. */
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }
  const BAD: CellValue[] = [{ error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }, "—", "abc", "1,2", "(5.00)", true, -1e12, 0.005, Number.NaN, "", null, "合计", "301", "优"];

  test.each(Array.from({ length: 12 }, (_, i) => i + 1))("seed %i: 40 cells damaged, a row and a column deleted", (seed) => {
    const next = rng(seed);
    let grid = wb.grid;
    for (let i = 0; i < 40; i++) {
      const sheet = grid.sheets[Math.floor(next() * grid.sheets.length)];
      const row = Math.floor(next() * sheet.values.length);
      const col = Math.floor(next() * Math.max(1, sheet.values[row]?.length ?? 1));
      grid = setCell(grid, { sheet: sheet.name, row, col }, BAD[Math.floor(next() * BAD.length)]);
    }
    const victim = grid.sheets[Math.floor(next() * grid.sheets.length)];
    grid = deleteColumn(grid, victim.name, Math.floor(next() * 4));
    grid = cutOff(grid, victim.name, Math.floor(next() * victim.values.length));
    let findings: readonly Finding[] = [];
    expect(() => {
      findings = analyze(grid).findings;
    }).not.toThrow();
    // Every finding points at a cell of a sheet that exists.
    const names = new Set(grid.sheets.map((s) => s.name));
    for (const f of findings) expect(names.has(f.cell.sheet)).toBe(true);
  });
});
