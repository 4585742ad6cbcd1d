// The pane's problem list without the DOM: problems first, filters, 上一个 / 下一个, the selected cell's finding,
// involved cells, figures, the per-table chips; the edit burst of 自动复查; the Office theme; the 自动复查 setting.
import { Finding } from "../../src/core/findings/finding";
import { CheckReport } from "../../src/host/types";
import { EditBurst, Timers } from "../../src/taskpane/edit-burst";
import { recheckMessage } from "../../src/taskpane/messages";
import {
  cellLabel, figures, indexAtCell, indexOfSame, involvedCells, positionText, problemsFirst, step, tableChips, visibleFindings,
} from "../../src/taskpane/problems";
import { LIVE_SETTING, memoryStore, storedLive, storeLive } from "../../src/taskpane/settings";
import { isDark, luminance, themeVariables } from "../../src/taskpane/theme";
import { checkerFor } from "../../src/taskpane/engine";
import { finding } from "../excel/helpers";
import { sampleGridSync } from "../helpers/sample-sync";

const c = (sheet: string, row: number, col: number) => ({ sheet, row, col });
const at = (sheet: string, row: number, col: number, severity: Finding["severity"], table: string): Finding =>
  ({ ...finding(c(sheet, row, col), severity, `${sheet}${row}:${col}`), table });

// Report order is table order (公开01 before 公开02, a scorecard last); the sheets are in that order too.
const f1 = at("公开01表", 5, 2, "info", "公开01");
const f2 = at("公开01表", 9, 2, "error", "公开01");
const f3 = at("公开02表", 3, 4, "warning", "公开02");
const f4 = at("公开02表", 7, 4, "error", "公开02");
const f5 = { ...at("附表15-2", 20, 9, "error", "附表15"), cells: [c("附表15-2", 20, 9), c("附表15-2", 19, 9), c("公开01表", 5, 2), c("附表15-2", 19, 9)] };
const f6 = at("附表15-3", 20, 9, "warning", "附表15");
const waived = { ...at("公开01表", 1, 1, "error", "公开01"), waiver: { reason: "已核实", at: "" } };
const report: CheckReport = {
  tables: [
    { id: "公开01", kind: "summary", sheet: "公开01表" }, { id: "公开02", kind: "income", sheet: "公开02表" },
    { id: "公开03", kind: "expenditure", sheet: "公开03表" },
    { id: "附表15", kind: "project-scorecard", sheet: "附表15-2" }, { id: "附表15", kind: "project-scorecard", sheet: "附表15-3" },
  ],
  findings: [f1, f2, waived, f3, f4, f5, f6],
  problems: [],
};

describe("problems first", () => {
  it("orders open findings by severity, then sheet order, then report order; waived ones are not listed", () => {
    expect(problemsFirst(report)).toEqual([f2, f4, f5, f3, f6, f1]);
  });

  it("on the sample: 31 errors, then 15 warnings, then 18 尾数, the first on 公开06表!I44", () => {
    const ordered = problemsFirst(checkerFor("national")(sampleGridSync()));
    expect(ordered.map((f) => f.severity).join("")).toBe("error".repeat(31) + "warning".repeat(15) + "info".repeat(18));
    expect(cellLabel(ordered[0].cell)).toBe("公开06表!I44");
  });

  it("filters by severity and by table (label and sheet: 20 scorecards share 附表15)", () => {
    const ordered = problemsFirst(report);
    expect(visibleFindings(ordered, { severities: new Set(["error"]) })).toEqual([f2, f4, f5]);
    expect(visibleFindings(ordered, { severities: new Set(["error", "warning", "info"]), table: { table: "附表15", sheet: "附表15-3" } })).toEqual([f6]);
    expect(visibleFindings(ordered, { severities: new Set(["info"]), table: { table: "公开02", sheet: "公开02表" } })).toEqual([]);
  });

  it("chips only for tables with problems; tables sharing a label are named by their sheet", () => {
    expect(tableChips(report).map((t) => [t.label, t.total, t.counts.error])).toEqual([
      ["公开01", 2, 1], ["公开02", 2, 1], ["附表15-2", 1, 1], ["附表15-3", 1, 0],
    ]);
  });
});

