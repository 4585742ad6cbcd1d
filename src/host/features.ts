// What the host can do beyond the declared minimum (ExcelApi 1.9, see manifest.xml), asked once through
// Office.context.requirements.isSetSupported and passed down as data.

export const MIN_EXCEL_API = "1.9";

export interface Features {
  /** Range.getMergedAreasOrNullObject — ExcelApi 1.13. Without it merged areas are not read. */
  readonly merges: boolean;
  /** Worksheet.notes — ExcelApi 1.18. Without it findings are shown in the task pane only. */
  readonly notes: boolean;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): Features {
  return {
    merges: isSetSupported("ExcelApi", "1.13"),
    notes: isSetSupported("ExcelApi", "1.18"),
  };
}
