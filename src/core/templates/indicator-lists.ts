// The choices the indicator table offers: 一级指标, the 二级指标 under each (财预〔2020〕10号's indicator
// framework) and 指标性质. The 二级指标 list depends on the row's 一级指标, and a list validation can only
// offer a range of cells, so the lists are written into hidden helper cells beside the title rows — rows the
// reader never scans for figures or indicators — and each row's validation picks its range with OFFSET.

import { columnLetters } from "../grid/address";
import { ListValidation } from "./model";
import type { SheetBuilder } from "./sheet-builder";

export const LEVEL1_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
  ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
  ["满意度指标", ["服务对象满意度指标"]],
];

/**
 * 指标性质 as offered: ≥ and ≤ as people write them, and a full-width ＝ — a lone "=" picked from a list can be
 * taken for the start of a formula. The score formula accepts the ASCII spellings (>=, <=, =, >, <) as well.
 */
export const NATURE_CHOICES: readonly string[] = ["≥", "≤", "＝"];

/** First helper column (L): right of both tables with a blank column between. */
export const LIST_COLUMN = 11;
const LONGEST = Math.max(...LEVEL1_LISTS.map(([, l]) => l.length));

/** Writes the helper lists (one row per 一级指标: its name, then its 二级指标) and returns their columns. */
export function writeIndicatorLists(b: SheetBuilder): number[] {
  LEVEL1_LISTS.forEach(([level1, level2s], i) => {
    b.put(i, LIST_COLUMN, level1, "list");
    level2s.forEach((name, j) => b.put(i, LIST_COLUMN + 1 + j, name, "list"));
  });
  return Array.from({ length: LONGEST + 1 }, (_, k) => LIST_COLUMN + k);
}

/** The three validations of an indicator table whose rows run from `top` to `bottom`. */
export function indicatorValidations(top: number, bottom: number, cols: { level1: number; level2: number; nature: number }): ListValidation[] {
  const names = `$${columnLetters(LIST_COLUMN)}$1:$${columnLetters(LIST_COLUMN)}$${LEVEL1_LISTS.length}`;
  const first = `$${columnLetters(LIST_COLUMN + 1)}$1`;
  const level1 = `$${columnLetters(cols.level1)}${top + 1}`;
  // Row of the chosen 一级指标 among the helper rows (the first when none is chosen yet), then as many cells
  // of that row as it has names.
  const row = `IFERROR(MATCH(${level1},${names},0),1)-1`;
  const level2Source = `=OFFSET(${first},${row},0,1,COUNTA(OFFSET(${first},${row},0,1,${LONGEST})))`;
  const area = (col: number) => ({ top, left: col, bottom, right: col });
  return [
    {
      area: area(cols.level1),
      source: { items: LEVEL1_LISTS.map(([name]) => name) },
      strict: true,
      prompt: "请选择一级指标：产出指标、效益指标或满意度指标",
      error: "一级指标应为产出指标、效益指标或满意度指标",
    },
    {
      area: area(cols.level2),
      source: { formula: level2Source },
      strict: false,
      prompt: "请选择与一级指标对应的二级指标",
      error: "该二级指标不在所选一级指标的常用二级指标中，确定使用吗？",
    },
    {
      area: area(cols.nature),
      source: { items: NATURE_CHOICES },
      strict: true,
      prompt: "≥：实际值不低于指标值为达成；≤：不高于为达成（反向指标）；＝：等于指标值为达成。定性指标也请选择",
      error: "指标性质应为 ≥、≤ 或 ＝",
    },
  ];
}
