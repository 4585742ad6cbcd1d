// The 问题列表: open findings grouped by table (the prose's in one 说明 group), filtered by severity; clicking one
// selects its cell, and 忽略并说明 beside it opens the dialog that answers it.

import { Finding, Severity, SEVERITY_LABEL } from "../../core/findings/finding";
import { groupByTable, numbersLine, whereLine } from "../summary";
import { el } from "./dom";

/** Rendering tens of thousands of buttons would freeze the pane; the rest are counted instead. */
const MAX_SHOWN = 1000;

export function renderFindings(
  container: HTMLElement,
  findings: readonly Finding[],
  show: ReadonlySet<Severity>,
  onSelect: (f: Finding) => void,
  onWaive?: (f: Finding) => void,
): void {
  const visible = findings.filter((f) => show.has(f.severity));
  if (visible.length === 0) {
    container.replaceChildren(el("p", { className: "empty", text: findings.length ? "没有符合筛选条件的问题。" : "未发现问题。" }));
    return;
  }
  const groups: Node[] = [];
  let shown = 0;
  for (const [title, list] of groupByTable(visible)) {
    if (shown >= MAX_SHOWN) break;
    const items = list.slice(0, MAX_SHOWN - shown).map((f) => el("li", {}, findingButton(f, onSelect), ...(onWaive ? [waiveButton(f, onWaive)] : [])));
    shown += items.length;
    groups.push(el("details", { attrs: { open: "" } },
      el("summary", { text: `${title} · ${list.length} 条` }),
      el("ul", { className: "findings" }, ...items)));
  }
  if (visible.length > shown) groups.push(el("p", { className: "more", text: `另有 ${visible.length - shown} 条未列出，请先修正上面的问题后重新校验。` }));
  container.replaceChildren(...groups);
}

function waiveButton(f: Finding, onWaive: (f: Finding) => void): HTMLButtonElement {
  const button = el("button", { className: "waive", text: "忽略并说明", attrs: { type: "button", title: "此处不是错误：写下理由，问题将单独列出、不再标红" } });
  button.addEventListener("click", () => onWaive(f));
  return button;
}

export function findingButton(f: Finding, onSelect: (f: Finding) => void): HTMLButtonElement {
  const numbers = numbersLine(f);
  const button = el("button", { className: `finding ${f.severity}`, attrs: { type: "button", title: "选中此单元格" } },
    el("span", { className: "badge", text: SEVERITY_LABEL[f.severity] }),
    el("span", { className: "where", text: whereLine(f) }),
    el("span", { className: "message", text: f.message }),
    ...(numbers ? [el("span", { className: "numbers", text: numbers })] : []));
  button.addEventListener("click", () => onSelect(f));
  return button;
}
