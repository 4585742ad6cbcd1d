// The task pane's controller: buttons (and the ribbon's commands, which run in the same shared runtime) → one
// host action each → render. Holds the session's journal (for 清除标记 and 撤销), the scoring profile and the
// template pack (模板). 忽略并说明 / 撤销忽略 write the workbook's waiver sheet and check again, so marks, counts and
// lists follow. Never touches a host API directly: it gets a SpreadsheetHost (src/host/host.ts), picked by the
// entry page (Excel or WPS 表格).

import { FillPlan } from "../core/fill/types";
import { packById } from "../core/packs/index";
import { TemplatePack } from "../core/packs/model";
import { Finding, Severity } from "../core/findings/finding";
import { CellRef, cellKey, sameCell } from "../core/grid/address";
import { NATIONAL, PROFILES, profileById, ScoringProfile } from "../core/scoring/profiles";
import { addWaiver, removeWaiver, Waiver, waiverRows } from "../core/waivers/index";
import { UserFacingError } from "../host/errors";
import { SpreadsheetHost } from "../host/host";
import { Journal } from "../host/journal";
import { CheckReport, overwritable } from "../host/types";
import { checkerFor } from "./engine";
import { EditBurst } from "./edit-burst";
import { clearMessage, fillMessage, insertMessage, Outcome, recheckMessage, undoMessage, unwaiveMessage, validateMessage, waiveMessage } from "./messages";
import { indexAtCell, indexOfSame, positionText, problemsFirst, step, tableChips, TableKey, visibleFindings } from "./problems";
import { totals, waivedFindings } from "./summary";
import { AUTO_TEMPLATE, storedLive, storedProfile, storedTemplate, storeLive, storeProfile, storeTemplate, TEMPLATE_OPTIONS } from "./settings";
import { byId, el } from "./view/dom";
import { FillChoice, setupFillDialog } from "./view/fill-dialog";
import { renderFindings } from "./view/findings-view";
import { chipsTitle, renderChips, renderCounts } from "./view/problems-view";
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
  /** Open findings, problems first; the table chip picked; the finding shown expanded (上一个 / 下一个). */
  let ordered: Finding[] = [];
  let tableFilter: TableKey | undefined;
  let current: Finding | undefined;
  /** 自动复查: the switch, whether the marks are the last check's (only then is an edit re-checked), edits held
   *  while another action runs. */
  let liveOn = storedLive(settings) && !host.liveUnavailable;
  let armed = false;
  const held = new Set<string>();
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
      releaseHeld();
    }
  };

  const visible = () => visibleFindings(ordered, { severities: show, table: tableFilter });

  const renderReport = () => {
    if (!report) return;
    byId("summary-section").hidden = false;
    byId("findings-section").hidden = false;
    renderTemplateLine(byId("summary-template"), report);
    renderSummary(byId<HTMLTableSectionElement>("summary-body"), report);
    renderWaivedLine(byId("summary-waived"), report);
    renderCounts(byId("counts"), totals(report), show, toggleSeverity);
    const chips = tableChips(report);
    if (tableFilter && !chips.some((c) => c.table === tableFilter!.table && c.sheet === tableFilter!.sheet)) tableFilter = undefined;
    renderChips(byId("table-chips"), chips, tableFilter, (t) => {
      tableFilter = t;
      renderReport();
    });
    byId("chips-title").textContent = chipsTitle(chips, tableFilter);
    const list = visible();
    const index = indexOfSame(list, current);
    if (index < 0) current = undefined;
    else current = list[index];
    const canWaive = report.waivers ? (f: Finding) => waiveDialog.open(f) : undefined;
    renderFindings(byId("findings"), list, ordered.length, index, { select: (f) => goTo(f), goto: (c) => selectInBook(c), waive: canWaive });
    byId("nav-pos").textContent = positionText(index, list.length);
    byId<HTMLButtonElement>("btn-prev").disabled = list.length === 0;
    byId<HTMLButtonElement>("btn-next").disabled = list.length === 0;
    const state = report.waivers;
    const waived = waivedFindings(report.findings).map((finding) => ({ finding, fingerprint: state!.fingerprint(finding) }));
    const stale = state?.stale ?? [];
    byId("waived-section").hidden = waived.length + stale.length === 0;
    renderWaived(byId("waived"), waived, stale, { select: (f) => selectInBook(f.cell), unwaive: (print) => void onUnwaive(print) });
  };

  const setReport = (next: CheckReport) => {
    report = next;
    ordered = problemsFirst(next);
    renderReport();
  };

  const toggleSeverity = (s: Severity) => {
    if (show.has(s) && show.size > 1) show.delete(s);
    else show.add(s);
    renderReport();
  };

  /** Selections run one after another, in the order asked, whatever else runs (an Excel.run each). */
  let selecting: Promise<void> = Promise.resolve();
  /** Cells the pane selected whose selection event has not come yet: those events are the pane's own echo. */
  const echoes: string[] = [];
  const selectInBook = (cell: CellRef) => {
    echoes.push(cellKey(cell));
    selecting = selecting.then(() => host.selectCell(cell)).catch((e: unknown) => {
      echoes.splice(echoes.indexOf(cellKey(cell)), 1);
      showMessage(host.describeError(e), "error");
    });
  };

  const scrollToCurrent = () => byId("findings").querySelector("li.current")?.scrollIntoView({ block: "nearest" });

  /** Makes a finding current (expanded) and selects its cell in the workbook. */
  const goTo = (f: Finding) => {
    current = f;
    renderReport();
    scrollToCurrent();
    selectInBook(f.cell);
  };

  const move = (direction: 1 | -1) => {
    const list = visible();
    const next = step(indexOfSame(list, current), list.length, direction);
    if (next >= 0) goTo(list[next]);
  };

  /** The pane follows the selection: a marked cell's finding becomes current; an unmarked cell changes nothing. */
  const onSelected = (cell: CellRef) => {
    const echo = echoes.indexOf(cellKey(cell));
    if (echo >= 0) {
      echoes.splice(0, echo + 1); // this one and any older whose event never came
      return;
    }
    if (!report || (current && sameCell(current.cell, cell))) return;
    if (indexAtCell(visible(), cell) < 0) {
      if (indexAtCell(ordered, cell) < 0) return;
      ["error", "warning", "info"].forEach((s) => show.add(s as Severity)); // filtered out: show it all again
      tableFilter = undefined;
    }
    const list = visible();
    current = list[indexAtCell(list, cell)];
    renderReport();
    scrollToCurrent();
  };

  /** 自动复查 of the sheets an edit burst touched; while another action runs the sheets wait for it. */
  const recheckNow = async (sheets: string[]) => {
    if (!liveOn || !armed) return;
    if (busy) {
      sheets.forEach((s) => held.add(s));
      return;
    }
    busy = true;
    refreshButtons();
    showProgress("recheck");
    try {
      const out = await host.recheck({ check: checkerFor(profile.id, pack?.id), journal, sheets });
      setReport(out.report);
      showMessage(...recheckMessage(out.report, out.changed, sheets, out.notMarked));
    } catch (e) {
      armed = false; // the marks may no longer be the last check's: wait for the next 校验
      showMessage(`${host.describeError(e)}自动复查已暂停，点击“校验”后恢复。`, "error");
    } finally {
      busy = false;
      showProgress(undefined);
      refreshButtons();
      releaseHeld();
    }
  };
  const burst = new EditBurst((sheets) => void recheckNow(sheets));
  function releaseHeld(): void {
    if (!held.size) return;
    const sheets = [...held];
    held.clear();
    if (liveOn && armed) burst.add(sheets);
  }

  /** 校验 as the button does it: read, check, mark, render; the outcome's message. */
  const check = async (): Promise<Outcome> => {
    const checker = checkerFor(profile.id, pack?.id);
    burst.cancel(); // a 校验 reads every sheet anyway
    held.clear();
    const out = await host.validate({ check: checker, journal, onProgress: (stage) => showProgress(stage) });
    setReport(out.report);
    armed = !out.notMarked;
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

  /** After 填充, 插入模板, 清除标记 or 撤销 the marks are no longer the last check's: edits wait for the next 校验. */
  const disarm = () => {
    armed = false;
    burst.cancel();
  };

  const runFill = (overwrite?: ReadonlySet<string>) => {
    disarm();
    return host.fill({ journal, profile: profile.id, template: pack?.id, overwrite });
  };

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
      disarm();
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
      act("clear", async () => {
        disarm();
        return clearMessage((await host.clearMarks(journal)).cleared);
      }),

    undo: () =>
      act("undo", async () => {
        disarm();
        return undoMessage(await host.undo(journal));
      }),
  };

  byId("btn-validate").addEventListener("click", () => void actions.validate());
  byId("btn-fill").addEventListener("click", () => void actions.fill());
  byId("btn-template").addEventListener("click", () => void actions.insertTemplate());
  byId("btn-clear").addEventListener("click", () => void actions.clearMarks());
  byId("btn-undo").addEventListener("click", () => void actions.undo());

  byId("btn-prev").addEventListener("click", () => move(-1));
  byId("btn-next").addEventListener("click", () => move(1));
  // F8 / Shift+F8 as in a code editor's problems, Alt+↓ / Alt+↑ too; not while a dialog or a field has the keys.
  document.addEventListener("keydown", (e) => {
    if (!report || fillDialog.isOpen || templateDialog.isOpen || waiveDialog.isOpen) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) && (target as HTMLInputElement).type !== "checkbox") return;
    const direction = e.key === "F8" ? (e.shiftKey ? -1 : 1) : e.altKey && e.key === "ArrowDown" ? 1 : e.altKey && e.key === "ArrowUp" ? -1 : 0;
    if (!direction) return;
    e.preventDefault();
    move(direction);
  });

  const liveBox = byId<HTMLInputElement>("live");
  const liveNote = byId("live-note");
  const liveOff = (why: string) => {
    liveOn = false;
    liveBox.checked = false;
    liveBox.disabled = true;
    liveBox.parentElement!.title = why;
    liveNote.textContent = why;
    liveNote.hidden = false;
  };
  liveBox.checked = liveOn;
  if (host.liveUnavailable) liveOff(host.liveUnavailable);
  liveBox.addEventListener("change", () => {
    liveOn = liveBox.checked;
    if (!liveOn) burst.cancel();
    const text = liveOn ? "自动复查已开启：编辑单元格后自动重新校验所改的工作表并更新标记。" : "自动复查已关闭：编辑后请点击“校验”。";
    storeLive(settings, liveOn).then(
      () => showMessage(text, "info"),
      (e: unknown) => showMessage(`${text}但未能保存：${e instanceof Error ? e.message : String(e)}`, "error"),
    );
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
    try {
      await host.watch({ selected: onSelected, edited: (sheets) => liveOn && armed && burst.add(sheets) });
    } catch {
      liveOff("此版本不支持工作表事件：自动复查和跟随选择不可用，编辑后请点击“校验”。");
    }
    return [`已连接工作簿（${sheetNames.length} 张工作表）。点击“校验”开始。`, "info"];
  });
  return { ...actions, started };
}
