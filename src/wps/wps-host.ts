// The WPS 表格 side of the host boundary (src/host/host.ts) over window.Application. The object model is
// synchronous; the interface is asynchronous so that the pane treats both hosts alike.

import { highlightsFromFindings } from "../core/plan/highlights";
import { Highlight } from "../core/plan/plan";
import { SpreadsheetHost } from "../host/host";
import { activeBook, clearMarks, fill, validate, WPS_FEATURES } from "./actions";
import { describeWpsError } from "./errors";
import { EtApplication, EtEventRoot } from "./et";
import { insertScorecard, sheetNames } from "./insert-template";
import { recheckBook, watchBook } from "./live";
import { documentPropertyStore } from "./settings-store";
import { selectCell } from "./select";
import { undo } from "./undo";
import { writeWaivers } from "./waiver-sheet";

export function wpsHost(app: EtApplication & Partial<EtEventRoot>): SpreadsheetHost {
  /** The marks the last 校验 / 自动复查 made; undefined after any other change. */
  let marked: readonly Highlight[] | undefined;
  /**
   * While the add-in's own work runs: a SheetChange raised meanwhile is its own write (填充, 撤销, the waiver sheet).
   * Not verified in WPS whether such events come during the call or after it; after it they would be re-checked,
   * which is harmless (a re-check of what the add-in itself wrote) — marks and comments raise none in the fake.
   */
  let writing = 0;
  /** Runs synchronous work as a promise, so a throw becomes a rejection like an Office.js failure. */
  const later = async <T>(work: () => T): Promise<T> => {
    writing++;
    try {
      return work();
    } finally {
      writing--;
    }
  };
  const dropping = <T>(work: () => T) => {
    marked = undefined;
    return later(work);
  };

  const host: SpreadsheetHost = {
    name: "WPS 表格",
    features: WPS_FEATURES,
    settings: documentPropertyStore(app),
    sheetNames: () => later(() => sheetNames(activeBook(app).Worksheets)),
    validate: (request) =>
      dropping(() => {
        const out = validate(app, request);
        marked = out.notMarked ? [] : highlightsFromFindings(out.report.findings);
        return out;
      }),
    watch: async (listener) => watchBook(app, listener, () => writing > 0),
    recheck: async (request) => {
      const before = marked;
      if (!before) {
        const out = await host.validate(request);
        return { ...out, changed: out.marked };
      }
      return later(() => {
        const { highlights, ...out } = recheckBook(app, request, before);
        marked = highlights;
        return out;
      });
    },
    fill: (order) => dropping(() => fill(app, order)),
    insertScorecard: (journal, request) => dropping(() => insertScorecard(app, journal, request)),
    clearMarks: (journal) => dropping(() => clearMarks(app, journal)),
    undo: (journal) => dropping(() => undo(app, journal)),
    selectCell: (cell) => later(() => selectCell(app, cell)),
    writeWaivers: (rows) => later(() => writeWaivers(app, rows)),
    describeError: describeWpsError,
  };
  return host;
}
