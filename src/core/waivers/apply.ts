// Waivers against findings: which findings they answer (matched by fingerprint and rule), which waivers answer
// nothing any more (stale: the figure changed, or the finding is gone), and the list after adding or removing one.

import { cellA1, qualifiedA1 } from "../grid/address";
import { Finding } from "../findings/finding";
import { Waiver } from "./model";

export interface Applied {
  /** The findings, each answered one carrying its waiver; order unchanged. */
  readonly findings: readonly Finding[];
  /** Waivers that match no finding. */
  readonly stale: readonly Waiver[];
}

/** `fingerprint` gives each finding's fingerprint (computed once by the engine). */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], fingerprint: (f: Finding) => string, apply = true): Applied {
  const byPrint = new Map(waivers.map((w) => [w.fingerprint, w]));
  const used = new Set<Waiver>();
  const out = findings.map((f) => {
    const w = byPrint.get(fingerprint(f));
    if (!w || w.rule !== f.rule) return f;
    used.add(w);
    return apply ? { ...f, waiver: { reason: w.reason, at: w.at } } : f;
  });
  return { findings: out, stale: waivers.filter((w) => !used.has(w)) };
}

/** The list with `finding` answered by `reason` (replacing an earlier answer to the same finding). */
export function addWaiver(waivers: readonly Waiver[], finding: Finding, fingerprint: string, reason: string, at: string): Waiver[] {
  const waiver: Waiver = {
    rule: finding.rule,
    check: finding.check,
    kind: finding.kind ?? "",
    table: finding.table,
    fingerprint,
    where: qualifiedA1(finding.cell.sheet, cellA1(finding.cell)),
    reason,
    at,
  };
  return [...waivers.filter((w) => w.fingerprint !== fingerprint), waiver];
}

export function removeWaiver(waivers: readonly Waiver[], fingerprint: string): Waiver[] {
  return waivers.filter((w) => w.fingerprint !== fingerprint);
}
