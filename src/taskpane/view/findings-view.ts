// The 问题列表: open findings problems first (errors, warnings, 尾数, each in sheet order), under one heading per
// severity; a click selects the cell in the workbook and makes the finding current. The current finding is shown
// expanded: its figures (应为 / 实为 / 差额 / 允许误差) and every other cell it involves, each a link that goes there.
// 忽略并说明 beside each finding opens the dialog that answers it.

import { CellRef } from "../../core/grid/address";
import { Finding, SEVERITY_LABEL } from "../../core/findings/finding";
import { cellLabel, figures, involvedCells } from "../problems";
import { numbersLine, whereLine } from "../summary";
import { el } from "./dom";
import { severityIcon } from "./icons";

/** Rendering tens of thousands of buttons would freeze the pane; the rest are counted instead. */
const MAX_SHOWN = 1000;

export interface FindingsHandlers {
  /** A finding clicked: make it current and select its cell. */
  select(f: Finding): void;
  /** An involved cell's link. */
  goto(cell: CellRef): void;
  waive?(f: Finding): void;
}

/**
 * `visible`: the findings after the filters, in order; `open`: how many there are before the filters (for the
 * empty text); `current`: the index in `visible` of the expanded one, or -1.
 */
export function renderFindings(container: HTMLElement, visible: readonly Finding[], open: number, current: number, on: FindingsHandlers): void {
  if (visible.length === 0) {
    container.replaceChildren(el("p", { className: "empty", text: open ? "没有符合筛选条件的问题。" : "未发现问题。" }));
    return;
  }
  const nodes: Node[] = [];
  let list: HTMLUListElement | undefined;
  let severity: Finding["severity"] | undefined;
  const shown = visible.slice(0, MAX_SHOWN);
  shown.forEach((f, i) => {
    if (f.severity !== severity) {
      severity = f.severity;
      const count = visible.filter((g) => g.severity === severity).length;
      nodes.push(el("h3", { className: `group ${severity}`, text: `${SEVERITY_LABEL[severity]} · ${count} 条` }));
      nodes.push((list = el("ul", { className: "findings" })));
    }
    list!.append(item(f, i === current, on));
  });
  if (visible.length > shown.length) nodes.push(el("p", { className: "more", text: `另有 ${visible.length - shown.length} 条未列出，请先修正上面的问题后重新校验。` }));
  container.replaceChildren(...nodes);
}

function item(f: Finding, current: boolean, on: FindingsHandlers): HTMLLIElement {
  const li = el("li", { className: current ? "item current" : "item" }, findingButton(f, on.select, current));
  if (current) li.append(detail(f, on.goto));
  if (on.waive) li.append(waiveButton(f, on.waive));
  return li;
}

function waiveButton(f: Finding, onWaive: (f: Finding) => void): HTMLButtonElement {
  const button = el("button", {
    className: "waive",
    text: "忽略并说明",
    attrs: { type: "button", title: "此处不是错误：写下理由，问题将单独列出、不再标红", "aria-label": `忽略并说明：${whereLine(f)}` },
  });
  button.addEventListener("click", () => onWaive(f));
  return button;
}

/** The expanded part of the current finding: figures, then the other cells involved as links. */
function detail(f: Finding, goto: (cell: CellRef) => void): HTMLElement {
  const box = el("div", { className: "detail" });
  const rows = figures(f);
  if (rows.length) box.append(el("dl", { className: "figures" }, ...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])));
  const others = involvedCells(f);
  if (others.length) {
    const links = others.map((c) => {
      const a = el("button", { className: "cell-link", text: cellLabel(c), attrs: { type: "button", title: "转到此单元格" } });
      a.addEventListener("click", () => goto(c));
      return el("li", {}, a);
    });
    box.append(el("p", { className: "involved-head", text: `涉及的其他单元格（${others.length} 个）：` }), el("ul", { className: "links" }, ...links));
  }
  return box;
}

export function findingButton(f: Finding, onSelect: (f: Finding) => void, current = false): HTMLButtonElement {
  const numbers = numbersLine(f);
  const attrs: Record<string, string> = { type: "button", title: "选中此单元格" };
  if (current) attrs["aria-current"] = "true";
  const button = el("button", { className: `finding ${f.severity}`, attrs },
    el("span", { className: "badge" }, severityIcon(f.severity), el("span", { text: SEVERITY_LABEL[f.severity] })),
    el("span", { className: "where", text: whereLine(f) }),
    el("span", { className: "message", text: f.message }),
    ...(numbers ? [el("span", { className: "numbers", text: numbers })] : []));
  button.addEventListener("click", () => onSelect(f));
  return button;
}
