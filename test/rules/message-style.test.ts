// Messages read in one style: computed figures are written as the workbook shows the cells they are compared with
// (thousands separators, decimals), figures too long to read are written in scientific notation, and a cell on
// another sheet than the finding's own is named with its sheet. The JSON fields stay plain decimal strings.
import { analyze } from "../../src/core/engine";
import { cellA1, parseA1, qualifiedA1 } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { cellName } from "../../src/core/rules/messages";
import { loadSampleGrid } from "../helpers/sample";

let sample: Grid;
beforeAll(async () => {
  sample = await loadSampleGrid();
});

const where = (f: Finding) => `${f.sheet}!${cellA1(f.cell)}`;

function one(findings: readonly Finding[], rule: string, at: string, text: string): Finding {
  const hits = findings.filter((f) => f.rule === rule && where(f) === at && f.message.includes(text));
  if (hits.length !== 1) throw new Error(`expected one ${rule} at ${at} about “${text}”, found:\n${findings.filter((f) => where(f) === at).map((f) => `${f.rule}: ${f.message}`).join("\n")}`);
  return hits[0];
}

/** The grid with some cells set: [sheet, "A1", value, format]. */
function withCells(grid: Grid, edits: [string, string, CellValue, string?][]): Grid {
  return {
    sheets: grid.sheets.map((s: GridSheet) => {
      const mine = edits.filter(([name]) => name === s.name);
      if (!mine.length) return s;
      const values = s.values.map((r) => [...r]);
      const formats = s.values.map((r, i) => Array.from({ length: Math.max(r.length, s.formats?.[i]?.length ?? 0) }, (_, j) => s.formats?.[i]?.[j] ?? "General"));
      for (const [, a1, value, format] of mine) {
        const { row, col } = parseA1(a1)!;
        values[row - s.top][col - s.left] = value;
        if (format) formats[row - s.top][col - s.left] = format;
      }
      return { ...s, values, formats };
    }),
  };
}

/** The grid with every number on the named sheets shown under one format. */
function withFormat(grid: Grid, sheets: RegExp, format: string): Grid {
  return {
    sheets: grid.sheets.map((s) =>
      sheets.test(s.name) ? { ...s, formats: s.values.map((r, i) => r.map((v, j) => (typeof v === "number" ? format : (s.formats?.[i]?.[j] ?? "General")))) } : s,
    ),
  };
}

describe("figures are written the way the workbook shows its cells", () => {
  test("公开01 shows its amounts with thousands separators: so do expected, actual and difference", () => {
    // F38 本年支出合计 shows 10,602.11; its parts add up to 10,602.10.
    const f = one(analyze(sample).findings, "sum.summary", "公开01表!F38", "本年支出合计");
    expect(f.message).toBe("本年支出合计应等于各功能分类支出之和：F38 应为 10,602.10，实为 10,602.11，相差 0.01（在尾数误差 ±0.035 以内）");
    // The JSON fields keep plain decimal strings.
    expect([f.expected, f.actual, f.difference, f.allowed]).toEqual(["10602.10", "10602.11", "0.01", "0.035"]);
  });

  test("a difference above a thousand is grouped too", () => {
    // 一、一般公共服务支出 1,007.53 → 3,007.53: the parts now add up to 12,602.10.
    const grid = withCells(sample, [["公开01表", "F12", 3007.53]]);
    const f = analyze(grid).findings.find((x) => x.rule === "sum.summary" && x.message.startsWith("本年支出合计应等于各功能分类支出之和"))!;
    expect(f.message).toBe("本年支出合计应等于各功能分类支出之和：F38 应为 12,602.10，实为 10,602.11，相差 -1,999.99（超出尾数误差 ±0.035）");
    expect(f.difference).toBe("-1999.99");
  });

  test("the same table shown without separators (0.00) reads without them", () => {
    const grid = withFormat(sample, /^公开01表$/, "0.00");
    const f = one(analyze(grid).findings, "sum.summary", "公开01表!F38", "本年支出合计");
    expect(f.message).toBe("本年支出合计应等于各功能分类支出之和：F38 应为 10602.10，实为 10602.11，相差 0.01（在尾数误差 ±0.035 以内）");
  });

  test("a computed 执行率 is written with the decimals of the rate cell it corrects", () => {
    const f = one(analyze(sample).findings, "scorecard", "附表15-1!G7", "执行率");
    expect(f.message).toBe("2023年中央无线电管理经费：执行率 95.74% 是用年初预算数算的，应除以全年预算数，为 100.00%");
    const oneDecimal = withCells(sample, [["附表15-1", "G7", 0.9574, "0.0%"]]);
    expect(one(analyze(oneDecimal).findings, "scorecard", "附表15-1!G7", "执行率").message).toBe(
      "2023年中央无线电管理经费：执行率 95.7% 是用年初预算数算的，应除以全年预算数，为 100.0%",
    );
  });

  test("分值 totals are written as the 分值 cells show them", () => {
    const f = one(analyze(sample).findings, "scorecard", "附表15-4!H24", "各项分值合计");
    expect(f.message).toBe("节能降耗及节能监察专项经费：各项分值合计为 97.00，应为 100.00");
    expect([f.expected, f.actual, f.difference]).toEqual(["100", "97", "-3"]);
  });
});

