// The 已忽略（附说明） section: each answered finding with its reason and 撤销忽略, then the waivers that answer
// nothing any more (the figure changed, or the finding is gone). Reasons are workbook text: textContent only.

import { Finding } from "../../core/findings/finding";
import { Waiver } from "../../core/waivers/model";
import { el } from "./dom";
import { findingButton } from "./findings-view";

export interface WaivedActions {
  select(f: Finding): void;
  /** Takes the waiver with this fingerprint back. */
  unwaive(fingerprint: string): void;
}

/** "2026-12-06 10:30" from the stored ISO time, or the text as stored when it is not one. */
export function waivedWhen(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]}` : at;
}

function unwaiveButton(fingerprint: string, actions: WaivedActions): HTMLButtonElement {
  const button = el("button", { className: "unwaive", text: "撤销忽略", attrs: { type: "button" } });
  button.addEventListener("click", () => actions.unwaive(fingerprint));
  return button;
}

function reasonLine(reason: string, at: string): HTMLElement {
  const when = waivedWhen(at);
  return el("p", { className: "reason-line" },
    el("span", { className: "label", text: "说明：" }),
    el("span", { className: "reason", text: reason }),
    ...(when ? [el("span", { className: "when", text: `（${when}）` })] : []));
}

export function renderWaived(
  container: HTMLElement,
  waived: readonly { readonly finding: Finding; readonly fingerprint: string }[],
  stale: readonly Waiver[],
  actions: WaivedActions,
): void {
  const nodes: Node[] = [];
  if (waived.length) {
    nodes.push(el("ul", { className: "findings waived" }, ...waived.map(({ finding, fingerprint }) =>
      el("li", {}, findingButton(finding, actions.select), reasonLine(finding.waiver!.reason, finding.waiver!.at), unwaiveButton(fingerprint, actions)))));
  }
  if (stale.length) {
    nodes.push(el("p", { className: "stale-head", text: `失效的忽略说明 ${stale.length} 条：对应的问题已不存在，或所涉数字已改变。` }));
    nodes.push(el("ul", { className: "findings stale" }, ...stale.map((w) =>
      el("li", {},
        el("p", { className: "where", text: `${w.table} ${w.where}（${w.rule}）` }),
        reasonLine(w.reason, w.at),
        unwaiveButton(w.fingerprint, actions)))));
  }
  container.replaceChildren(...nodes);
}
