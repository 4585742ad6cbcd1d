// The pane's settings (the scoring profile and the template pack), behind a small store so the logic runs in Node
// and the storage is chosen by the host: the document's settings in Excel, localStorage elsewhere
// (setting-stores.ts).

import { packById, PACKS } from "../core/packs/index";
import { TemplatePack } from "../core/packs/model";
import { NATIONAL, profileById, ScoringProfile } from "../core/scoring/profiles";
import type { SettingStore } from "../host/settings-store";

export type { SettingStore } from "../host/settings-store";

export const PROFILE_SETTING = "juesuan.profile";
export const TEMPLATE_SETTING = "juesuan.template";

/** The stored profile, or the national default when none (or an unknown id) is stored. */
export function storedProfile(store: SettingStore): ScoringProfile {
  const id = store.get(PROFILE_SETTING);
  return (id !== undefined && profileById(id)) || NATIONAL;
}

export async function storeProfile(store: SettingStore, id: string): Promise<ScoringProfile> {
  const profile = profileById(id);
  if (!profile) throw new Error(`unknown scoring profile ${id}`);
  await store.set(PROFILE_SETTING, profile.id);
  return profile;
}

/** The 模板 setting's value for "detect the pack per workbook" (the default). */
export const AUTO_TEMPLATE = "auto";

export interface TemplateOption {
  /** AUTO_TEMPLATE or a pack id. */
  readonly id: string;
  readonly name: string;
}

/** The 模板 choices: 自动识别, then every pack the reader knows (packs/index.ts), in its order. */
export const TEMPLATE_OPTIONS: readonly TemplateOption[] = [
  { id: AUTO_TEMPLATE, name: "自动识别" },
  ...PACKS.map((p) => ({ id: p.id, name: p.name })),
];

/** The pack forced in the document, or undefined (自动识别) when none, "auto" or an unknown id is stored. */
export function storedTemplate(store: SettingStore): TemplatePack | undefined {
  const id = store.get(TEMPLATE_SETTING);
  return id === undefined ? undefined : packById(id);
}

/** Saves AUTO_TEMPLATE or a pack id; returns the pack forced from now on (undefined: 自动识别). */
export async function storeTemplate(store: SettingStore, id: string): Promise<TemplatePack | undefined> {
  const pack = id === AUTO_TEMPLATE ? undefined : packById(id);
  if (id !== AUTO_TEMPLATE && !pack) throw new Error(`unknown template pack ${id}`);
  await store.set(TEMPLATE_SETTING, pack?.id ?? AUTO_TEMPLATE);
  return pack;
}

export function memoryStore(initial: Record<string, string> = {}): SettingStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
  };
}

/** 自动复查 on or off ("on" / "off"); on unless the document says off. */
export const LIVE_SETTING = "juesuan.live";

export function storedLive(store: SettingStore): boolean {
  return store.get(LIVE_SETTING) !== "off";
}

export async function storeLive(store: SettingStore, on: boolean): Promise<void> {
  await store.set(LIVE_SETTING, on ? "on" : "off");
}
