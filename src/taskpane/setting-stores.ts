// Where the pane keeps its settings: Office.context.document.settings (travels with the workbook) when the host
// offers it, else the browser's localStorage, else memory (storage blocked).

import { memoryStore, SettingStore } from "./settings";

/** The slice of Office.Settings used here. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function documentSettingStore(settings: DocumentSettings): SettingStore {
  return {
    get: (key) => {
      const v = settings.get(key);
      return typeof v === "string" ? v : undefined;
    },
    set: (key, value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(key, value);
        settings.saveAsync((result) => {
          if (result.status === "failed") reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
          else resolve();
        });
      }),
  };
}

export function localSettingStore(storage: Pick<Storage, "getItem" | "setItem">): SettingStore {
  return {
    get: (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
  };
}

export function defaultSettingStore(): SettingStore {
  const settings = typeof Office !== "undefined" ? (Office.context?.document?.settings as DocumentSettings | undefined) : undefined;
  if (settings) return documentSettingStore(settings);
  try {
    if (typeof localStorage !== "undefined") return localSettingStore(localStorage);
  } catch {
    // localStorage access throws when storage is blocked
  }
  return memoryStore();
}
