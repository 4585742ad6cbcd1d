// The one place that touches the Office and Excel globals: Excel.run and the requirement-set check.
// Everything else receives a Host, so the task pane and ribbon commands run against the fake in tests.

import { detectFeatures, Features } from "./features";
import { HostContext } from "./host";

export interface Host {
  run<T>(batch: (context: HostContext) => Promise<T>): Promise<T>;
  readonly features: Features;
}

export function officeHost(): Host {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    features: detectFeatures((name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion)),
  };
}
