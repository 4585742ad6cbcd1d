// The one place that touches the Office and Excel globals: Excel.run and the requirement-set check.
// Everything else receives a Host, so the task pane and ribbon commands run against the fake in tests.

import { detectFeatures, Features } from "../host/features";
import { HostContext } from "./host";
import { TemplateHostContext } from "./template-host";
import { WaiverHostContext } from "./waiver-sheet";
import { EventHostContext } from "./events";

/** What one Excel.run hands the add-in: reading and marking (host.ts), adding sheets (template-host.ts) and writing
 *  the waiver sheet (waiver-sheet.ts). */
export type AddinContext = HostContext & TemplateHostContext & WaiverHostContext & EventHostContext;

export interface Host {
  run<T>(batch: (context: AddinContext) => Promise<T>): Promise<T>;
  readonly features: Features;
}

export function officeHost(): Host {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    features: detectFeatures((name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion)),
  };
}

// Compile-time proof that the real request context offers both slices at once.
type Fits<T extends U, U> = T;
export type RealAddinContextFits = Fits<Excel.RequestContext, AddinContext>;
