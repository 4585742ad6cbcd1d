// A small accumulator the two layouts write into: cells by position, merges, borders, heights. Pure; it only
// collects data, so a layout reads top to bottom like the table it draws.

import { toA1 } from "../grid/address";
import { indicatorValidations } from "./indicator-lists";
import { Area, SheetTemplate, TemplateCell } from "./model";
import { TEMPLATE_FONT, TEMPLATE_STYLES } from "./styles";

export class SheetBuilder {
  private readonly cells = new Map<string, TemplateCell>();
  readonly merges: Area[] = [];
  readonly borders: Area[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  /** A constant, or a formula when the text starts with "=". A later put on the same cell replaces it. */
  put(row: number, col: number, content: string | number | undefined, style: string): string {
    const cell: TemplateCell =
      typeof content === "string" && content.startsWith("=") ? { row, col, formula: content, style }
      : content === undefined || content === "" ? { row, col, style }
      : { row, col, value: content, style };
    this.cells.set(`${row}:${col}`, cell);
    return toA1(row, col);
  }

  /** Merges an area and writes its content into the top-left cell; the other cells get the style (for borders). */
  merged(top: number, left: number, bottom: number, right: number, content: string | number | undefined, style: string): string {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) this.put(r, c, undefined, style);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this.put(top, left, content, style);
  }

  border(top: number, left: number, bottom: number, right: number): void {
    this.borders.push({ top, left, bottom, right });
  }

  height(row: number, points: number): void {
    this.rowHeights.push({ row, height: points });
  }

  allCells(): TemplateCell[] {
    return [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}

/** What both layouts share once drawn: fonts, styles, the grid, the validation lists, A4 landscape. */
export function finishTemplate(
  b: SheetBuilder,
  layout: Pick<SheetTemplate, "kind" | "sheetName" | "title" | "columnWidths" | "hiddenColumns" | "map">,
  indicators: { readonly top: number; readonly last: number; readonly columns: { readonly level1: number; readonly level2: number; readonly nature: number } },
  printArea: Area,
): SheetTemplate {
  return {
    ...layout,
    font: TEMPLATE_FONT,
    styles: TEMPLATE_STYLES,
    cells: b.allCells(),
    merges: b.merges,
    borders: b.borders,
    rowHeights: b.rowHeights,
    validations: indicatorValidations(indicators.top, indicators.last, indicators.columns),
    printArea,
    landscape: true,
  };
}
