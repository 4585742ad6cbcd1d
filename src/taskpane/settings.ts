// The pane's settings (for now: the scoring profile), behind a small store so the logic runs in Node and the
// storage is chosen by the host: the document's settings in Excel, localStorage elsewhere (setting-stores.ts).

import { NATIONAL, profileById, ScoringProfile } from "../core/scoring/profiles";

export interface SettingStore {
  get(key: string): string | undefined;
  /** Saves the value (for document settings: into the workbook, saved with it). */
  set(key: string, value: string): Promise<void>;
}

export const PROFILE_SETTING = "juesuan.profile";

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

export function memoryStore(initial: Record<string, string> = {}): SettingStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
  };
}
