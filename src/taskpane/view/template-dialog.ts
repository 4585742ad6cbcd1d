// The 插入模板 form inside the pane: which scorecard, how many indicator rows, and the year for the title.

import { DEFAULT_INDICATORS, MAX_INDICATORS, TemplateKind } from "../../core/templates";
import { byId } from "./dom";

export interface TemplateChoice {
  readonly kind: TemplateKind;
  readonly indicators: number;
  readonly year?: number;
}

export interface TemplateDialog {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/** The form's text fields read into a choice, or a zh-CN reason why not. */
export function readTemplateForm(kind: string, rows: string, year: string): TemplateChoice | string {
  if (kind !== "project" && kind !== "dept") return "请选择表样。";
  const n = Number(rows.trim());
  if (!/^\d+$/.test(rows.trim()) || n < 1 || n > MAX_INDICATORS) return `绩效指标行数应为 1 到 ${MAX_INDICATORS} 之间的整数。`;
  const y = year.trim();
  if (y === "") return { kind, indicators: n };
  if (!/^\d{4}$/.test(y) || Number(y) < 2000 || Number(y) > 2100) return "年度应为四位年份，如 2023，或不填。";
  return { kind, indicators: n, year: Number(y) };
}

export function setupTemplateDialog(onInsert: (choice: TemplateChoice) => void): TemplateDialog {
  const overlay = byId("template-dialog");
  const form = byId<HTMLFormElement>("template-form");
  const rows = byId<HTMLInputElement>("template-rows");
  const year = byId<HTMLInputElement>("template-year");
  const error = byId("template-error");
  rows.max = String(MAX_INDICATORS);
  rows.value = String(DEFAULT_INDICATORS);

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const kind = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? "";
    const choice = readTemplateForm(kind, rows.value, year.value);
    if (typeof choice === "string") {
      error.textContent = choice;
      return;
    }
    dialog.close();
    onInsert(choice);
  });
  byId("template-cancel").addEventListener("click", () => dialog.close());
  overlay.addEventListener("keydown", (e) => {
    if (e.key === "Escape") dialog.close();
  });

  const dialog: TemplateDialog = {
    open() {
      error.textContent = "";
      overlay.hidden = false;
      rows.focus();
    },
    close() {
      overlay.hidden = true;
    },
    get isOpen() {
      return !overlay.hidden;
    },
  };
  return dialog;
}