describe("上一个 / 下一个 and the selection", () => {
  it("steps forward and back, wrapping at the ends; from nothing 下一个 is the first and 上一个 the last", () => {
    expect(step(-1, 5, 1)).toBe(0);
    expect(step(-1, 5, -1)).toBe(4);
    expect(step(0, 5, 1)).toBe(1);
    expect(step(4, 5, 1)).toBe(0);
    expect(step(0, 5, -1)).toBe(4);
    expect(step(9, 5, 1)).toBe(0);
    expect(step(0, 0, 1)).toBe(-1);
    expect(positionText(2, 64)).toBe("第 3 / 64 个");
    expect(positionText(-1, 64)).toBe("共 64 个");
  });

  it("finds the current finding again after a check made new objects; two findings of one rule on a cell stay apart", () => {
    const ordered = problemsFirst(report);
    expect(indexOfSame(ordered, f5)).toBe(2);
    expect(indexOfSame(ordered, { ...f5 })).toBe(2);
    const twin = { ...f2, message: "另一条" };
    expect(indexOfSame([f2, twin], { ...twin })).toBe(1);
    expect(indexOfSame([f2, twin], { ...twin, message: "已改" })).toBe(0);
    expect(indexOfSame(ordered, undefined)).toBe(-1);
    expect(indexOfSame(ordered, f1 && { ...f1, cell: c("公开01表", 0, 0) })).toBe(-1);
  });

  it("a selected cell is found only as a finding's marked cell, not as an involved one", () => {
    const ordered = problemsFirst(report);
    expect(indexAtCell(ordered, c("附表15-2", 20, 9))).toBe(2);
    expect(indexAtCell(ordered, c("附表15-2", 19, 9))).toBe(-1);
    expect(indexAtCell(ordered, c("公开09表", 0, 0))).toBe(-1);
  });

  it("lists every other involved cell once, across tables, and the figures the finding has", () => {
    expect(involvedCells(f5).map(cellLabel)).toEqual(["'附表15-2'!J20", "公开01表!C6"]);
    expect(involvedCells(f1)).toEqual([]);
    expect(figures(f1)).toEqual([["应为", "10.00"], ["实为", "9.00"], ["差额", "1.00"], ["允许误差", "±0.00"]]);
    expect(figures({ ...f1, expected: undefined, actual: undefined, difference: undefined, allowed: undefined })).toEqual([]);
  });
});

describe("自动复查 in the pane", () => {
  function fakeTimers() {
    const pending = new Map<number, () => void>();
    let next = 0;
    const timers: Timers = { set: (fn) => (pending.set(++next, fn), next), clear: (h) => void pending.delete(h as number) };
    return { timers, fire: () => [...pending.values()].forEach((fn) => fn()), count: () => pending.size };
  }

  it("a burst of edits re-checks once, with every sheet it touched", () => {
    const runs: string[][] = [];
    const t = fakeTimers();
    const burst = new EditBurst((s) => runs.push(s), 300, t.timers);
    burst.add(["公开01表"]);
    burst.add(["公开02表", "公开01表"]);
    expect(t.count()).toBe(1);
    expect(runs).toEqual([]);
    t.fire();
    expect(runs).toEqual([["公开01表", "公开02表"]]);
    burst.add(["公开03表"]);
    burst.cancel();
    t.fire();
    burst.flush();
    expect(runs).toHaveLength(1);
  });

  it("says which sheets were read again, the counts now, and how many marks changed", () => {
    expect(recheckMessage(report, 1, ["附表15-3"], undefined)).toEqual(["已自动复查（附表15-3）：现有 6 个问题（错误 3，警告 2，尾数 1），更新了 1 个单元格的标记。", "info"]);
    expect(recheckMessage({ ...report, findings: [] }, 0, ["公开01表", "公开02表"], undefined)).toEqual(["已自动复查（公开01表、公开02表）：未发现问题，标记无变化。", "success"]);
    expect(recheckMessage(report, 0, ["公开01表"], "工作表受保护")[1]).toBe("error");
  });

  it("the switch is on unless the document says off", async () => {
    const store = memoryStore();
    expect(storedLive(store)).toBe(true);
    await storeLive(store, false);
    expect(store.get(LIVE_SETTING)).toBe("off");
    expect(storedLive(store)).toBe(false);
    await storeLive(store, true);
    expect(storedLive(store)).toBe(true);
  });
});

describe("Office theme", () => {
  it("dark when the body background is dark; the theme's colours become the pane's", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("red")).toBeUndefined();
    expect(isDark({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDark(undefined)).toBe(false);
    expect(themeVariables({ bodyBackgroundColor: "#262626", bodyForegroundColor: "FFFFFF", controlBackgroundColor: "x" })).toEqual({ "--bg": "#262626", "--fg": "#FFFFFF" });
  });
});
