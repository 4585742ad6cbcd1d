// The task pane's controller: buttons (and the ribbon's commands, which run in the same shared runtime) → one
// host action each → render. Holds the session's journal (for 清除标记 and 撤销), the scoring profile and the
// template pack (模板). 忽略并说明 / 撤销忽略 write the workbook's waiver sheet and check again, so marks, counts and
// lists follow. Never touches a host API directly: it gets a SpreadsheetHost (src/host/host.ts), picked by the
// entry page (Excel or WPS 表格).

import { FillPlan } from "../core/fill/types";
import { packById } from "../core/packs/index";
import { TemplatePack } from "../core/packs/model";
import { Finding, Severity } from "../core/findings/finding";
import { cellKey } from "../core/grid/address";
import { NATIONAL, PROFILES, profileById, ScoringProfile } from "../core/scoring/profiles";
import { addWaiver, removeWaiver, Waiver, waiverRows } from "../core/waivers/index";
import { UserFacingError } from "../host/errors";
import { SpreadsheetHost } from "../host/host";
import { Journal } from "../host/journal";
import { CheckReport, overwritable } from "../host/types";
import { checkerFor } from "./engine";
import { clearMessage, fillMessage, insertMessage, Outcome, undoMessage, unwaiveMessage, validateMessage, waiveMessage } from "./messages";
import { openFindings, waivedFindings } from "./summary";
import { AUTO_TEMPLATE, storedProfile, storedTemplate, storeProfile, storeTemplate, TEMPLATE_OPTIONS } from "./settings";
import { byId, el } from "./view/dom";
import { FillChoice, setupFillDialog } from "./view/fill-dialog";
import { renderFindings } from "./view/findings-view";
import { ProgressStep, showMessage, showProgress } from "./view/status-view";
import { renderSummary, renderTemplateLine, renderWaivedLine } from "./view/summary-view";
import { setupTemplateDialog, TemplateChoice } from "./view/template-dialog";
import { setupWaiveDialog } from "./view/waive-dialog";
import { renderWaived } from "./view/waived-view";

export interface AppDeps {
  readonly host: SpreadsheetHost;
  /** Brings the pane into view when an action needs the user (a dialog, a failure): ribbon commands may run
   *  while the pane is hidden. */
  readonly reveal?: () => void;
}

/** What the toolbar buttons do; the ribbon's commands call the same functions. */
export interface PaneActions {
  validate(): Promise<void>;
  fill(): Promise<void>;
  insertTemplate(): Promise<void>;
  clearMarks(): Promise<void>;
  undo(): Promise<void>;
}

