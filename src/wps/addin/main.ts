// Entry of the add-in's main page (index.html), which WPS loads hidden at start: the ribbon's callbacks must be
// global functions named as in ribbon.xml.

import { ribbonCallbacks, RibbonHost } from "./ribbon";

const host = (window as unknown as { Application?: RibbonHost }).Application;
if (host) {
  const callbacks = ribbonCallbacks(host, new URL("taskpane.html", window.location.href).href);
  Object.assign(window, callbacks);
}
