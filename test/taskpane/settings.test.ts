// The scoring-profile and 模板 settings: national / 自动识别 by default, unknown ids ignored, saved through the
// document's settings (with saveAsync) when Office offers them, else localStorage.
import { PACKS } from "../../src/core/packs/index";
import { PROFILES } from "../../src/core/scoring/profiles";
import { DocumentSettings, documentSettingStore, localSettingStore } from "../../src/taskpane/setting-stores";
import {
  AUTO_TEMPLATE, memoryStore, PROFILE_SETTING, storedProfile, storedTemplate, storeProfile, storeTemplate, TEMPLATE_OPTIONS, TEMPLATE_SETTING,
} from "../../src/taskpane/settings";

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

describe("template (模板) setting", () => {
  it("offers 自动识别 first, then every pack in PACKS with its own name", () => {
    expect(TEMPLATE_OPTIONS).toEqual([{ id: AUTO_TEMPLATE, name: "自动识别" }, ...PACKS.map((p) => ({ id: p.id, name: p.name }))]);
    expect(TEMPLATE_OPTIONS.map((o) => o.name)).toEqual(expect.arrayContaining(["云南（公开01–公开12）", "全国（财政部九张表）"]));
  });

  it("defaults to 自动识别, and reads auto or an id that is no pack as 自动识别", () => {
    expect(storedTemplate(memoryStore())).toBeUndefined();
    expect(storedTemplate(memoryStore({ [TEMPLATE_SETTING]: AUTO_TEMPLATE }))).toBeUndefined();
    expect(storedTemplate(memoryStore({ [TEMPLATE_SETTING]: "no-such" }))).toBeUndefined();
    expect(storedTemplate(memoryStore({ [TEMPLATE_SETTING]: "national" }))?.name).toBe("全国（财政部九张表）");
  });

  it("saves a pack, and 自动识别, into the document's settings beside the profile", async () => {
    const { settings, saved } = fakeDocumentSettings();
    const store = documentSettingStore(settings);
    expect((await storeTemplate(store, "national"))?.id).toBe("national");
    await storeProfile(store, "province-80-70-60");
    expect(saved.get(TEMPLATE_SETTING)).toBe("national");
    expect(saved.get(PROFILE_SETTING)).toBe("province-80-70-60");
    expect(storedTemplate(documentSettingStore(settings))?.id).toBe("national");
    expect(await storeTemplate(store, AUTO_TEMPLATE)).toBeUndefined();
    expect(saved.get(TEMPLATE_SETTING)).toBe(AUTO_TEMPLATE);
    expect(storedTemplate(documentSettingStore(settings))).toBeUndefined();
  });

  it("refuses an unknown pack, reports a failed saveAsync, and falls back to localStorage", async () => {
    await expect(storeTemplate(memoryStore(), "guangdong")).rejects.toThrow(/unknown template pack/);
    await expect(storeTemplate(documentSettingStore(fakeDocumentSettings(true).settings), "national")).rejects.toThrow("文档只读");
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    await storeTemplate(localSettingStore(storage), "yunnan-2023");
    expect(items.get(TEMPLATE_SETTING)).toBe("yunnan-2023");
    expect(storedTemplate(localSettingStore(storage))?.id).toBe("yunnan-2023");
  });
});
