// The 汇总: the template in use ("模板：…（自动识别）"), then one row per recognised table with its errors,
// warnings and 尾数, and a total row.

import { Severity } from "../../core/findings/finding";
import { CheckReport } from "../../host/types";
import { summarize, templateLine, totals, waivedFindings } from "../summary";
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

/** Under the table: how many findings are answered (忽略并说明), counted apart from it; hidden when none. */
export function renderWaivedLine(node: HTMLElement, report: CheckReport): void {
  const n = waivedFindings(report.findings).length;
  const stale = report.waivers?.stale.length ?? 0;
  const parts = [n ? `已忽略（附说明）${n} 条，不计入上表` : "", stale ? `失效的忽略说明 ${stale} 条` : ""].filter(Boolean);
  const warnings = report.waivers?.warnings ?? [];
  const line = parts.length ? `${parts.join("；")}，见下方“已忽略”。` : "";
  node.textContent = [line, ...warnings.map((w) => `${w}。`)].filter(Boolean).join("");
  node.hidden = !line && warnings.length === 0;
}

/** The template line above the table, as text (a pack's name is the add-in's own, but never parsed as markup). */
export function renderTemplateLine(node: HTMLElement, report: CheckReport): void {
  const line = templateLine(report);
  node.textContent = line ?? "";
  node.hidden = line === undefined;
}
