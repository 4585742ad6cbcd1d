// The 填充 confirmation inside the pane: how many empty cells get a formula, which non-empty cells disagree with
// their formula, and the choice to fill only the empty ones, overwrite those too, or cancel.

import { FillPlan } from "../../core/fill/types";
import { overwritable } from "../../host/types";
import { byId, el } from "./dom";

export type FillChoice = "empty" | "all" | "cancel";

/** Listing hundreds of conflicts would bury the buttons; the rest are counted. */
const MAX_LISTED = 100;

export interface FillDialog {
  open(plan: FillPlan): void;
  close(): void;
  readonly isOpen: boolean;
}

/** Typed totals within the 尾数 of their parts: never overwritten, only counted. */
function withinRounding(plan: FillPlan): number {
  return plan.kept.filter((k) => k.because === "within-rounding").length;
}

export function fillSummaryText(plan: FillPlan): string {
  const empty = plan.writes.filter((w) => w.replaced === undefined).length;
  const differing = overwritable(plan);
  const tails = withinRounding(plan);
  const head = `将向 ${empty} 个空白单元格写入公式。`;
  const rounding = tails ? `（另有 ${tails} 个合计与各项之和只差尾数，保留原值）` : "";
  return `${head}另有 ${differing.length} 个单元格已有内容且与公式结果不一致${rounding}，覆盖前请确认：`;
}

export function setupFillDialog(onChoice: (choice: FillChoice, plan: FillPlan) => void): FillDialog {
  const overlay = byId("fill-dialog");
  let current: FillPlan | undefined;
  const choose = (choice: FillChoice) => {
    const plan = current;
    dialog.close();
    if (plan) onChoice(choice, plan);
  };
  byId("fill-empty").addEventListener("click", () => choose("empty"));
  byId("fill-all").addEventListener("click", () => choose("all"));
  byId("fill-cancel").addEventListener("click", () => choose("cancel"));
  overlay.addEventListener("keydown", (e) => {
    if (e.key === "Escape") choose("cancel");
  });

  const dialog: FillDialog = {
    open(plan) {
      current = plan;
      const differing = overwritable(plan);
      const empty = plan.writes.filter((w) => w.replaced === undefined).length;
      byId("fill-summary").textContent = fillSummaryText(plan);
      const items = differing.slice(0, MAX_LISTED).map((c) => el("li", { text: c.message }));
      if (differing.length > MAX_LISTED) items.push(el("li", { className: "more", text: `另有 ${differing.length - MAX_LISTED} 个未列出。` }));
      byId("fill-conflicts").replaceChildren(...items);
      byId("fill-empty").textContent = `只填空白单元格（${empty} 个）`;
      byId<HTMLButtonElement>("fill-empty").disabled = empty === 0;
      byId("fill-all").textContent = `全部填充（覆盖 ${differing.length} 个）`;
      overlay.hidden = false;
      byId<HTMLButtonElement>(empty ? "fill-empty" : "fill-cancel").focus();
    },
    close() {
      current = undefined;
      overlay.hidden = true;
    },
    get isOpen() {
      return !overlay.hidden;
    },
  };
  return dialog;
}
