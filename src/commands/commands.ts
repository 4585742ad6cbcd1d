// Ribbon commands (the manifest's FunctionFile): 校验 runs without opening the task pane. 填充 and 插入模板
// are registered so the buttons complete cleanly until their engines exist.

import { describeHostError } from "../excel/errors";
import { Journal } from "../excel/journal";
import { officeHost } from "../excel/office-host";
import { validate } from "../excel/validate";
import { checkGrid } from "../taskpane/engine";

const journal = new Journal();
let sheetNames: readonly string[] | undefined;

async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  const host = officeHost();
  try {
    const out = await host.run((ctx) => validate(ctx, { check: checkGrid, features: host.features, journal, sheetNames }));
    sheetNames = out.sheetNames;
  } catch (e) {
    // A function command has no UI of its own; the task pane shows the same message when 校验 runs there.
    console.error(describeHostError(e));
  } finally {
    event.completed();
  }
}

function notYet(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("validate", validateCommand);
  Office.actions.associate("fill", notYet);
  Office.actions.associate("insertTemplate", notYet);
});
