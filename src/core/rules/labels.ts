// Messages name tables the way the workbook does: "{@gpb}" in a message template or parameter becomes the
// workbook's label of the 一般公共预算 table ("公开05"), and a kind the workbook lacks takes the label its
// template pack would give it. Rules therefore speak of kinds and never hard-code a table number.

import { KIND_NAMES } from "../packs/identify";
import { packById } from "../packs/index";
import { TableKind } from "../packs/model";
import { BoundWorkbook } from "../tables/model";

export type LabelOf = (kind: TableKind) => string;

export function labelsOf(workbook: BoundWorkbook): LabelOf {
  const cache = new Map<TableKind, string>();
  const pack = packById(workbook.template.id);
  return (kind) => {
    let label = cache.get(kind);
    if (label === undefined) {
      const number = pack?.tables.find((t) => t.kind === kind && t.number !== undefined)?.number;
      label = workbook.tables.find((t) => t.kind === kind)?.id ?? (pack && number !== undefined ? pack.label(number) : KIND_NAMES[kind]);
      cache.set(kind, label);
    }
    return label;
  };
}

const KIND_PLACEHOLDER = /\{@([a-z-]+)\}/g;

/** Replaces every {@kind} in a rendered message by the table's label. */
export function withLabels(text: string, labelOf: LabelOf): string {
  return text.includes("{@") ? text.replace(KIND_PLACEHOLDER, (_, kind: string) => (kind in KIND_NAMES ? labelOf(kind as TableKind) : `{@${kind}}`)) : text;
}
