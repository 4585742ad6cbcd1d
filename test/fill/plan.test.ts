// The fill plan on real and generated workbooks: what is written, kept, reported and left for people.
// Values are the sample's own figures or computed by hand; what the formulas compute in a real spreadsheet
// engine is checked in libreoffice.test.ts.
import { planFill } from "../../src/core/fill/plan";
import { FillConflict, FillPlan } from "../../src/core/fill/types";
import { cellA1, cellKey, CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { displayText } from "../../src/core/numbers/parse";
import { consistentWorkbook } from "../helpers/consistent-workbook";
import { gridOf, sheetFromTsv } from "../helpers/grid-builder";
import { loadSampleGrid } from "../helpers/sample";
import { blankableDerivedCells } from "./blanking";
import { RULES_CASE, caseSheet } from "./cases";
import { applyToGrid, blankGrid } from "./workbooks";
import { setUncomputedFormula } from "../helpers/consistent-workbook-edit";

const at = (c: { cell: CellRef }) => `${c.cell.sheet}!${cellA1(c.cell)}`;
const conflict = (plan: FillPlan, key: string): FillConflict | undefined => plan.conflicts.find((c) => at(c) === key);
const derivedCells = (plan: FillPlan) => [...plan.writes, ...plan.kept, ...plan.conflicts].map((x) => x.cell);

const cents = (text: string) => Math.round(Number(text.replace(/,/g, "")) * 100);

function shown(grid: Grid, ref: CellRef): string {
  const s = grid.sheets.find((x) => x.name === ref.sheet)!;
  const v = s.values[ref.row - s.top]?.[ref.col - s.left] ?? null;
  return displayText(v, s.formats?.[ref.row - s.top]?.[ref.col - s.left] ?? "General");
}

describe("the sample as published", () => {
  let plan: FillPlan;
  let sampleGrid: Grid;
  beforeAll(async () => {
    sampleGrid = await loadSampleGrid();
    plan = planFill(sampleGrid);
  });

  test("almost everything is there already; the one blank derived cell is 附表14's 上年结转 预算确定数", () => {
    expect(plan.writes.map((w) => [at(w), w.formula, w.value, w.numberFormat])).toEqual([["附表14!F11", "=SUM(D11,E11)", "29.36", "#,##0.00"]]);
    expect(plan.kept.length).toBeGreaterThan(450);
  });

  test("the seed's mistakes are conflicts with the engine's value, never overwritten", () => {
    const expected: [string, string, string, string][] = [
      // 执行率 divided by 年初预算数: 321.69 / 321.69 = 100 %, and its score 10 × min(100 %, 1)
      ["附表15-1!G7", "95.74%", "=IFERROR(E7/D7,0)", "1.0000"],
      // the rate score does not trust the disputed 执行率 cell: it computes the rate in place
      ["附表15-1!H7", "9.50", "=ROUND(MIN(IFERROR(E7/D7,0),1)*F7,2)", "10.00"],
      ["附表15-2!I21", "3.00", "=ROUND(IF(G21>=E21,H21,IF(E21=0,0,MAX(0,MIN(H21,H21*G21/E21)))),2)", "3.18"], // 5 × 7 / 11
      ["附表15-2!I23", "0.00", "=ROUND(IF(G23<=E23,H23,IF(G23=0,H23,H23*E23/G23)),2)", "3.50"], // ≤ 7 days, 10 actual: 5 × 7 / 10
      ["附表15-3!J24", "良", '=IF(ROUND(I24,2)>=90,"优",IF(ROUND(I24,2)>=80,"良",IF(ROUND(I24,2)>=60,"中","差")))', "中"], // 79.00
      ["公开06表!I44", "694.12", "=SUM(F11,F39,I11,I28,I34)", "347.06"], // 公用经费合计 counted twice
      ["附表14!E8", "-987.68", "=SUM(E9:E10)", "-1002.36"], // -902.36 + -100.00
    ];
    for (const [cell, existing, formula, value] of expected) {
      const c = conflict(plan, cell);
      expect([cell, c?.existing, c?.formula, c?.value, c?.reason]).toEqual([cell, existing, formula, value, "differs"]);
    }
  });

  test("a total off by the rounding of its parts is kept as typed (the figure other tables quote), not a conflict", () => {
    expect(conflict(plan, "公开01表!F38")).toBeUndefined();
    const k = plan.kept.find((x) => at(x) === "公开01表!F38");
    // 26 功能类 rows shown to 0.01 and the total itself: ±0.005 × 7 non-blank figures = ±0.035
    expect([k?.because, k?.existing, k?.value]).toEqual(["within-rounding", "10,602.11", "10602.10"]);
    expect(k?.message).toContain("差异在尾数误差 ±0.035 以内；保留原值");
    expect(plan.kept.filter((x) => x.because === "within-rounding").map(at)).toEqual([
      "公开01表!F38", "公开02表!D12", "公开02表!E12", "公开03表!E12", "公开03表!E23", "公开03表!E33",
      "公开05表!G14", "公开05表!I14", "公开05表!J14", "公开05表!J25", "公开05表!J35",
    ]);
    expect(conflict(plan, "公开06表!I44")?.reason).toBe("differs"); // 694.12 vs 347.06: far beyond 尾数
  });

  test("with overwrite, the totals within 尾数 are still kept and only real differences are replaced", () => {
    const overwrite = planFill(sampleGrid, { overwrite: true });
    const replaced = overwrite.writes.filter((w) => w.replaced !== undefined).map(at);
    expect(replaced).toContain("公开06表!I44");
    expect(replaced).not.toContain("公开01表!F38");
    expect(overwrite.kept.filter((x) => x.because === "within-rounding").length).toBe(11);
    expect(overwrite.conflicts).toEqual([]);
  });

  test("公开10's 国内/国外接待费 budget shown as — is not reported, so 公务接待费 is not derived from it", () => {
    expect(derivedCells(plan).map(cellKey)).not.toContain("公开10表!C17");
    expect(derivedCells(plan).map(cellKey)).toContain("公开10表!E17"); // 决算数 has its breakdown
  });

  test("indicators the engine cannot score are listed for people, with the reason", () => {
    const manual = new Map(plan.manual.map((m) => [at(m), m.reason]));
    expect(manual.size).toBe(26);
    expect(manual.get("附表15-2!I30")).toBe("定性或无法量化的指标（指标值非数值），由评价人填写"); // 显著
    expect(manual.get("附表15-15!I15")).toBe("定性或无法量化的指标（无指标性质），由评价人填写");
    expect(manual.get("附表15-14!I17")).toBe("定性或无法量化的指标（实际完成值非数值），由评价人填写"); // 未完成
  });

  test("--overwrite replaces disagreeing values and says what they were", async () => {
    const over = planFill(await loadSampleGrid(), { overwrite: true });
    expect(over.conflicts).toEqual([]);
    const w = over.writes.find((x) => at(x) === "附表15-1!G7");
    expect([w?.formula, w?.value, w?.replaced]).toEqual(["=IFERROR(E7/D7,0)", "1.0000", "95.74%"]);
    // with the rate rewritten, the rate score reads the 执行率 cell again
    expect(over.writes.find((x) => at(x) === "附表15-1!H7")?.formula).toBe("=ROUND(MIN(G7,1)*F7,2)");
    const replaced = over.writes.filter((x) => x.replaced !== undefined).map(at);
    // Every conflict is replaced, except where fixing its inputs made the old value right again: 附表15-3's
    // 等级 良 fits the corrected 总分, 附表15-15's 总分 100.00 fits its corrected 执行率得分.
    expect(plan.conflicts.map(at).filter((c) => !replaced.includes(c))).toEqual(["附表15-3!J24", "附表15-15!I22"]);
  });

  test("a locked cell on a protected sheet is reported and never written, not even with --overwrite", async () => {
    const locked = (c: CellRef) => c.sheet === "附表15-1" || c.sheet === "附表14";
    const p = planFill(await loadSampleGrid(), { overwrite: true, isLocked: locked });
    expect(p.writes.filter((w) => locked(w.cell))).toEqual([]);
    const f11 = conflict(p, "附表14!F11"); // empty, would be filled
    expect([f11?.reason, f11?.value, f11?.existing]).toEqual(["protected", "29.36", ""]);
    expect(f11?.message).toBe("附表14 上年结转 预算确定数（F11）：工作表受保护且单元格已锁定，未写入；按公式 =SUM(D11,E11) 应为 29.36，现为 空白");
    expect(conflict(p, "附表15-1!G7")?.reason).toBe("protected");
    // cells that already agree are not conflicts, locked or not
    expect(p.conflicts.filter((c) => locked(c.cell)).map(at).sort()).toEqual(["附表14!E8", "附表14!F11", "附表15-1!G7", "附表15-1!G8", "附表15-1!H7"]);
  });
});

describe("the sample with its derived cells blanked", () => {
  test("every blanked cell with figures to derive from is filled again, with what it showed up to 尾数", async () => {
    const grid = await loadSampleGrid();
    const original = planFill(grid);
    const { cells, keptRows } = blankableDerivedCells(grid, derivedCells(original));
    // Rows whose blanking would change how the table is read (see blanking.ts) stay as they are.
    // (公开02's and 公开05's label-less 合计 rows can be blanked: the binder keeps a blank row in that place.)
    expect([...keptRows]).toEqual([
      ["公开06表", [44]],
      ["附表15-6", [6]],
      ["附表15-7", [25]],
      ["附表15-9", [6]],
    ]);
    const plan = planFill(blankGrid(grid, cells));
    // Conflicts remain only in the rows that were not blanked.
    expect(plan.conflicts.map(at)).toEqual(["公开06表!I44", "附表15-7!I25"]);
    // What the engine derives for every cell once all of them are derived: the overwrite plan's value where it
    // replaces one or keeps a typed total within 尾数, else what the cell shows (it agrees).
    const full = planFill(grid, { overwrite: true });
    const tails = new Map(full.kept.filter((k) => k.because === "within-rounding").map((k) => [cellKey(k.cell), k.value ?? ""]));
    const fullValue = new Map(full.writes.map((w) => [cellKey(w.cell), displayText(w.kind === "grade" ? w.value : Number(w.value), w.numberFormat ?? "General")]));
    const filled = new Map(plan.writes.map((w) => [cellKey(w.cell), w]));
    let exact = 0;
    const inherited: string[] = [];
    for (const ref of cells) {
      const w = filled.get(cellKey(ref));
      const before = shown(grid, ref);
      // Not filled: every input is blank or "-", nothing to derive yet (the sample shows "-" or nothing there,
      // or — 附表15-18's 财政拨款 执行率 — a rate without figures, a conflict before blanking).
      if (!w) {
        if (conflict(original, cellKey(ref))) continue;
        expect([cellKey(ref), before]).toEqual([cellKey(ref), expect.stringMatching(/^(-|—|0|)$/)]);
        continue;
      }
      const after = displayText(w.kind === "grade" ? w.value : Number(w.value), w.numberFormat ?? "General");
      const tail = tails.get(cellKey(ref));
      const expected = tail !== undefined ? displayText(Number(tail), w.numberFormat ?? "General") : (fullValue.get(cellKey(ref)) ?? before);
      // A total of totals summed from blanked parts inherits their 尾数, where the published total (kept as
      // typed) does not: those differ by a cent or two, and are listed.
      if (w.kind === "amount" && after !== expected && Math.abs(cents(after) - cents(expected)) <= 2) {
        inherited.push(cellKey(ref));
        continue;
      }
      // "-" for zero comes back as 0.00
      expect([cellKey(ref), after]).toEqual([cellKey(ref), /^(-|—)$/.test(expected) ? expect.stringMatching(/^0(\.0+)?%?$/) : expected]);
      exact++;
    }
    // 公开01 总计 from the refilled 本年支出合计; 公开03/公开05 合计 from the refilled 死亡抚恤 and 产业发展 rows.
    expect(inherited).toEqual(["公开01表!F41", "公开03表!E12", "公开05表!J14"]);
    expect(exact).toBeGreaterThan(250);
    expect(plan.writes.length).toBeGreaterThan(380);
  });
});

describe("a consistent workbook (test/helpers/consistent-workbook.ts)", () => {
  const wb = consistentWorkbook();

  test("nothing to write, nothing in conflict: every derived cell agrees", () => {
    const plan = planFill(wb.grid);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.kept.length).toBeGreaterThan(800);
    expect(plan.manual.map((m) => m.reason)).toEqual(Array(3).fill("定性或无法量化的指标（达成），得分应在 8.00～10.00 之间，由评价人填写"));
  });

  test("blanked, every derived cell is filled again with exactly what it showed", () => {
    const original = planFill(wb.grid);
    const { cells, keptRows } = blankableDerivedCells(wb.grid, derivedCells(original));
    // 公用经费合计's label stands in block 2, its figure in block 3: only the figure shows where it goes.
    expect([...keptRows]).toEqual([["公开06表", [44]]]);
    const plan = planFill(blankGrid(wb.grid, cells));
    expect(plan.conflicts).toEqual([]);
    const filled = new Map(plan.writes.map((w) => [cellKey(w.cell), w]));
    const mismatches = cells
      .map((ref) => {
        const w = filled.get(cellKey(ref));
        const before = shown(wb.grid, ref);
        const after = w ? displayText(w.kind === "grade" ? w.value : Number(w.value), w.numberFormat ?? "General") : "";
        return [cellKey(ref), before, after];
      })
      .filter(([, before, after]) => before !== after && !(/^(-|—)$/.test(before) && after === ""));
    expect(mismatches).toEqual([]);
  });

  test("filling is idempotent: a filled workbook holds equivalent formulas everywhere", () => {
    const original = planFill(wb.grid);
    const { cells } = blankableDerivedCells(wb.grid, derivedCells(original));
    const first = planFill(blankGrid(wb.grid, cells));
    const again = planFill(applyToGrid(blankGrid(wb.grid, cells), first.writes));
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.kept.filter((k) => k.because === "equivalent-formula").length).toBe(first.writes.length);
  });
});

