// 校验 as one Excel.run: read the workbook (one sync when the sheet list is known), run the injected check,
// mark the findings (one sync for a workbook the size of the sample), record the change for 撤销/清除标记.

import { highlightsFromFindings } from "../core/plan/highlights";
import { applyHighlights } from "./apply-highlights";
import { ProtectedSheetsError } from "./errors";
import { Features } from "../host/features";
import { HostContext } from "./host";
import { Journal } from "../host/journal";
import { NOTE_PROBE_BUDGET } from "./limits";
import { readWorkbook } from "./read-workbook";
import { Checker, ValidateResult, Stage } from "../host/types";
import { Grid } from "../core/grid/grid";
import { KnownState } from "../host/known-state";
import { Highlight } from "../core/plan/plan";

export type { CheckReport, Checker, Stage } from "../host/types";

export interface ValidateOptions {
  readonly check: Checker;
  readonly features: Features;
  readonly journal: Journal;
  /** Sheet names from an earlier read; the read then takes one sync. */
  readonly sheetNames?: readonly string[];
  /** An earlier read had to be batched (a very large workbook): read in batches straight away. */
  readonly batched?: boolean;
  /** Mark findings in the workbook (default true). */
  readonly mark?: boolean;
  readonly onProgress?: (stage: Stage) => void;
}

export interface ValidateOutcome extends ValidateResult {
  readonly sheetNames: readonly string[];
  /** The read was batched: pass `batched` next time. */
  readonly batched: boolean;
  readonly syncs: number;
  /** What was read and marked, for 自动复查 (recheck.ts). */
  readonly grid: Grid;
  readonly known: KnownState;
  readonly highlights: readonly Highlight[];
}

export async function validate(context: HostContext, options: ValidateOptions): Promise<ValidateOutcome> {
  const { journal, features } = options;
  options.onProgress?.("read");
  // Notes under the previous marks are read with the workbook, unless there are so many that the read's request
  // would grow past budget; then they are probed later in budgeted batches.
  const noted = (journal.marks?.cells ?? []).filter((c) => c.note !== undefined).map((c) => c.cell);
  const noteCells = noted.length <= NOTE_PROBE_BUDGET ? noted : [];
  const read = await readWorkbook(context, features, { sheetNames: options.sheetNames, noteCells, batched: options.batched });
  journal.forgetSheetsOtherThan(read.sheetNames);

  options.onProgress?.("check");
  const report = options.check(read.grid);
  const highlights = options.mark === false ? [] : highlightsFromFindings(report.findings);
  const base = { report, sheetNames: read.sheetNames, batched: read.batched, grid: read.grid, known: read.known, highlights };
  if (highlights.length === 0 && !journal.marks?.cells.length) return { ...base, marked: 0, syncs: read.syncs };

  options.onProgress?.("mark");
  try {
    const previous = journal.marks;
    const result = await applyHighlights(context, highlights, {
      features, known: read.known, previous, protectedSheets: read.protectedSheets,
    });
    journal.record({ label: "校验", before: result.before, marksBefore: previous, marksAfter: result.marks });
    return { ...base, marked: highlights.length, syncs: read.syncs + result.syncs };
  } catch (e) {
    if (e instanceof ProtectedSheetsError) return { ...base, highlights: [], marked: 0, notMarked: e.message, syncs: read.syncs };
    throw e;
  }
}
