// Entry of the add-in's one bundle (the task pane and, in the same shared runtime, the ribbon's commands):
// register the ribbon's functions at once (a button press may be what started the runtime), wait for Office, then
// start the controller against the real host; the ribbon's functions run the controller's actions once it is up.

import { registerRibbonCommands } from "../commands/commands";
import { excelHost } from "../excel/excel-host";
import { officeHost } from "../excel/office-host";
import { PaneActions, startTaskpane } from "./app";
import { defaultSettingStore } from "./setting-stores";
import { applyTheme, OfficeThemeColors } from "./theme";
import { showMessage } from "./view/status-view";

/** Office.addin (SharedRuntime 1.1) shows the pane when a ribbon command needs the user. */
function revealPane(): void {
  const addin = typeof Office !== "undefined" ? Office.addin : undefined;
  if (addin && typeof addin.showAsTaskpane === "function") addin.showAsTaskpane().catch(() => undefined);
}

let started: (actions: PaneActions) => void = () => undefined;
const ready = new Promise<PaneActions>((resolve) => (started = resolve));
const later = (pick: (a: PaneActions) => () => Promise<void>) => async () => pick(await ready)();
registerRibbonCommands({
  validate: later((a) => a.validate),
  fill: later((a) => a.fill),
  insertTemplate: later((a) => a.insertTemplate),
  clearMarks: later((a) => a.clearMarks),
  undo: later((a) => a.undo),
});

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    showMessage("请在 Excel 中打开此加载项。", "error");
    return;
  }
  // officeTheme is missing on some platforms (and throws on others): the light tokens stay.
  let theme: OfficeThemeColors | undefined;
  try {
    theme = Office.context.officeTheme;
  } catch {
    theme = undefined;
  }
  applyTheme(theme);
  started(startTaskpane({ host: excelHost(officeHost(), { settings: defaultSettingStore() }), reveal: revealPane }));
});
