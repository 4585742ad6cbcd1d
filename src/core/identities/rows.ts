// Row keys as identity statements write them: "out.*" stands for every 功能分类 line of that section.
import { PublicTable } from "../tables/model";

/** "out.*" → the keys of every row whose key starts with "out." and carries a code; other keys as they are. */
export function expandRows(t: PublicTable, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    if (key.endsWith(".*")) out.push(...t.rows.filter((r) => r.key.startsWith(key.slice(0, -1)) && r.code !== undefined).map((r) => r.key));
    else out.push(key);
  }
  return out;
}
