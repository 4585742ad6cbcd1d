// The WPS 表格 side of the host boundary (src/host/host.ts) over window.Application. The object model is
// synchronous; the interface is asynchronous so that the pane treats both hosts alike.

import { SpreadsheetHost } from "../host/host";
import { activeBook, clearMarks, fill, validate, WPS_FEATURES } from "./actions";
import { describeWpsError } from "./errors";
import { EtApplication } from "./et";
import { insertScorecard, sheetNames } from "./insert-template";
import { documentPropertyStore } from "./settings-store";
import { selectCell } from "./select";
import { undo } from "./undo";
import { writeWaivers } from "./waiver-sheet";

/** Runs synchronous work as a promise, so a throw becomes a rejection like an Office.js failure. */
const later = async <T>(work: () => T): Promise<T> => work();

export function wpsHost(app: EtApplication): SpreadsheetHost {
  return {
    name: "WPS 表格",
    features: WPS_FEATURES,
    settings: documentPropertyStore(app),
    sheetNames: () => later(() => sheetNames(activeBook(app).Worksheets)),
    validate: (request) => later(() => validate(app, request)),
    fill: (order) => later(() => fill(app, order)),
    insertScorecard: (journal, request) => later(() => insertScorecard(app, journal, request)),
    clearMarks: (journal) => later(() => clearMarks(app, journal)),
    undo: (journal) => later(() => undo(app, journal)),
    selectCell: (cell) => later(() => selectCell(app, cell)),
    writeWaivers: (rows) => later(() => writeWaivers(app, rows)),
    describeError: describeWpsError,
  };
}
