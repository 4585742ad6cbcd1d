// What the core asks a host to do, as data. Hosts (Excel adapter, CLI writer) apply plans; the core never
// calls into a host.

import { CellRef } from "../grid/address";
import { Severity } from "../findings/finding";

/** Mark a cell: fill colour by severity and a note that explains it. */
export interface Highlight {
  readonly cell: CellRef;
  readonly severity: Severity;
  readonly note: string;
}

/** Write a derived cell: a live formula, the value the engine computed, and the number format to show it in. */
export interface CellWrite {
  readonly cell: CellRef;
  readonly formula: string;
  /** The engine's value, for reports and for hosts that cache results; a string for grades. */
  readonly value: string;
  readonly numberFormat?: string;
}

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
