// Ribbon commands (the manifest's FunctionName entries). The add-in runs in one shared runtime (manifest.xml:
// Runtimes, FunctionFile = taskpane.html), so each command calls the task pane's own action: marks made from the
// ribbon are cleared from the pane, 撤销 covers both, and a dialog or a failure brings the pane into view.

import type { PaneActions } from "../taskpane/app";

export type Associate = (name: string, handler: (event: Office.AddinCommands.Event) => void) => void;

const officeAssociate: Associate = (name, handler) => Office.actions.associate(name, handler);

export function registerRibbonCommands(actions: PaneActions, associate: Associate = officeAssociate): void {
  // The actions never throw (the pane reports failures); the event completes once the work or dialog is up.
  const command = (run: () => Promise<void>) => (event: Office.AddinCommands.Event) => void run().finally(() => event.completed());
  associate("validate", command(actions.validate));
  associate("fill", command(actions.fill));
  associate("insertTemplate", command(actions.insertTemplate));
}
