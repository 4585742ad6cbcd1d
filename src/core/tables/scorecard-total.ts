// The 总分 line under a 项目支出绩效自评表: 分值, 得分 and 等级 on the 总分 row itself
// ("总分 … 100.00 99.50 优"), or a caption row ("总分 | 总分值 | 总得分 | 自评等级") with the figures on the next row.

import { formulaAt } from "../grid/grid";
import { Field, ReadProblem } from "./model";
import { TableView } from "./view";

const TOTAL = /^(总分|总计|合计|总分合计)$/;

export interface ScoreTotal {
  readonly row: number;
  readonly weight?: Field;
  readonly score?: Field;
  readonly grade?: Field;
}

export function readScoreTotal(
  view: TableView,
  fromRow: number,
  toRow: number,
  columns: { weight?: number; score?: number },
  what: string,
  problems: ReadProblem[],
  at: { row: number; col: number },
): ScoreTotal | undefined {
  let row: number | undefined;
  let labelCol = view.left;
  for (let r = fromRow; r <= toRow && row === undefined; r++) {
    const first = view.rowLabels(r)[0];
    if (first && TOTAL.test(first.label)) {
      row = r;
      labelCol = first.col;
    }
  }
  if (row === undefined) {
    problems.push({ code: "missing-row", message: `${what}：未找到“总分”行`, cell: view.ref(at.row, at.col) });
    return undefined;
  }

  const cells = view.rowLabels(row).filter((l) => l.col > labelCol);
  const captions = {
    weight: cells.find((l) => /^总分值$|^(总)?权重$/.test(l.label))?.col,
    score: cells.find((l) => /^(总得分|自评得分|得分)$/.test(l.label))?.col,
    grade: cells.find((l) => /等级$/.test(l.label))?.col,
  };
  if (captions.weight !== undefined || captions.score !== undefined || captions.grade !== undefined) {
    // Figures on the next non-empty row, under their captions.
    let valueRow = row + 1;
    while (valueRow <= toRow && view.isEmptyRow(valueRow)) valueRow++;
    if (valueRow > toRow) {
      problems.push({ code: "missing-row", message: `${what}：“总分”标题行下没有分值`, cell: view.ref(row, labelCol) });
      return { row };
    }
    const pick = (col: number | undefined) => (col !== undefined && view.text(valueRow, col).trim() !== "" ? view.field(valueRow, col) : undefined);
    const byCaption = { weight: pick(captions.weight), score: pick(captions.score), grade: pick(captions.grade) };
    if (byCaption.weight && byCaption.score && byCaption.grade) return { row: valueRow, ...byCaption };
    // Figures not under their captions: read the row by order instead.
    const byOrder = figures(view, valueRow, view.left - 1, columns, what, problems);
    return {
      row: valueRow,
      weight: byCaption.weight ?? byOrder.weight,
      score: byCaption.score ?? byOrder.score,
      grade: byCaption.grade ?? byOrder.grade,
    };
  }
  return { row, ...figures(view, row, labelCol, columns, what, problems) };
}

/**
 * Figures of a 总分 row, by order rather than by column: total rows are often out of line with the indicator
 * columns above (附表15-7). Two numbers are 分值 then 得分; one number is 得分 unless it sits in the 分值 column;
 * the 等级 is the last filled text cell.
 */
function figures(
  view: TableView,
  row: number,
  labelCol: number,
  columns: { weight?: number; score?: number },
  what: string,
  problems: ReadProblem[],
): { weight?: Field; score?: Field; grade?: Field } {
  const numbers: Field[] = [];
  let grade: Field | undefined;
  for (let c = labelCol + 1; c <= view.right; c++) {
    const f = view.field(row, c);
    if (f.num.kind !== "uncomputed" && view.text(row, c).trim() === "") continue;
    // An error value (#N/A) or a formula not yet computed stands where a figure belongs: bind it, so the rules
    // can say it cannot be read.
    // A formula not yet computed that yields text (the grade's IF(…,"优",…)) is the grade, not a figure.
    if (f.num.kind === "uncomputed" && formulaAt(view.sheet, row, c).includes('"')) grade = f;
    else if (f.num.kind === "number" || f.num.kind === "error" || f.num.kind === "uncomputed") numbers.push(f);
    else if (f.num.kind === "text") grade = f;
  }
  if (numbers.length > 2) {
    problems.push({ code: "ambiguous", message: `${what}：“总分”行有 ${numbers.length} 个数，取最后两个为分值和得分`, cell: numbers[0].ref });
    return { weight: numbers[numbers.length - 2], score: numbers[numbers.length - 1], grade };
  }
  if (numbers.length === 2) return { weight: numbers[0], score: numbers[1], grade };
  if (numbers.length === 1) {
    const only = numbers[0];
    return only.ref.col === columns.weight && columns.weight !== columns.score ? { weight: only, grade } : { score: only, grade };
  }
  return { grade };
}
