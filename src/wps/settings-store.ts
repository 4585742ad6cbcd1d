// The pane's settings in the workbook itself, as custom document properties (文件 → 属性 → 自定义), so they travel
// with the file as Office.context.document.settings do in Excel. Saved with the workbook, like any edit.

import { SettingStore } from "../host/settings-store";
import { EtApplication, EtDocumentProperties } from "./et";
import { msoPropertyTypeString } from "./xl";

function find(props: EtDocumentProperties, key: string): { Value: unknown } | undefined {
  for (let i = 1, n = props.Count; i <= n; i++) {
    const p = props.Item(i);
    if (p.Name === key) return p;
  }
  return undefined;
}

export function documentPropertyStore(app: EtApplication): SettingStore {
  const props = () => app.ActiveWorkbook?.CustomDocumentProperties;
  return {
    get: (key) => {
      const all = props();
      const v = all && find(all, key)?.Value;
      return typeof v === "string" ? v : undefined;
    },
    set: async (key, value) => {
      const all = props();
      if (!all) throw new Error("没有打开的工作簿。");
      const existing = find(all, key);
      if (existing) existing.Value = value;
      else all.Add(key, false, msoPropertyTypeString, value);
    },
  };
}