describe("huge and tiny doubles in amount cells are read as numbers and written short", () => {
  const cells: [string, string, CellValue, string][] = [
    ["公开01表", "C13", 1e308, "General"],
    ["公开01表", "C14", 5e-324, "General"],
    ["公开01表", "F13", -1.7976931348623157e308, "#,##0.00"],
    ["公开01表", "F14", 1e308, "0.00"],
    ["公开01表", "C16", 1e-7, "General"],
  ];
  let findings: readonly Finding[];
  beforeAll(() => {
    findings = analyze(withCells(sample, cells)).findings;
  });

  test("none of them is “此处应为数字”", () => {
    expect(findings.filter((f) => f.rule === "read.unreadable-cell").map(where)).toEqual([]);
  });

  test("the findings about them quote them as Excel's General would, briefly", () => {
    expect(one(findings, "cross.fiscal-income", "公开01表!C13", "政府性基金").message).toBe(
      "公开01 政府性基金预算财政拨款收入应与公开04 一致：C13 为 1E+308，对应的 公开04表!C13 为 0，相差 1E+308",
    );
    expect(one(findings, "cross.fiscal-income", "公开01表!C14", "国有资本经营").message).toBe(
      "公开01 国有资本经营预算财政拨款收入应与公开04 一致：C14 为 4.94066E-324，对应的 公开04表!C14 为 0，相差 4.94066E-324",
    );
    expect(one(findings, "cross.summary-expenditure", "公开01表!F13", "202 类").message).toBe("公开01 二、外交支出为 -1.79769313486232E+308，但公开03 没有 202 类的科目");
    expect(one(findings, "cross.summary-expenditure", "公开01表!F14", "203 类").message).toBe("公开01 三、国防支出为 1E+308，但公开03 没有 203 类的科目");
  });

  test("no message about them is long, and no figure in one runs past 24 characters", () => {
    const involved = new Set(cells.map(([s, a1]) => `${s}!${a1}`));
    const about = findings.filter((f) => f.cells.some((c) => involved.has(`${c.sheet}!${cellA1(c)}`)));
    expect(about.length).toBeGreaterThan(8);
    for (const f of about) {
      expect(f.message.length).toBeLessThanOrEqual(200);
      expect(f.message).not.toMatch(/[\d,.]{25}/);
    }
  });
});

describe("a cell on another sheet is named with its sheet", () => {
  test("公开05 公用经费 against 公开06 公用经费合计: the finding sits on 公开06, so 公开05's M14 is 公开05表!M14", () => {
    const f = one(analyze(sample).findings, "cross.gpb-basic", "公开06表!I44", "公开05 公用经费");
    expect(f.message).toBe("公开05 公用经费应等于公开06 公用经费合计：公开05表!M14 为 347.06，对应的 I44 为 694.12，相差 -347.06");
    expect(f.data.cell).toBe("公开05表!M14");
  });

  test("every cell a message names off the finding's own sheet carries its sheet", () => {
    const findings = analyze(sample).findings;
    let offSheet = 0;
    for (const f of findings) {
      for (const c of f.cells) {
        if (c.sheet === f.sheet) continue;
        offSheet++;
        const bare = new RegExp(`(?<![!A-Z])${cellA1(c)}(?!\\d)`);
        const qualified = qualifiedA1(c.sheet, cellA1(c));
        // Named qualified, or not named at all (a sum over many cells names its total only).
        expect({ message: f.message, bare: bare.test(f.message.split(qualified).join("")) }).toEqual({ message: f.message, bare: false });
      }
    }
    expect(offSheet).toBeGreaterThan(10);
  });

  test("a sheet name Excel would quote is quoted", () => {
    const renamed: Grid = { sheets: sample.sheets.map((s) => (s.name === "公开05表" ? { ...s, name: "公开05 表" } : s)) };
    const f = one(analyze(renamed).findings, "cross.gpb-basic", "公开06表!I44", "公开05 公用经费");
    expect(f.message).toContain("：'公开05 表'!M14 为 347.06，对应的 I44 为 694.12");
    expect(cellName({ sheet: "附表15-1", row: 6, col: 7 }, "公开03表")).toBe("'附表15-1'!H7");
    expect(cellName({ sheet: "附表15-1", row: 6, col: 7 }, "附表15-1")).toBe("H7");
  });
});
