// Renders a scorecard template (src/core/templates) onto a new exceljs worksheet: values and formulas, fonts,
// alignment, number formats, the thin grid, merges, sizes, list validations and the print set-up.

import ExcelJS from "exceljs";
import { rangeA1 } from "../core/grid/address";
import { Area, CellStyle, ListValidation, SheetTemplate } from "../core/templates/model";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** exceljs keeps range validations in `worksheet.dataValidations`, which its typings leave out. */
interface RangeValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function a1(area: Area): string {
  return rangeA1({ sheet: "", ...area });
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, font: SheetTemplate["font"]): void {
  // Fresh objects per cell: exceljs shares style objects between merged cells, and mutating one would leak.
  cell.font = {
    name: font.name,
    size: style?.fontSize ?? font.size,
    bold: style?.bold ?? false,
    italic: style?.italic ?? false,
    ...(style?.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  cell.alignment = {
    horizontal: style?.horizontal ? (style.horizontal.toLowerCase() as ExcelJS.Alignment["horizontal"]) : undefined,
    vertical: style?.vertical ? (style.vertical === "Center" ? "middle" : (style.vertical.toLowerCase() as ExcelJS.Alignment["vertical"])) : undefined,
    wrapText: style?.wrap ?? false,
  };
  if (style?.numberFormat) cell.numFmt = style.numberFormat;
}

function validationModel(v: ListValidation): ExcelJS.DataValidation {
  const formula = "items" in v.source ? `"${v.source.items.join(",")}"` : v.source.formula.replace(/^=/, "");
  return {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: v.strict ? "stop" : "warning",
    errorTitle: "输入有误",
    error: v.error,
    showInputMessage: true,
    prompt: v.prompt,
  };
}

/** Adds the template as a new worksheet named `name` (the template's suggestion by default). */
export function addTemplateSheet(wb: ExcelJS.Workbook, template: SheetTemplate, name = template.sheetName): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: template.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: a1(template.printArea),
    },
  });
  template.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const col of template.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  for (const { row, height } of template.rowHeights) ws.getRow(row + 1).height = height;

  for (const c of template.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula) cell.value = { formula: c.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) cell.value = c.value;
    applyStyle(cell, template.styles[c.style], template.font);
  }
  for (const area of template.borders) {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) ws.getCell(r + 1, c + 1).border = { ...THIN };
  }
  // Merges last: exceljs gives the covered cells the first cell's style when merging.
  for (const m of template.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const validations = (ws as unknown as RangeValidations).dataValidations;
  for (const v of template.validations) validations.add(a1(v.area), validationModel(v));
  return ws;
}

/** A workbook holding one template sheet, set to recalculate when opened (nothing is cached). */
export async function templateWorkbookBuffer(template: SheetTemplate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  addTemplateSheet(wb, template);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
