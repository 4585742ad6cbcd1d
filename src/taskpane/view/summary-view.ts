// The 汇总: the template in use ("模板：…（自动识别）"), then one row per recognised table with its errors,
// warnings and 尾数, and a total row.

import { Severity } from "../../core/findings/finding";
import { CheckReport } from "../../excel/validate";
import { summarize, templateLine, totals } from "../summary";
import { el } from "./dom";

const ORDER: readonly Severity[] = ["error", "warning", "info"];

export function renderSummary(tbody: HTMLTableSectionElement, report: CheckReport): void {
  const rows = summarize(report).map((r) =>
    el("tr", {},
      el("td", { text: r.table }),
      el("td", { text: r.sheet }),
      ...ORDER.map((s) => el("td", { className: r.counts[s] ? `num ${s}` : "num", text: String(r.counts[s]) }))));
  const t = totals(report);
  const total = el("tr", { className: "total" },
    el("td", { text: "合计", attrs: { colspan: "2" } }),
    ...ORDER.map((s) => el("td", { className: "num", text: String(t[s]) })));
  tbody.replaceChildren(...rows, total);
}

/** The template line above the table, as text (a pack's name is the add-in's own, but never parsed as markup). */
export function renderTemplateLine(node: HTMLElement, report: CheckReport): void {
  const line = templateLine(report);
  node.textContent = line ?? "";
  node.hidden = line === undefined;
}
