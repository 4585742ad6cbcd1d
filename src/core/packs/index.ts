// Every template pack the reader knows, in the order ties are broken (the first is the default).
import { KIND_ORDER, TableKind, TemplatePack } from "./model";
import { NATIONAL } from "./national";
import { YUNNAN_2019 } from "./yunnan-2019";
import { YUNNAN_2023 } from "./yunnan-2023";

export const PACKS: readonly TemplatePack[] = [YUNNAN_2023, NATIONAL, YUNNAN_2019];

/**
 * Where a kind is listed in a pack's set (reports list tables so); a kind the set lacks comes right after the
 * nearest kind before it in KIND_ORDER that the set has.
 */
export function kindRank(pack: TemplatePack | undefined, kind: TableKind): number {
  if (!pack) return KIND_ORDER.indexOf(kind);
  const i = pack.tables.findIndex((t) => t.kind === kind);
  if (i >= 0) return i;
  for (let k = KIND_ORDER.indexOf(kind) - 1; k >= 0; k--) {
    const j = pack.tables.findIndex((t) => t.kind === KIND_ORDER[k]);
    if (j >= 0) return j + 0.5;
  }
  return -0.5;
}

export function packById(id: string): TemplatePack | undefined {
  return PACKS.find((p) => p.id === id);
}
