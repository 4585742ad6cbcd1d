import { groupByTable, numbersLine, summarize, totals, whereLine } from "../../src/taskpane/summary";
import { makeChecker } from "../../src/taskpane/engine";
import { CheckReport } from "../../src/excel/validate";
import { finding } from "../excel/helpers";
import { loadSampleGrid } from "../helpers/sample";

const a = { sheet: "公开01表", row: 6, col: 2 };
const b = { sheet: "公开02表", row: 9, col: 4 };

const report: CheckReport = {
  tables: [{ id: "公开01", sheet: "公开01表" }, { id: "公开02", sheet: "公开02表" }, { id: "公开03", sheet: "公开03表" }],
  findings: [
    finding(a, "error"),
    { ...finding(a, "info", "尾数"), allowed: "0.01" },
    { ...finding(b, "warning"), table: "公开02", expected: undefined, actual: undefined, difference: undefined, allowed: undefined },
  ],
  problems: [],
};

describe("task pane summary", () => {
  it("counts findings per table by severity, listing tables without findings too", () => {
    expect(summarize(report).map((r) => [r.table, r.counts.error, r.counts.warning, r.counts.info])).toEqual([
      ["公开01", 1, 0, 1],
      ["公开02", 0, 1, 0],
      ["公开03", 0, 0, 0],
    ]);
    expect(totals(report)).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it("shows expected, actual and difference, with the tolerance when there is one", () => {
    expect(numbersLine(report.findings[0])).toBe("应为 10.00，实为 9.00，差额 1.00");
    expect(numbersLine(report.findings[1])).toBe("应为 10.00，实为 9.00，差额 1.00（允许 ±0.01）");
    expect(numbersLine(report.findings[2])).toBe("");
    expect(whereLine(report.findings[0])).toBe("公开01表!C7");
  });

  it("groups findings by table in report order", () => {
    expect(groupByTable(report.findings).map(([k, list]) => [k, list.length])).toEqual([["公开01（公开01表）", 2], ["公开02（公开02表）", 1]]);
  });

  it("builds a report from the sample with an injected rules function", async () => {
    const check = makeChecker((bound) => {
      const t = bound.tables[0];
      return [finding({ sheet: t.sheet, row: t.range.top, col: t.range.left })];
    });
    const out = check(await loadSampleGrid());
    expect(out.tables.length).toBeGreaterThan(10);
    expect(out.findings).toHaveLength(1);
  });
});
