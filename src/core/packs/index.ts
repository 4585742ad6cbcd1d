// Every template pack the reader knows, in the order ties are broken (the first is the default).
import { KIND_ORDER, TableKind, TemplatePack } from "./model";
import { NATIONAL } from "./national";
import { YUNNAN_2023 } from "./yunnan-2023";

export const PACKS: readonly TemplatePack[] = [YUNNAN_2023, NATIONAL];

/** Where a kind is listed in a pack's set (reports list tables so); kinds of other sets come after. */
export function kindRank(pack: TemplatePack | undefined, kind: TableKind): number {
  const i = pack ? pack.tables.findIndex((t) => t.kind === kind) : -1;
  return i >= 0 ? i : 100 + KIND_ORDER.indexOf(kind);
}

export function packById(id: string): TemplatePack | undefined {
  return PACKS.find((p) => p.id === id);
}
