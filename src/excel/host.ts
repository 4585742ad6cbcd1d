// The slice of the Excel JavaScript API the adapter uses, as structural interfaces.
// Excel.RequestContext satisfies them (checked at compile time below), and so does the typed in-memory fake the
// tests run against — so adapter code is written once against this file and never against the whole API.

export type FillPattern = NonNullable<Excel.CellPropertiesFill["pattern"]>;

export interface HostClientResult<T> {
  readonly value: T;
}

export interface HostFill {
  color: string;
  tintAndShade: number;
  pattern: FillPattern;
  patternColor: string;
  patternTintAndShade: number;
  clear(): void;
  load(propertyNames: string | string[]): HostFill;
}

export interface HostFillProps {
  color?: string;
  tintAndShade?: number;
  pattern?: FillPattern;
  patternColor?: string;
  patternTintAndShade?: number;
}

export interface HostCellProps {
  format?: { fill?: HostFillProps };
}

export interface HostCellPropsRequest {
  format: {
    fill: { color: boolean; tintAndShade: boolean; pattern: boolean; patternColor: boolean; patternTintAndShade: boolean };
  };
}

export interface HostRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: { readonly fill: HostFill };
  load(propertyNames: string | string[]): HostRangeAreas;
}

export interface HostRange {
  readonly isNullObject: boolean;
  readonly address: string;
  values: unknown[][];
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  readonly text: string[][];
  readonly format: { readonly fill: HostFill };
  load(propertyNames: string | string[]): HostRange;
  getCellProperties(request: HostCellPropsRequest): HostClientResult<HostCellProps[][]>;
  getMergedAreasOrNullObject(): HostRangeAreas;
  select(): void;
}

export interface HostNote {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
  load(propertyNames: string | string[]): HostNote;
}

export interface HostNoteCollection {
  add(cellAddress: string, content: string): HostNote;
  getCount(): HostClientResult<number>;
  getItem(key: string): HostNote;
  getItemOrNullObject(key: string): HostNote;
}

export interface HostProtection {
  readonly protected: boolean;
  load(propertyNames: string | string[]): HostProtection;
}

export interface HostWorksheet {
  readonly name: string;
  readonly protection: HostProtection;
  /** ExcelApi 1.18; check the requirement set before touching it. */
  readonly notes: HostNoteCollection;
  getRange(address: string): HostRange;
  getRanges(address: string): HostRangeAreas;
  /** On a blank sheet Excel returns A1 rather than a null object, so calls can be chained in one batch. */
  getUsedRange(valuesOnly: boolean): HostRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): HostRange;
  activate(): void;
}

export interface HostWorksheetCollection {
  readonly items: HostWorksheet[];
  getItem(key: string): HostWorksheet;
  load(propertyNames: string | string[]): HostWorksheetCollection;
}

export interface HostContext {
  readonly workbook: { readonly worksheets: HostWorksheetCollection };
  sync(): Promise<unknown>;
}

/** An error as Office.js raises it (OfficeExtension.Error): a code such as "InvalidArgument" and a message. */
export interface HostErrorLike {
  readonly code: string;
  readonly message: string;
}

// Compile-time proof that the real API fits these interfaces; if @types/office-js drifts, tsc fails here.
type Fits<T extends U, U> = T;
export type RealContextFits = Fits<Excel.RequestContext, HostContext>;
export type RealRangeFits = Fits<Excel.Range, HostRange>;
export type RealNotesFit = Fits<Excel.NoteCollection, HostNoteCollection>;