/** The pane's actions, and when it is connected (an action asked for before that would be refused as busy). */
export function startTaskpane({ host, reveal }: AppDeps): PaneActions & { readonly started: Promise<void> } {
  const journal = new Journal();
  const { features, settings } = host;
  let report: CheckReport | undefined;
  let profile: ScoringProfile = storedProfile(settings);
  /** The template pack chosen in 模板, or undefined for 自动识别 (detected per workbook). */
  let pack: TemplatePack | undefined = storedTemplate(settings);
  let busy = false;
  const show = new Set<Severity>(["error", "warning", "info"]);
  const toolbar = ["btn-validate", "btn-fill", "btn-template", "btn-clear", "btn-undo"].map((id) => byId<HTMLButtonElement>(id));
  const profileSelect = byId<HTMLSelectElement>("profile");
  const packSelect = byId<HTMLSelectElement>("pack");

  const refreshButtons = () => {
    toolbar.forEach((b) => (b.disabled = busy));
    profileSelect.disabled = busy;
    packSelect.disabled = busy;
    if (!busy) {
      byId<HTMLButtonElement>("btn-clear").disabled = !journal.marks?.cells.length;
      byId<HTMLButtonElement>("btn-undo").disabled = !journal.last;
    }
  };

  /** Runs one action with progress shown and any host error turned into a zh-CN message. */
  const act = async (step: ProgressStep, work: () => Promise<Outcome | void>): Promise<void> => {
    if (busy) {
      showMessage("请等待当前操作完成后再试。", "info");
      return;
    }
    fillDialog.close();
    templateDialog.close();
    waiveDialog.close();
    busy = true;
    refreshButtons();
    showProgress(step);
    try {
      const message = await work();
      if (message) showMessage(...message);
    } catch (e) {
      showMessage(host.describeError(e), "error");
      reveal?.();
    } finally {
      busy = false;
      showProgress(undefined);
      refreshButtons();
    }
  };

  const renderReport = () => {
    if (!report) return;
    byId("summary-section").hidden = false;
    byId("findings-section").hidden = false;
    renderTemplateLine(byId("summary-template"), report);
    renderSummary(byId<HTMLTableSectionElement>("summary-body"), report);
    renderWaivedLine(byId("summary-waived"), report);
    const canWaive = report.waivers ? (f: Finding) => waiveDialog.open(f) : undefined;
    renderFindings(byId("findings"), openFindings(report.findings), show, (f) => void onSelect(f), canWaive);
    const state = report.waivers;
    const waived = waivedFindings(report.findings).map((finding) => ({ finding, fingerprint: state!.fingerprint(finding) }));
    const stale = state?.stale ?? [];
    byId("waived-section").hidden = waived.length + stale.length === 0;
    renderWaived(byId("waived"), waived, stale, { select: (f) => void onSelect(f), unwaive: (print) => void onUnwaive(print) });
  };

  /** 校验 as the button does it: read, check, mark, render; the outcome's message. */
  const check = async (): Promise<Outcome> => {
    const checker = checkerFor(profile.id, pack?.id);
    const out = await host.validate({ check: checker, journal, onProgress: (stage) => showProgress(stage) });
    report = out.report;
    renderReport();
    if (out.notMarked) reveal?.();
    return validateMessage(out.report, out.marked, out.notMarked, features.notes);
  };

  /** Writes the workbook's waivers (the very-hidden sheet), then checks again so the marks and lists follow. */
  const storeWaivers = async (next: (list: readonly Waiver[]) => Waiver[]): Promise<Outcome> => {
    const unreadable = report?.waivers?.unreadable;
    if (unreadable) throw new UserFacingError(`${unreadable}。为免覆盖其中的内容，未保存此次更改。`);
    const list = next(report?.waivers?.list ?? []);
    await host.writeWaivers(waiverRows(list));
    return check();
  };

  const onWaive = (f: Finding, reason: string) =>
    void act("waive", async () => {
      const state = report?.waivers;
      if (!state) return;
      const print = state.fingerprint(f);
      return waiveMessage(await storeWaivers((list) => addWaiver(list, f, print, reason, new Date().toISOString())));
    });

  const onUnwaive = (print: string) =>
    act("waive", async () => unwaiveMessage(await storeWaivers((list) => removeWaiver(list, print))));

  const onSelect = (f: Finding) => act("select", () => host.selectCell(f.cell));

  const runFill = (overwrite?: ReadonlySet<string>) => host.fill({ journal, profile: profile.id, template: pack?.id, overwrite });

  const onFillChoice = (choice: FillChoice, plan: FillPlan) => {
    if (choice === "cancel") {
      showMessage("已取消填充，工作簿未改动。", "info");
      return;
    }
    const agreed = new Set(choice === "all" ? overwritable(plan).map((c) => cellKey(c.cell)) : []);
    void act("fill", async () => {
      return fillMessage(await runFill(agreed));
    });
  };

  const onTemplate = (choice: TemplateChoice) =>
    void act("template", async () => {
      const sheet = await host.insertScorecard(journal, { ...choice, profile });
      return insertMessage(sheet.name);
    });

  const fillDialog = setupFillDialog(onFillChoice);
  const templateDialog = setupTemplateDialog(onTemplate);
  const waiveDialog = setupWaiveDialog(onWaive);

  const actions: PaneActions = {
    validate: () => act("read", check),

    fill: () =>
      act("fill", async () => {
        const out = await runFill();
        if (!out.needsConfirmation) return fillMessage(out);
        fillDialog.open(out.plan);
        reveal?.();
        return ["部分单元格已有内容且与公式结果不一致，请在对话框中选择是否覆盖。", "info"];
      }),

    insertTemplate: async () => {
      if (busy) {
        showMessage("请等待当前操作完成后再试。", "info");
        return;
      }
      fillDialog.close();
      waiveDialog.close();
      templateDialog.open();
      reveal?.();
    },

    clearMarks: () =>
      act("clear", async () => clearMessage((await host.clearMarks(journal)).cleared)),

    undo: () =>
      act("undo", async () => {
        return undoMessage(await host.undo(journal));
      }),
  };

  byId("btn-validate").addEventListener("click", () => void actions.validate());
  byId("btn-fill").addEventListener("click", () => void actions.fill());
  byId("btn-template").addEventListener("click", () => void actions.insertTemplate());
  byId("btn-clear").addEventListener("click", () => void actions.clearMarks());
  byId("btn-undo").addEventListener("click", () => void actions.undo());

  byId("filters").addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    if (box.checked) show.add(box.value as Severity);
    else show.delete(box.value as Severity);
    renderReport();
  });

  profileSelect.replaceChildren(...PROFILES.map((p) => el("option", { text: p.name, attrs: { value: p.id } })));
  profileSelect.value = profile.id;
  profileSelect.addEventListener("change", () => {
    profile = profileById(profileSelect.value) ?? NATIONAL;
    const then = report ? "，点击“校验”按此口径重新校验" : "，校验时生效";
    storeProfile(settings, profile.id).then(
      () => showMessage(`评分口径已设为“${profile.name}”${then}。`, "info"),
      (e: unknown) => showMessage(`评分口径已改为“${profile.name}”，但未能保存：${e instanceof Error ? e.message : String(e)}`, "error"),
    );
  });

  packSelect.replaceChildren(...TEMPLATE_OPTIONS.map((t) => el("option", { text: t.name, attrs: { value: t.id } })));
  packSelect.value = pack?.id ?? AUTO_TEMPLATE;
  packSelect.addEventListener("change", () => {
    pack = packById(packSelect.value);
    const name = pack?.name ?? TEMPLATE_OPTIONS[0].name;
    const then = report ? "，点击“校验”按此模板重新校验" : "，校验和填充时生效";
    storeTemplate(settings, pack?.id ?? AUTO_TEMPLATE).then(
      () => showMessage(`模板已设为“${name}”${then}。`, "info"),
      (e: unknown) => showMessage(`模板已改为“${name}”，但未能保存：${e instanceof Error ? e.message : String(e)}`, "error"),
    );
  });

  const started = act("start", async () => {
    const sheetNames = await host.sheetNames();
    return [`已连接工作簿（${sheetNames.length} 张工作表）。点击“校验”开始。`, "info"];
  });
  return { ...actions, started };
}
