import { groupByTable, NARRATIVE_GROUP, numbersLine, openFindings, summarize, templateLine, totals, waivedFindings, whereLine } from "../../src/taskpane/summary";
import { checkerFor, checkGrid } from "../../src/taskpane/engine";
import { CheckReport } from "../../src/excel/validate";
import { finding } from "../excel/helpers";
import { loadSampleGrid } from "../helpers/sample";
import { analyze } from "../../src/core/engine";

const a = { sheet: "公开01表", row: 6, col: 2 };
const b = { sheet: "公开02表", row: 9, col: 4 };

const report: CheckReport = {
  tables: [{ id: "公开01", kind: "summary", sheet: "公开01表" }, { id: "公开02", kind: "income", sheet: "公开02表" }, { id: "公开03", kind: "expenditure", sheet: "公开03表" }],
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

  it("counts waived findings apart from the table, and groups prose findings under 说明", () => {
    const waived: CheckReport = { ...report, findings: [{ ...report.findings[0], waiver: { reason: "已核实", at: "2026-12-06T10:30:00.000Z" } }, ...report.findings.slice(1)] };
    expect(totals(waived)).toEqual({ error: 0, warning: 1, info: 1 });
    expect(summarize(waived).map((r) => [r.table, r.counts.error, r.counts.warning, r.counts.info])).toEqual([["公开01", 0, 0, 1], ["公开02", 0, 1, 0], ["公开03", 0, 0, 0]]);
    expect(waivedFindings(waived.findings)).toEqual([waived.findings[0]]);
    expect(openFindings(waived.findings)).toEqual(waived.findings.slice(1));
    const prose = { ...finding({ sheet: "情况说明", row: 3, col: 0 }), rule: "narrative.amount" };
    expect(groupByTable([report.findings[0], prose, report.findings[2]]).map(([k, list]) => [k, list.length]))
      .toEqual([["公开01（公开01表）", 1], [NARRATIVE_GROUP, 1], ["公开02（公开02表）", 1]]);
    expect(NARRATIVE_GROUP).toBe("说明（情况说明中的数字）");
    const withProse: CheckReport = { ...report, findings: [...report.findings, prose] };
    expect(summarize(withProse).map((r) => [r.table, r.sheet, r.counts.error])).toEqual([
      ["公开01", "公开01表", 1], ["公开02", "公开02表", 0], ["公开03", "公开03表", 0], ["说明", "情况说明", 1],
    ]);
  });

  it("groups findings by table in report order", () => {
    expect(groupByTable(report.findings).map(([k, list]) => [k, list.length])).toEqual([["公开01（公开01表）", 2], ["公开02（公开02表）", 1]]);
  });

  it("builds the report from the sample with the real engine: every table, the real findings, per-table counts", async () => {
    const sample = await loadSampleGrid();
    const out = checkGrid(sample);
    const analysis = analyze(sample, { profile: "national" });
    expect(out.findings).toEqual(analysis.findings);
    expect(out.tables.map((t) => `${t.id}@${t.sheet}`)).toEqual(analysis.bound.tables.map((t) => `${t.id}@${t.sheet}`));
    expect(out.tables).toHaveLength(33);
    expect(out.problems).toEqual([]);
    const pub06 = summarize(out).find((r) => r.sheet === "公开06表")!;
    // 公用经费合计 694.12 ≠ Σ类 347.06, and the two cross-table identities that break with it (all at I44).
    expect(pub06.counts).toEqual({ error: 3, warning: 0, info: 0 });
    const i44 = out.findings.filter((f) => whereLine(f) === "公开06表!I44");
    expect(i44.map((f) => f.message)).toContain("公用经费合计应等于 302、307、310、312、399 等其余各类之和：I44 应为 347.06，实为 694.12，相差 347.06（超出尾数误差 ±0.01）");
    expect(numbersLine(i44.find((f) => f.rule === "hierarchy.economic")!)).toBe("应为 347.06，实为 694.12，差额 347.06（允许 ±0.01）");
  });

  it("applies the scoring profile: 79.00 is 中 nationally but 良 under 80/70/60", async () => {
    const sample = await loadSampleGrid();
    const grade = (profile: string) => checkerFor(profile)(sample).findings.filter((f) => f.check === "grade" && f.sheet === "附表15-3" && f.cell.row === 23 && f.cell.col === 9);
    expect(grade("national")).toHaveLength(1);
    expect(grade("province-80-70-60")).toHaveLength(0);
  });

  it("names the template in use, detected or forced (模板：…（自动识别）/（指定）)", async () => {
    const sample = await loadSampleGrid();
    const detected = checkGrid(sample);
    expect(detected.template).toEqual({ id: "yunnan-2023", name: "云南（公开01–公开12）", forced: false });
    expect(templateLine(detected)).toBe("模板：云南（公开01–公开12）（自动识别）");
    const forced = checkerFor("national", "national")(sample);
    expect(forced.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: true });
    expect(templateLine(forced)).toBe("模板：全国（财政部九张表）（指定）");
    expect(forced.findings).toEqual(analyze(sample, { profile: "national", template: "national" }).findings);
    expect(templateLine(checkerFor("national", "yunnan-2023")(sample))).toBe("模板：云南（公开01–公开12）（指定）");
    expect(templateLine(report)).toBeUndefined();
  });

  it("reports a workbook without any table as a problem, not as findings", () => {
    const out = checkGrid({ sheets: [{ name: "Sheet1", top: 0, left: 0, values: [["你好"]] }] });
    expect(out.tables).toEqual([]);
    expect(out.findings).toEqual([]);
    expect(out.problems).toEqual(["未找到任何公开表或绩效自评表"]);
  });
});
