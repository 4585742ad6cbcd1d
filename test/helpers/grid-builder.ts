// Small grids for tests, written as tab-separated text: one line per row, "\t" between columns.
// Cells that look like numbers ("10,584.32", "95.74%", "2.00") become numbers with the matching format,
// like a real workbook; prefix a cell with ' to keep it text ("'2010450").
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";

export function parseCell(text: string): { value: CellValue; format: string } {
  if (text === "") return { value: null, format: "General" };
  if (text.startsWith("'")) return { value: text.slice(1), format: "@" };
  let m = /^(-?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
  if (m) return { value: Number(text.replace(/,/g, "")), format: m[3] ? `#,##0.${"0".repeat(m[3].length)}` : "#,##0" };
  m = /^(-?\d+(?:\.(\d+))?)%$/.exec(text);
  if (m) return { value: Number((Number(m[1]) / 100).toPrecision(12)), format: m[2] ? `0.${"0".repeat(m[2].length)}%` : "0%" };
  m = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (m && text.length < 15) return { value: Number(text), format: m[1] ? `0.${"0".repeat(m[1].length)}` : "General" };
  return { value: text, format: "General" };
}

export function sheetFromTsv(name: string, tsv: string, at: { top?: number; left?: number } = {}): GridSheet {
  const lines = tsv.replace(/^\n/, "").replace(/\n$/, "").split("\n");
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const line of lines) {
    const cells = line.split("\t").map(parseCell);
    values.push(cells.map((c) => c.value));
    formats.push(cells.map((c) => c.format));
  }
  return { name, top: at.top ?? 0, left: at.left ?? 0, values, formats, merges: [] };
}

export function gridOf(...sheets: GridSheet[]): Grid {
  return { sheets };
}
