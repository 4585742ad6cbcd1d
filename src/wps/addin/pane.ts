// Entry of the WPS task pane: the same pane as in Excel, started with the WPS host, taking the ribbon's
// commands from PluginStorage.

import { EtApplication } from "../et";
import { wpsHost } from "../wps-host";
import { startTaskpane } from "../../taskpane/app";
import { showMessage } from "../../taskpane/view/status-view";
import { PANE_KEY, pollCommands, SharedStorage } from "./channel";
import { RibbonHost } from "./ribbon";

/** window.Application is WPS's merged root; the adapter's slices are checked against it member by member (et.ts). */
type WpsRoot = EtApplication & RibbonHost & { readonly PluginStorage: SharedStorage };

const app = (window as unknown as { Application?: WpsRoot }).Application;
if (!app) {
  showMessage("请在 WPS 表格中打开此加载项。", "error");
} else {
  const reveal = () => {
    try {
      const pane = app.GetTaskPane(Number(app.PluginStorage.getItem(PANE_KEY)));
      if (pane) pane.Visible = true;
    } catch {
      // the pane was opened some other way (wpsjs debug): it is in view already
    }
  };
  const actions = startTaskpane({ host: wpsHost(app), reveal });
  void actions.started.then(() => pollCommands(app.PluginStorage, (action) => void actions[action]()));
}
