// The 忽略并说明 dialog inside the pane: the finding being answered (as text), a reason (required, trimmed,
// at most MAX_REASON_CHARS), 确定 / 取消.

import { Finding } from "../../core/findings/finding";
import { checkReason, MAX_REASON_CHARS } from "../../core/waivers/model";
import { whereLine } from "../summary";
import { byId } from "./dom";

export interface WaiveDialog {
  open(f: Finding): void;
  close(): void;
  readonly isOpen: boolean;
}

export function setupWaiveDialog(onWaive: (f: Finding, reason: string) => void): WaiveDialog {
  const overlay = byId("waive-dialog");
  const form = byId<HTMLFormElement>("waive-form");
  const reason = byId<HTMLTextAreaElement>("waive-reason");
  const error = byId("waive-error");
  reason.maxLength = MAX_REASON_CHARS;
  let current: Finding | undefined;

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!current) return;
    const checked = checkReason(reason.value);
    if ("error" in checked) {
      error.textContent = checked.error;
      reason.focus();
      return;
    }
    const f = current;
    dialog.close();
    onWaive(f, checked.reason);
  });
  byId("waive-cancel").addEventListener("click", () => dialog.close());
  overlay.addEventListener("keydown", (e) => {
    if (e.key === "Escape") dialog.close();
  });

  const dialog: WaiveDialog = {
    open(f) {
      current = f;
      byId("waive-where").textContent = whereLine(f);
      byId("waive-finding").textContent = f.message;
      reason.value = "";
      error.textContent = "";
      overlay.hidden = false;
      reason.focus();
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
