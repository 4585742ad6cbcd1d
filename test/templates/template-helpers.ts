// Reading a SheetTemplate by A1 address in tests.
import { parseA1, rangeA1 } from "../../src/core/grid/address";
import { CellStyle, SheetTemplate, TemplateCell } from "../../src/core/templates/model";

export function at(t: SheetTemplate, a1: string): TemplateCell | undefined {
  const p = parseA1(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  return t.cells.find((c) => c.row === p.row && c.col === p.col);
}

/** The constant or formula of a cell; undefined when it holds neither. */
export function content(t: SheetTemplate, a1: string): string | number | undefined {
  const c = at(t, a1);
  return c?.formula ?? c?.value;
}

export function styleAt(t: SheetTemplate, a1: string): CellStyle | undefined {
  const c = at(t, a1);
  return c ? t.styles[c.style] : undefined;
}

export function mergesA1(t: SheetTemplate): string[] {
  return t.merges.map((m) => rangeA1({ sheet: "", ...m }));
}
