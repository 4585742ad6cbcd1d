// The slice of the Excel JavaScript API that inserting a scorecard template uses, as structural interfaces
// (the same approach as host.ts, which covers reading and marking). Everything here is ExcelApi 1.9 or older:
// worksheets.add / position / delete (1.1), merge, borders, column widths (1.2), getItemOrNullObject (1.4),
// dataValidation (1.8), getRanges and pageLayout (1.9).

export type HostHorizontalAlignment = Excel.RangeFormat["horizontalAlignment"];
export type HostVerticalAlignment = Excel.RangeFormat["verticalAlignment"];
export type HostBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface HostFont {
  bold: boolean;
  italic: boolean;
  size: number;
  name: string;
  color: string;
}

export interface HostBorder {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

/** What RangeAreas.format offers (and Range.format, which adds sizes). */
export interface HostCellFormat {
  readonly font: HostFont;
  horizontalAlignment: HostHorizontalAlignment;
  verticalAlignment: HostVerticalAlignment;
  wrapText: boolean;
}

export interface HostRangeFormat extends HostCellFormat {
  readonly borders: { getItem(index: HostBorderIndex): HostBorder };
  columnWidth: number;
  rowHeight: number;
}

export interface HostDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
}

export interface HostTemplateRange {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  columnHidden: boolean;
  readonly format: HostRangeFormat;
  readonly dataValidation: HostDataValidation;
  merge(across?: boolean): void;
}

export interface HostTemplateAreas {
  readonly format: HostCellFormat;
}

export interface HostTemplateSheet {
  readonly isNullObject: boolean;
  readonly id: string;
  readonly name: string;
  position: number;
  readonly pageLayout: { orientation: Excel.PageLayout["orientation"]; setPrintArea(printArea: string): void };
  getRange(address: string): HostTemplateRange;
  getRanges(address: string): HostTemplateAreas;
  load(propertyNames: string | string[]): unknown;
  activate(): void;
  delete(): void;
}

export interface HostTemplateSheets {
  readonly items: readonly { readonly name: string }[];
  load(propertyNames: string | string[]): unknown;
  add(name?: string): HostTemplateSheet;
  getActiveWorksheet(): HostTemplateSheet;
  getItemOrNullObject(key: string): HostTemplateSheet;
}

export interface TemplateHostContext {
  readonly workbook: { readonly worksheets: HostTemplateSheets };
  sync(): Promise<unknown>;
}

// Compile-time proof that the real API fits; if @types/office-js drifts, tsc fails here.
type Fits<T extends U, U> = T;
export type RealTemplateContextFits = Fits<Excel.RequestContext, TemplateHostContext>;
