// The task pane's controller: buttons → one Excel.run each → render. Holds the session's journal (for 清除标记
// and 撤销) and the sheet list (so 校验 reads in one sync). Never touches Office.js directly: it gets a Host.

import { Finding, Severity } from "../core/findings/finding";
import { clearMarks, undoLast } from "../excel/clear-marks";
import { describeHostError } from "../excel/errors";
import { Journal } from "../excel/journal";
import { Host } from "../excel/office-host";
import { readSheetNames } from "../excel/read-workbook";
import { selectCell } from "../excel/select";
import { Checker, CheckReport, validate } from "../excel/validate";
import { totals } from "./summary";
import { byId } from "./view/dom";
import { renderFindings } from "./view/findings-view";
import { MessageKind, ProgressStep, showMessage, showProgress } from "./view/status-view";
import { renderSummary } from "./view/summary-view";

export interface AppDeps {
  readonly host: Host;
  readonly check: Checker;
}

export function startTaskpane({ host, check }: AppDeps): void {
  const journal = new Journal();
  let sheetNames: readonly string[] | undefined;
  let report: CheckReport | undefined;
  const show = new Set<Severity>(["error", "warning", "info"]);
  const buttons = ["btn-validate", "btn-clear", "btn-undo"].map((id) => byId<HTMLButtonElement>(id));

  const refreshButtons = (busy: boolean) => {
    buttons.forEach((b) => (b.disabled = busy));
    if (!busy) {
      byId<HTMLButtonElement>("btn-clear").disabled = !journal.marks?.cells.length;
      byId<HTMLButtonElement>("btn-undo").disabled = !journal.last;
    }
  };

  /** Runs one Excel.run with progress shown and any host error turned into a zh-CN message. */
  const act = async (step: ProgressStep, work: () => Promise<[string, MessageKind] | void>) => {
    refreshButtons(true);
    showProgress(step);
    try {
      const message = await work();
      if (message) showMessage(...message);
    } catch (e) {
      showMessage(describeHostError(e), "error");
    } finally {
      showProgress(undefined);
      refreshButtons(false);
    }
  };

  const renderReport = () => {
    if (!report) return;
    byId("summary-section").hidden = false;
    byId("findings-section").hidden = false;
    renderSummary(byId<HTMLTableSectionElement>("summary-body"), report);
    renderFindings(byId("findings"), report.findings, show, (f) => void onSelect(f));
  };

  const onSelect = (f: Finding) => act("select", () => host.run((ctx) => selectCell(ctx, f.cell)));

  byId("btn-validate").addEventListener("click", () => void act("read", async () => {
    const out = await host.run((ctx) => validate(ctx, {
      check, features: host.features, journal, sheetNames, onProgress: (stage) => showProgress(stage),
    }));
    sheetNames = out.sheetNames;
    report = out.report;
    renderReport();
    return outcomeMessage(out.report, out.marked, out.notMarked, host.features.notes);
  }));

  byId("btn-clear").addEventListener("click", () => void act("clear", async () => {
    const { cleared } = await host.run((ctx) => clearMarks(ctx, journal, host.features));
    return cleared ? [`已清除 ${cleared} 处标记，单元格已恢复原样。`, "success"] : ["没有需要清除的标记。", "info"];
  }));

  byId("btn-undo").addEventListener("click", () => void act("undo", async () => {
    const undone = await host.run((ctx) => undoLast(ctx, journal, host.features));
    return undone ? [`已撤销“${undone.label}”。`, "success"] : ["没有可撤销的操作。", "info"];
  }));

  byId("filters").addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    if (box.checked) show.add(box.value as Severity);
    else show.delete(box.value as Severity);
    renderReport();
  });

  void act("start", async () => {
    sheetNames = await host.run(readSheetNames);
    return [`已连接工作簿（${sheetNames.length} 张工作表）。点击“校验”开始。`, "info"];
  });
}

function outcomeMessage(report: CheckReport, marked: number, notMarked: string | undefined, notes: boolean): [string, MessageKind] {
  const t = totals(report);
  const n = report.findings.length;
  const tables = `识别到 ${report.tables.length} 张表`;
  if (n === 0) return [`${tables}，未发现问题。`, "success"];
  const head = `${tables}，发现 ${n} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）`;
  if (notMarked) return [`${head}。${notMarked}`, "error"];
  const how = notes ? "已用颜色和批注标记" : "已用颜色标记（此版本 Excel 不支持批注，说明见下方列表）";
  return [`${head}，${how} ${marked} 个单元格。`, t.error ? "error" : "info"];
}
