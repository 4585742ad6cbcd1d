// The looks both scorecard templates share: a published table's plain black-on-white, 宋体, thin grid,
// centred headers, right-aligned figures with two decimals.

import { CellStyle } from "./model";

export const TEMPLATE_FONT = { name: "宋体", size: 10 } as const;

export const TEMPLATE_STYLES: Readonly<Record<string, CellStyle>> = {
  marker: { fontSize: 11, horizontal: "Left", vertical: "Center" },
  title: { bold: true, fontSize: 16, horizontal: "Center", vertical: "Center" },
  header: { bold: true, horizontal: "Center", vertical: "Center", wrap: true },
  label: { horizontal: "Center", vertical: "Center", wrap: true },
  text: { horizontal: "Left", vertical: "Center", wrap: true },
  longText: { horizontal: "Left", vertical: "Top", wrap: true },
  amount: { numberFormat: "#,##0.00", horizontal: "Right", vertical: "Center" },
  rate: { numberFormat: "0.00%", horizontal: "Right", vertical: "Center" },
  /** 附表14's "执行率(%)" holds percent points: 97.54. */
  ratePoints: { numberFormat: "0.00", horizontal: "Right", vertical: "Center" },
  score: { numberFormat: "0.00", horizontal: "Center", vertical: "Center" },
  /** 指标性质, 指标值, 度量单位, 实际完成值: whatever people type, centred. */
  value: { horizontal: "Center", vertical: "Center", wrap: true },
  grade: { bold: true, horizontal: "Center", vertical: "Center" },
  check: { italic: true, fontColor: "#C00000", horizontal: "Left", vertical: "Center" },
  note: { horizontal: "Left", vertical: "Center", wrap: true },
  list: { fontColor: "#808080" },
};
