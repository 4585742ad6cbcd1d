// Progress indicator and the one-line status message under the toolbar.

import { Stage } from "../../host/types";
import { MessageKind } from "../messages";
import { byId } from "./dom";

export type ProgressStep = Stage | "clear" | "undo" | "select" | "start" | "fill" | "template" | "waive" | "recheck";

const STEP_TEXT: Readonly<Record<ProgressStep, string>> = {
  start: "正在连接工作簿…",
  read: "正在读取工作簿…",
  check: "正在校验…",
  mark: "正在标记单元格…",
  clear: "正在清除标记…",
  undo: "正在撤销…",
  select: "正在定位…",
  fill: "正在填充…",
  template: "正在插入模板…",
  waive: "正在保存忽略说明…",
  recheck: "正在自动复查…",
};

export function showProgress(step: ProgressStep | undefined): void {
  const box = byId("progress");
  box.hidden = step === undefined;
  byId("progress-text").textContent = step ? STEP_TEXT[step] : "";
}

export function showMessage(text: string, kind: MessageKind = "info"): void {
  const node = byId("message");
  node.textContent = text;
  node.className = `message ${kind}`;
}
