// The slice of the WPS 表格 (ET) object model the adapter uses, as structural interfaces. The real objects on
// window.Application satisfy them (checked against et-jsapi-declare at compile time below), and so does the typed
// fake the tests run against, so a misspelt member fails to compile on either side.
// ET is VBA-shaped and synchronous: every property read or write and every method call is one call into WPS.

export interface EtInterior {
  /** BGR long (red + green·256 + blue·65536); null when the cells differ. */
  Color: number | null;
  /** xlNone (-4142) for "no fill"; null when the cells differ. */
  ColorIndex: number | null;
  /** An XlPattern; xlPatternNone (-4142) for "no fill"; null when the cells differ. */
  Pattern: number | null;
  PatternColor: number | null;
  TintAndShade: number | null;
  PatternTintAndShade: number | null;
}

export interface EtComment {
  /** With no argument: the text. With one: replaces the text. */
  Text(Text?: string): string;
  Delete(): void;
}

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  Name: string | undefined;
  /** BGR long. */
  Color: number;
}

export interface EtBorder {
  LineStyle: number | boolean;
  Weight: number;
  Color: number;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
}

export interface EtAreas {
  readonly Count: number;
  Item(Index: number): EtRange;
}

export interface EtRange {
  /** One cell: its value (undefined when empty). Several: rows of values, [row][column]. */
  Value2: unknown;
  /** "=…" for a formula, the constant as text otherwise; rows of them for several cells. */
  Formula: unknown;
  /** The format when all cells share it, null when they differ. */
  NumberFormat: string | null;
  readonly Interior: EtInterior;
  /** null when the cell has no comment. */
  readonly Comment: EtComment | null;
  AddComment(Text?: string): EtComment;
  /** true / false, or null when some cells are merged and some not. */
  MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(Across?: boolean): void;
  readonly Areas: EtAreas;
  /** 1-based row and column of the first cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Select(): unknown;
  readonly Font: EtFont;
  readonly Borders: { Item(Index: number): EtBorder };
  HorizontalAlignment: number | boolean;
  VerticalAlignment: number | boolean;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly EntireColumn: { Hidden: unknown };
  readonly Validation: EtValidation;
}

export interface EtWorksheet {
  Name: string;
  readonly CodeName: string;
  readonly Index: number;
  /** An XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Comments: { readonly Count: number };
  Range(Cell1: string): EtRange;
  Activate(): void;
  Delete(): void;
  readonly PageSetup: { Orientation: number; PrintArea: string };
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(Index: string | number): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

/** Workbook.CustomDocumentProperties: typed `any` by et-jsapi-declare; the Office DocumentProperties shape. */
export interface EtDocumentProperties {
  readonly Count: number;
  Item(Index: number | string): { readonly Name: string; Value: unknown };
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): unknown;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

/**
 * Application.ApiEvent (WPS 加载项): listeners for the workbook's events, called with the sheet and the range.
 * et-jsapi-declare types those arguments loosely (a sheet "or object"; SheetChange's range as a sheet), so the
 * adapter takes them as unknown and reads only Name and Address(false, false) of them.
 */
export type EtEventCallback = (Sheet: unknown, Target: unknown) => void;

export interface EtApiEvent {
  AddApiEventListener(EventName: "SheetSelectionChange" | "SheetChange", callback: EtEventCallback): void;
}

/** The add-in root's events (window.Application in a WPS 加载项). */
export interface EtEventRoot {
  readonly ApiEvent: EtApiEvent;
}

// Compile-time proof that the real object model fits these interfaces; if et-jsapi-declare drifts, tsc fails here.
type Fits<T extends U, U> = T;
export type RealApplicationFits = Fits<Et.Application, Omit<EtApplication, "ActiveWorkbook">>;
export type RealWorkbookFits = Fits<Et.Workbook, Omit<EtWorkbook, "Worksheets" | "ActiveSheet">>;
export type RealSheetsFit = Fits<Et.Sheets, Omit<EtSheets, "Item" | "Add">>;
export type RealWorksheetFits = Fits<Et.Worksheet, EtWorksheet>;
export type RealRangeFits = Fits<Et.Range, EtRange>;
export type RealInteriorFits = Fits<Et.Interior, EtInterior>;
export type RealCommentFits = Fits<Et.Comment, EtComment>;
export type RealFontFits = Fits<Et.Font, EtFont>;
export type RealBorderFits = Fits<Et.Border, EtBorder>;
export type RealValidationFits = Fits<Et.Validation, EtValidation>;
export type RealAreasFit = Fits<Et.Areas, EtAreas>;
/** Sheets.Item and Add are declared returning `Worksheet | Sheets` and TypedIDispatch<Worksheet>: the worksheet is what a name or index gives. */
export type RealSheetItemFits = Fits<Extract<ReturnType<Et.Sheets["Item"]>, Et.Worksheet>, EtWorksheet>;
export type RealSheetAddFits = Fits<ReturnType<Et.Sheets["Add"]>, EtWorksheet>;
export type RealActiveSheetFits = Fits<Et.Workbook["ActiveSheet"], EtWorksheet>;
/** Both events as the adapter registers them, checked against the declared overloads. */
export function realApiEventFits(events: WPS.EtApiEvent, callback: EtEventCallback): void {
  events.AddApiEventListener("SheetSelectionChange", callback);
  events.AddApiEventListener("SheetChange", callback);
}
export type RealEventRootFits = Fits<WPS.EtAddonRoot, { readonly ApiEvent: WPS.EtApiEvent }>;
