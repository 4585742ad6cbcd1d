// The scoring-profile setting: national by default, unknown ids ignored, saved through the document's settings
// (with saveAsync) when Office offers them, else localStorage.
import { PROFILES } from "../../src/core/scoring/profiles";
import { DocumentSettings, documentSettingStore, localSettingStore } from "../../src/taskpane/setting-stores";
import { memoryStore, PROFILE_SETTING, storedProfile, storeProfile } from "../../src/taskpane/settings";

function fakeDocumentSettings(fail = false) {
  const values = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const settings: DocumentSettings = {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => {
      if (!fail) for (const [k, v] of values) saved.set(k, v);
      callback?.(fail ? { status: "failed", error: { message: "文档只读" } } : { status: "succeeded" });
    },
  };
  return { settings, saved };
}

describe("scoring profile setting", () => {
  it("defaults to national, and ignores an id that is not a profile", () => {
    expect(storedProfile(memoryStore()).id).toBe("national");
    expect(storedProfile(memoryStore({ [PROFILE_SETTING]: "no-such" })).id).toBe("national");
    expect(storedProfile(memoryStore({ [PROFILE_SETTING]: "province-80-70-60" })).id).toBe("province-80-70-60");
  });

  it("offers exactly the PROFILES, and refuses to store anything else", async () => {
    expect(PROFILES.map((p) => p.id)).toEqual(["national", "province-80-70-60"]);
    await expect(storeProfile(memoryStore(), "x")).rejects.toThrow(/unknown scoring profile/);
  });

  it("saves into the document's settings and reads them back", async () => {
    const { settings, saved } = fakeDocumentSettings();
    const store = documentSettingStore(settings);
    expect(store.get(PROFILE_SETTING)).toBeUndefined();
    expect((await storeProfile(store, "province-80-70-60")).name).toBe("省级口径（80/70/60）");
    expect(saved.get(PROFILE_SETTING)).toBe("province-80-70-60");
    expect(storedProfile(documentSettingStore(settings)).id).toBe("province-80-70-60");
  });

  it("reports a failed saveAsync", async () => {
    const { settings } = fakeDocumentSettings(true);
    await expect(storeProfile(documentSettingStore(settings), "national")).rejects.toThrow("文档只读");
  });

  it("falls back to localStorage", async () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    await storeProfile(localSettingStore(storage), "province-80-70-60");
    expect(items.get(PROFILE_SETTING)).toBe("province-80-70-60");
    expect(storedProfile(localSettingStore(storage)).id).toBe("province-80-70-60");
  });
});
