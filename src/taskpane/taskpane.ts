// Entry of the task pane bundle: wait for Office, then start the controller against the real host.

import { officeHost } from "../excel/office-host";
import { startTaskpane } from "./app";
import { checkGrid } from "./engine";
import { showMessage } from "./view/status-view";

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    showMessage("请在 Excel 中打开此加载项。", "error");
    return;
  }
  startTaskpane({ host: officeHost(), check: checkGrid });
});
