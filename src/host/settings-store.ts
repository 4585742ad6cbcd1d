// Settings kept in the document (the scoring profile, the template pack): each host offers its own store.

export interface SettingStore {
  get(key: string): string | undefined;
  /** Saves the value (for document settings: into the workbook, saved with it). */
  set(key: string, value: string): Promise<void>;
}
