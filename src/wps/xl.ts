// The ET enumeration values the adapter writes and reads. et-jsapi-declare declares them as ambient enums, which
// do not exist at run time, so they are spelt out here and checked against the declarations at compile time.

/** "No fill" (Interior.Pattern / ColorIndex), also xlPatternNone. */
export const xlNone = -4142;
export const xlSolid = 1;
export const xlSheetVisible = -1;
export const xlSheetVeryHidden = 2;
export const xlContinuous = 1;
export const xlThin = 2;
export const xlEdgeLeft = 7;
export const xlEdgeTop = 8;
export const xlEdgeBottom = 9;
export const xlEdgeRight = 10;
export const xlInsideVertical = 11;
export const xlInsideHorizontal = 12;
export const xlValidateList = 3;
export const xlValidAlertStop = 1;
export const xlValidAlertWarning = 2;
export const xlBetween = 1;
export const xlPortrait = 1;
export const xlLandscape = 2;
export const xlHAlignLeft = -4131;
export const xlHAlignCenter = -4108;
export const xlHAlignRight = -4152;
export const xlVAlignTop = -4160;
export const xlVAlignCenter = -4108;
export const xlVAlignBottom = -4107;
export const msoPropertyTypeString = 4;

/** XlPattern numbers by the Office.js names the host-neutral FillState uses. */
export const PATTERNS = {
  None: -4142, Solid: 1, Gray50: -4125, Gray75: -4126, Gray25: -4124, Horizontal: -4128, Vertical: -4166,
  Down: -4121, Up: -4162, Checker: 9, SemiGray75: 10, LightHorizontal: 11, LightVertical: 12, LightDown: 13,
  LightUp: 14, Grid: 15, CrissCross: 16, Gray16: 17, Gray8: 18, LinearGradient: 4000, RectangularGradient: 4001,
} as const;

// Each value must equal its declared enum member: a number literal assigned to an enum member type of another
// value fails to compile.
type Same<E, V extends E> = V;
export type XlChecks = [
  Same<Et.XlPattern.xlPatternNone, typeof xlNone>,
  Same<Et.XlPattern.xlPatternSolid, typeof xlSolid>,
  Same<Et.XlSheetVisibility.xlSheetVisible, typeof xlSheetVisible>,
  Same<Et.XlSheetVisibility.xlSheetVeryHidden, typeof xlSheetVeryHidden>,
  Same<Et.XlLineStyle.xlContinuous, typeof xlContinuous>,
  Same<Kso.XlBorderWeight.xlThin, typeof xlThin>,
  Same<Et.XlBordersIndex.xlEdgeLeft, typeof xlEdgeLeft>,
  Same<Et.XlBordersIndex.xlEdgeTop, typeof xlEdgeTop>,
  Same<Et.XlBordersIndex.xlEdgeBottom, typeof xlEdgeBottom>,
  Same<Et.XlBordersIndex.xlEdgeRight, typeof xlEdgeRight>,
  Same<Et.XlBordersIndex.xlInsideVertical, typeof xlInsideVertical>,
  Same<Et.XlBordersIndex.xlInsideHorizontal, typeof xlInsideHorizontal>,
  Same<Et.XlDVType.xlValidateList, typeof xlValidateList>,
  Same<Et.XlDVAlertStyle.xlValidAlertStop, typeof xlValidAlertStop>,
  Same<Et.XlDVAlertStyle.xlValidAlertWarning, typeof xlValidAlertWarning>,
  Same<Et.XlFormatConditionOperator.xlBetween, typeof xlBetween>,
  Same<Et.XlPageOrientation.xlPortrait, typeof xlPortrait>,
  Same<Et.XlPageOrientation.xlLandscape, typeof xlLandscape>,
  Same<Kso.XlHAlign.xlHAlignLeft, typeof xlHAlignLeft>,
  Same<Kso.XlHAlign.xlHAlignCenter, typeof xlHAlignCenter>,
  Same<Kso.XlHAlign.xlHAlignRight, typeof xlHAlignRight>,
  Same<Kso.XlVAlign.xlVAlignTop, typeof xlVAlignTop>,
  Same<Kso.XlVAlign.xlVAlignCenter, typeof xlVAlignCenter>,
  Same<Kso.XlVAlign.xlVAlignBottom, typeof xlVAlignBottom>,
  Same<Kso.MsoDocProperties.msoPropertyTypeString, typeof msoPropertyTypeString>,
  Same<Et.XlPattern.xlPatternGray50, (typeof PATTERNS)["Gray50"]>,
  Same<Et.XlPattern.xlPatternChecker, (typeof PATTERNS)["Checker"]>,
  Same<Et.XlPattern.xlPatternRectangularGradient, (typeof PATTERNS)["RectangularGradient"]>,
];