describe("cells people typed", () => {
  const card = caseSheet(RULES_CASE);
  const withCell = (a1: string, value: string | number, formula = "") => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const r = Number(row) - 1;
    const c = col.charCodeAt(0) - 65;
    const values = card.values.map((x) => [...x]);
    const formulas = card.values.map((x) => x.map(() => ""));
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = value;
    formulas[r][c] = formula;
    return gridOf({ ...card, values, formulas });
  };

  test("an equivalent formula is left alone", () => {
    const plan = planFill(withCell("I25", 68.92, "=H5+SUM(I13:I23)"));
    expect(plan.kept.find((k) => at(k) === "评分规则!I25")?.because).toBe("equivalent-formula");
    expect(plan.writes.map(at)).not.toContain("评分规则!I25");
  });

  test("a different formula that gives the same value is kept; one that does not is a conflict", () => {
    expect(planFill(withCell("G5", 1.2, "=E5/D5")).kept.find((k) => at(k) === "评分规则!G5")?.because).toBe("agrees");
    const c = conflict(planFill(withCell("G5", 1.2, "=E5/C5")), "评分规则!G5");
    expect(c).toBeUndefined(); // 1.2 agrees whatever the formula
    const wrong = conflict(planFill(withCell("G5", 0.5, "=E5/(D5*2)")), "评分规则!G5");
    expect([wrong?.existing, wrong?.existingFormula, wrong?.value]).toEqual(["0.5", "=E5/(D5*2)", "1.2000"]);
  });

  test("a score typed by hand agrees when it is the rounded score, not otherwise", () => {
    expect(planFill(withCell("I15", 3.33)).kept.find((k) => at(k) === "评分规则!I15")?.because).toBe("agrees");
    // 10 × 1 / 3 rounds to 3.33 before it is summed: 3.333 is not the score
    expect(conflict(planFill(withCell("I15", 3.333)), "评分规则!I15")?.value).toBe("3.33");
  });

  test("a figure typed as text blocks the sum that would skip it", () => {
    const grid = gridOf(
      sheetFromTsv(
        "公开10表",
        [
          "财政拨款“三公”经费、行政参公单位机关运行经费情况表",
          "公开10表",
          "部门：测试局\t\t\t金额单位：万元",
          "项目\t预算数\t全年预算数\t决算数",
          "（一）支出合计\t\t\t",
          "1. 因公出国（境）费\t'1,000.00\t1.00\t1.00",
          "2. 公务用车购置及运行维护费\t2.00\t2.00\t2.00",
          "（1）公务用车购置费\t1.00\t1.00\t1.00",
          "（2）公务用车运行维护费\t1.00\t1.00\t1.00",
          "3. 公务接待费\t0.50\t0.50\t0.50",
          "（1）国内接待费\t0.50\t0.50\t0.50",
          "（2）国（境）外接待费\t—\t—\t—",
        ].join("\n"),
      ),
    );
    const plan = planFill(grid);
    const manual = plan.manual.map((m) => [at(m), m.reason]);
    expect(manual).toEqual([["公开10表!B5", "B6（1,000.00）是以文本形式存放的数字，公式不会把它计入，请先改正"]]);
    expect(plan.writes.map((w) => [at(w), w.formula, w.value])).toEqual([
      ["公开10表!C5", "=SUM(C6:C7,C10)", "3.50"],
      ["公开10表!D5", "=SUM(D6:D7,D10)", "3.50"],
    ]);
  });
});

