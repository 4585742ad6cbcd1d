// The ribbon's callbacks (ribbon.xml: onLoad, onAction, getImage), defined on the add-in's main page. Every
// button opens the task pane (created once, its id kept in PluginStorage) and, but for 打开任务窗格, hands it
// the action: the pane runs it, so marks made from the ribbon are cleared and undone in the pane.

import { PaneAction, PANE_KEY, postCommand, SharedStorage } from "./channel";

export const BUTTONS: Readonly<Record<string, { readonly action?: PaneAction; readonly image: string }>> = {
  btnValidate: { action: "validate", image: "images/validate-32.png" },
  btnFill: { action: "fill", image: "images/fill-32.png" },
  btnTemplate: { action: "insertTemplate", image: "images/template-32.png" },
  btnClear: { action: "clearMarks", image: "images/clear-32.png" },
  btnUndo: { action: "undo", image: "images/undo-32.png" },
  btnPane: { image: "images/pane-32.png" },
};

/** The slice of WPS.AddonRoot the ribbon uses. */
export interface RibbonHost {
  readonly PluginStorage: SharedStorage;
  CreateTaskPane(url: string, title?: string): { readonly ID: number; Visible: boolean };
  GetTaskPane(id: number): { readonly ID: number; Visible: boolean } | null | undefined;
}

// Compile-time proof that WPS's declarations fit.
type Fits<T extends U, U> = T;
export type RealRibbonHostFits = Fits<WPS.AddonRoot, RibbonHost>;

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: { readonly Id: string }): boolean;
  GetImage(control: { readonly Id: string }): string;
}

export function ribbonCallbacks(host: RibbonHost, paneUrl: string): RibbonCallbacks {
  const showPane = () => {
    const id = Number(host.PluginStorage.getItem(PANE_KEY) || NaN);
    let pane = Number.isNaN(id) ? undefined : host.GetTaskPane(id);
    if (!pane) {
      pane = host.CreateTaskPane(paneUrl, "决算公开校验");
      host.PluginStorage.setItem(PANE_KEY, String(pane.ID));
    }
    pane.Visible = true;
  };
  return {
    OnAddinLoad: () => true,
    OnAction: (control) => {
      const button = BUTTONS[control.Id];
      if (!button) return false;
      // Post first: a pane created now reads the command as it starts.
      if (button.action) postCommand(host.PluginStorage, button.action);
      showPane();
      return true;
    },
    GetImage: (control) => BUTTONS[control.Id]?.image ?? "images/app-32.png",
  };
}
