// What the pane says after each action, the 填充 dialog's summary, the 插入模板 form, and the ribbon's commands.
import { planFill } from "../../src/core/fill/plan";
import { FillOutcome } from "../../src/excel/fill-workbook";
import { registerRibbonCommands } from "../../src/commands/commands";
import { PaneActions } from "../../src/taskpane/app";
import { checkGrid } from "../../src/taskpane/engine";
import { fillMessage, SUMMED_TOTALS_NOTE, undoMessage, unwaiveMessage, validateMessage, waiveMessage } from "../../src/taskpane/messages";
import { fillSummaryText } from "../../src/taskpane/view/fill-dialog";
import { readTemplateForm } from "../../src/taskpane/view/template-dialog";
import { loadSampleGrid } from "../helpers/sample";

describe("pane messages", () => {
  it("sums up 校验 of the sample with its real counts", async () => {
    const report = checkGrid(await loadSampleGrid());
    const [text, kind] = validateMessage(report, 40, undefined, true);
    const n = (s: string) => report.findings.filter((f) => f.severity === s).length;
    expect(text).toBe(`识别到 33 张表，发现 ${report.findings.length} 个问题（错误 ${n("error")}，警告 ${n("warning")}，尾数 ${n("info")}），已用颜色和批注标记 40 个单元格。`);
    expect(kind).toBe("error");
  });

  it("counts findings answered by a waiver apart, and says what 忽略并说明 and 撤销忽略 did", async () => {
    const report = checkGrid(await loadSampleGrid());
    const grade = report.findings.find((f) => f.sheet === "附表15-3" && f.check === "grade")!;
    const findings = report.findings.map((f) => (f === grade ? { ...f, waiver: { reason: "省定口径", at: "2026-12-06T10:30:00.000Z" } } : f));
    const n = (s: string) => report.findings.filter((f) => f.severity === s).length;
    const [text] = validateMessage({ ...report, findings }, 39, undefined, true);
    expect(text).toBe(`识别到 33 张表，发现 ${report.findings.length - 1} 个问题（错误 ${n("error") - 1}，警告 ${n("warning")}，尾数 ${n("info")}）；另有 1 个已忽略（附说明），已用颜色和批注标记 39 个单元格。`);
    expect(waiveMessage([text, "error"])).toEqual([`已忽略此问题，说明已存入工作簿（随文件保存，审核时可见）。${text}`, "info"]);
    expect(unwaiveMessage(["识别到 33 张表，未发现问题。", "success"])).toEqual(["已撤销忽略，该问题重新计入。识别到 33 张表，未发现问题。", "success"]);
    const allWaived = report.findings.map((f) => ({ ...f, waiver: { reason: "r", at: "" } }));
    expect(validateMessage({ ...report, findings: allWaived }, 0, undefined, true)).toEqual([`识别到 33 张表，未发现问题；另有 ${report.findings.length} 个已忽略（附说明）。`, "success"]);
  });

  it("says when no table was found", () => {
    expect(validateMessage({ findings: [], tables: [], problems: ["未找到任何公开表或绩效自评表"] }, 0, undefined, true)[0])
      .toBe("未找到任何公开表或绩效自评表。请确认打开的是部门决算公开工作簿（公开01–公开12、附表14、附表15）。");
  });

  it("describes a fill and an undo", async () => {
    const plan = planFill(await loadSampleGrid());
    const out: FillOutcome = { plan, sheetNames: [], batched: false, written: plan.writes, keptDiffering: 43, needsConfirmation: false, syncs: 2 };
    // The one cell written is a blank total (附表14 预算确定数 = SUM of its parts): it inherits their 尾数.
    expect(plan.writes.map((w) => [w.kind, w.formula, w.replaced])).toEqual([["amount", "=SUM(D11,E11)", undefined]]);
    expect(fillMessage(out)[0]).toBe(`已填充 1 个单元格（写入公式）；43 个单元格与公式结果不一致，保留原值；${plan.manual.length} 个单元格需人工填写（如定性指标）。可点击“撤销”恢复；建议重新校验。 ${SUMMED_TOTALS_NOTE}`);
    expect(SUMMED_TOTALS_NOTE).toContain("合计宜按元汇总后填入");
    // Scores and rates carry no such note; nor does a total that replaced a typed figure.
    const score = { ...plan.writes[0], kind: "score" as const };
    expect(fillMessage({ ...out, written: [score] })[0]).not.toContain("尾数");
    expect(fillMessage({ ...out, written: [{ ...plan.writes[0], replaced: "380.41" }] })[0]).not.toContain("尾数");
    expect(fillMessage({ ...out, written: [], keptDiffering: 0, plan: { ...plan, manual: [] } })[0]).toBe("没有需要填充的单元格。");
    expect(undoMessage({ label: "插入模板", removedSheet: { name: "附表15-21", gone: false } })[0]).toBe("已撤销“插入模板”，删除了工作表“附表15-21”。");
    expect(undoMessage(undefined)[0]).toBe("没有可撤销的操作。");
  });

  it("summarises the 填充 dialog from the plan", async () => {
    const plan = planFill(await loadSampleGrid());
    const differing = plan.conflicts.filter((c) => c.reason === "differs");
    const tails = plan.kept.filter((k) => k.because === "within-rounding").length;
    expect(tails).toBeGreaterThan(0);
    expect(fillSummaryText(plan)).toBe(`将向 1 个空白单元格写入公式。另有 ${differing.length} 个单元格已有内容且与公式结果不一致（另有 ${tails} 个合计与各项之和只差尾数，保留原值），覆盖前请确认：`);
  });

  it("reads the 插入模板 form", () => {
    expect(readTemplateForm("project", "8", "")).toEqual({ kind: "project", indicators: 8 });
    expect(readTemplateForm("dept", " 12 ", "2023")).toEqual({ kind: "dept", indicators: 12, year: 2023 });
    expect(readTemplateForm("project", "0", "")).toBe("绩效指标行数应为 1 到 60 之间的整数。");
    expect(readTemplateForm("project", "2.5", "")).toMatch(/整数/);
    expect(readTemplateForm("project", "8", "23")).toBe("年度应为四位年份，如 2023，或不填。");
  });
});

describe("ribbon commands", () => {
  it("run the pane's own actions and complete their event afterwards", async () => {
    const calls: string[] = [];
    const action = (name: string) => async () => void calls.push(name);
    const actions: PaneActions = { validate: action("validate"), fill: action("fill"), insertTemplate: action("insertTemplate"), clearMarks: action("clear"), undo: action("undo") };
    const handlers = new Map<string, (event: Office.AddinCommands.Event) => void>();
    registerRibbonCommands(actions, (name, handler) => handlers.set(name, handler));
    expect([...handlers.keys()]).toEqual(["validate", "fill", "insertTemplate"]);
    for (const [name, handler] of handlers) {
      const completed = new Promise<void>((resolve) => handler({ completed: () => resolve() } as Office.AddinCommands.Event));
      await completed;
      expect(calls[calls.length - 1]).toBe(name);
    }
  });
});