describe("formulas without a saved result are formulas, not blanks", () => {
  const C38: CellRef = { sheet: "公开01表", row: 37, col: 2 }; // 本年收入合计
  const C12: CellRef = { sheet: "公开01表", row: 11, col: 2 }; // 一般公共预算财政拨款收入 10,584.32
  let sampleGrid: Grid;
  beforeAll(async () => {
    sampleGrid = await loadSampleGrid();
  });

  test("the total's own formula, not computed: kept, and what depends on it is still derived", () => {
    const plan = planFill(setUncomputedFormula(sampleGrid, C38, "=SUM(C12:C19)"));
    expect(plan.kept.find((k) => at(k) === "公开01表!C38")?.because).toBe("equivalent-formula");
    expect(conflict(plan, "公开01表!C38")).toBeUndefined();
    expect(plan.manual.filter((m) => m.cell.sheet === "公开01表")).toEqual([]);
    // 收入总计 C41 = C38 + C39 + C40 agrees with what the sample shows, as before
    expect(plan.kept.find((k) => at(k) === "公开01表!C41")?.because).toBe("agrees");
  });

  test("another formula, not computed: a conflict that names the formula, never “现为 空白”", () => {
    const plan = planFill(setUncomputedFormula(sampleGrid, C38, "=C12"));
    const c = conflict(plan, "公开01表!C38");
    expect([c?.reason, c?.existing, c?.existingFormula, c?.value]).toEqual(["differs", "=C12（未计算）", "=C12", "10590.02"]);
    expect(c?.message).toBe("公开01 本年收入合计（C38）：现为 =C12（未计算），按公式 =SUM(C12:C19) 应为 10,590.02；未改动，确认后可替换");
    expect(plan.writes.map(at)).not.toContain("公开01表!C38");
  });

  test("an input not computed: the total is left for people with the reason, not summed as 0", () => {
    const plan = planFill(setUncomputedFormula(sampleGrid, C12, "=10584.32"));
    const m = plan.manual.find((x) => at(x) === "公开01表!C38");
    expect(m?.reason).toBe("C12（=10584.32（未计算））是没有保存计算结果的公式，请先在 Excel/WPS 中重新计算并保存");
    expect(conflict(plan, "公开01表!C38")).toBeUndefined();
  });
});
