// A scorecard template as plain data: what a host must put on a new sheet (cells, formats, merges, borders,
// sizes, validation lists) and where the cells people fill in sit. Hosts render it — the CLI with exceljs,
// the add-in through the Office JavaScript API — and never decide layout themselves.
//
// Rows and columns are 0-based, as everywhere in the core; A1 text appears only inside formulas and in the
// maps, which hosts and tests address cells by.

export type TemplateKind = "project" | "dept";

/** A rectangle of one sheet (0-based, inclusive). */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type HorizontalAlign = "Left" | "Center" | "Right";
export type VerticalAlign = "Top" | "Center" | "Bottom";

/** How a cell looks. Every field is optional; absent means the sheet default. */
export interface CellStyle {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
}

/** One cell: a constant, a formula ("=…"), or nothing but a style (an input cell waiting for a figure). */
export interface TemplateCell {
  readonly row: number;
  readonly col: number;
  readonly value?: string | number;
  readonly formula?: string;
  /** Key into SheetTemplate.styles. */
  readonly style: string;
}

/** A drop-down list: fixed items, or a formula returning the range to offer (for lists that depend on a cell). */
export interface ListValidation {
  readonly area: Area;
  readonly source: { readonly items: readonly string[] } | { readonly formula: string };
  /** Stop other entries (the formulas depend on the value) or only warn (people may name their own). */
  readonly strict: boolean;
  readonly prompt: string;
  readonly error: string;
}

/** Where a project scorecard's cells are, in A1 (no sheet). */
export interface ProjectTemplateMap {
  readonly kind: "project";
  readonly projectName: string;
  readonly department: string;
  readonly implementer: string;
  /** 当年财政拨款, 上年结转资金, 其他资金: the figures people enter. */
  readonly fundInputs: Readonly<Record<"fiscal" | "carryover" | "other", FundInputCells>>;
  /** 年度资金总额: derived from the three lines, except its 分值. */
  readonly total: { readonly initialBudget: string; readonly fullBudget: string; readonly executed: string; readonly weight: string; readonly rate: string; readonly score: string };
  readonly goals: { readonly expected: string; readonly actual: string };
  readonly indicators: readonly ProjectIndicatorCells[];
  readonly otherNotes: string;
  readonly totalWeight: string;
  readonly totalScore: string;
  readonly grade: string;
  /** The visible check that the 分值 add up to 100. */
  readonly weightCheck: string;
}

export interface FundInputCells {
  readonly initialBudget: string;
  readonly fullBudget: string;
  readonly executed: string;
  /** Derived: the line's 执行率. */
  readonly rate: string;
}

export interface IndicatorCells {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly nature: string;
  readonly target: string;
  readonly unit: string;
  readonly actual: string;
  readonly reason: string;
}

export interface ProjectIndicatorCells extends IndicatorCells {
  readonly weight: string;
  /** Derived from 指标性质 for quantitative rows; left blank (for people) on qualitative ones. */
  readonly score: string;
}

/** The reader's keys of 附表14's money lines (DeptFundLine["key"]). */
export type DeptLineKey = "total" | "basic" | "project" | "project.fiscal" | "project.other" | "carryover";

/** One line of 附表14's money block. */
export interface DeptLineCells {
  readonly initialBudget: string;
  readonly adjustment: string;
  readonly confirmedBudget: string;
  readonly executed: string;
  readonly rate: string;
  /** Which of the figures are entered by people; the others are formulas. */
  readonly inputs: readonly ("initialBudget" | "adjustment" | "executed")[];
}

export interface DeptTemplateMap {
  readonly kind: "dept";
  readonly department: string;
  readonly lines: Readonly<Record<DeptLineKey, DeptLineCells>>;
  readonly goal: string;
  readonly indicators: readonly IndicatorCells[];
  readonly otherNotes: string;
}

export type TemplateMap = ProjectTemplateMap | DeptTemplateMap;

export interface SheetTemplate {
  readonly kind: TemplateKind;
  /** Suggested sheet name; the host makes it unique. */
  readonly sheetName: string;
  readonly title: string;
  readonly font: { readonly name: string; readonly size: number };
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly cells: readonly TemplateCell[];
  readonly merges: readonly Area[];
  /** Thin borders on every cell of each area (the table grid). */
  readonly borders: readonly Area[];
  /** Widths in characters of the default font (Excel's column width unit), from column A on. */
  readonly columnWidths: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** Heights in points of the rows that need more than the default. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly validations: readonly ListValidation[];
  /** What prints: the table and its notes, not the helper lists. */
  readonly printArea: Area;
  readonly landscape: boolean;
  readonly map: TemplateMap;
}

/** Everything the template touches, for hosts writing whole-rectangle arrays. */
export function templateExtent(t: SheetTemplate): Area {
  let bottom = 0;
  let right = 0;
  for (const c of t.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  for (const m of [...t.merges, ...t.borders]) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return { top: 0, left: 0, bottom, right };
}
