// Above the list: the counts per severity (each a toggle that filters the list), the per-table chips (tables with
// problems only; a chip filters the list to its table), and the position of 上一个 / 下一个.

import { Severity, SEVERITY_LABEL } from "../../core/findings/finding";
import { SEVERITY_ORDER, TableChip, TableKey, sameTable } from "../problems";
import { el } from "./dom";
import { severityIcon } from "./icons";

/** The severity toggles: "错误 31" with its icon, pressed when shown. */
export function renderCounts(container: HTMLElement, counts: Readonly<Record<Severity, number>>, shown: ReadonlySet<Severity>, toggle: (s: Severity) => void): void {
  container.replaceChildren(...SEVERITY_ORDER.map((s) => {
    const b = el("button", {
      className: `count ${s}`,
      attrs: { type: "button", "aria-pressed": String(shown.has(s)), "data-severity": s, title: `显示或隐藏${SEVERITY_LABEL[s]}` },
    }, severityIcon(s), el("span", { text: `${SEVERITY_LABEL[s]} ${counts[s]}` }));
    b.addEventListener("click", () => toggle(s));
    return b;
  }));
}

/** The line the chips fold under: how many tables have problems, and the one picked. */
export function chipsTitle(chips: readonly TableChip[], active: TableKey | undefined): string {
  const picked = chips.find((c) => sameTable(c, active));
  const head = `按表筛选：${chips.length} 张表有问题`;
  return picked ? `${head}，当前只看 ${picked.label}（${picked.total} 个）` : head;
}

/** The compact summary: one chip per table with problems, and 全部 to undo a chip. */
export function renderChips(container: HTMLElement, chips: readonly TableChip[], active: TableKey | undefined, pick: (t: TableKey | undefined) => void): void {
  const chip = (label: string, title: string, key: TableKey | undefined, worst?: Severity) => {
    const b = el("button", {
      className: `chip${worst ? ` ${worst}` : ""}`,
      text: label,
      attrs: { type: "button", "aria-pressed": String(sameTable(key, active)), title },
    });
    b.addEventListener("click", () => pick(sameTable(key, active) ? undefined : key));
    return b;
  };
  container.replaceChildren(
    chip("全部", "显示所有表的问题", undefined),
    ...chips.map((c) => {
      const worst = SEVERITY_ORDER.find((s) => c.counts[s] > 0);
      const detail = SEVERITY_ORDER.filter((s) => c.counts[s]).map((s) => `${SEVERITY_LABEL[s]} ${c.counts[s]}`).join("，");
      return chip(`${c.label} ${c.total}`, `${c.label}（${c.sheet}）：${detail}`, { table: c.table, sheet: c.sheet }, worst);
    }),
  );
}
