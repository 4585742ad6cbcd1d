// The ribbon (the add-in's hidden main page) and the task pane are separate pages in WPS: the ribbon hands a
// command to the pane through Application.PluginStorage, which all pages of an add-in share. The pane polls it.

import type { PaneActions } from "../../taskpane/app";

export type PaneAction = keyof PaneActions;

/** The slice of Application.PluginStorage used here (et-jsapi-declare: WPS.PluginStorage). */
export interface SharedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const COMMAND_KEY = "juesuan.command";
export const PANE_KEY = "juesuan.taskpane";
/** A command older than this when the pane starts was meant for a pane that is gone. */
export const COMMAND_TTL_MS = 30_000;

export interface Command {
  readonly seq: number;
  readonly action: PaneAction;
  readonly at: number;
}

export function readCommand(storage: SharedStorage): Command | undefined {
  const text = storage.getItem(COMMAND_KEY);
  if (!text) return undefined;
  try {
    const c = JSON.parse(text) as Command;
    return typeof c.seq === "number" && typeof c.action === "string" ? c : undefined;
  } catch {
    return undefined;
  }
}

export function postCommand(storage: SharedStorage, action: PaneAction, now = Date.now()): Command {
  const command = { seq: (readCommand(storage)?.seq ?? 0) + 1, action, at: now };
  storage.setItem(COMMAND_KEY, JSON.stringify(command));
  return command;
}

/** Runs every command posted after `since` (a fresh pane takes one posted just before it opened). */
export function pollCommands(storage: SharedStorage, run: (action: PaneAction) => void, intervalMs = 200, now = Date.now): () => void {
  const first = readCommand(storage);
  let seen = first && now() - first.at <= COMMAND_TTL_MS ? first.seq - 1 : (first?.seq ?? 0);
  const tick = () => {
    const c = readCommand(storage);
    if (!c || c.seq <= seen) return;
    seen = c.seq;
    run(c.action);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return () => clearInterval(timer);
}
