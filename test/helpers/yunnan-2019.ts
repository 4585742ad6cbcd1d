// The bundled 云南 2023 sample recast as a 2019–2020 nine-table workbook (src/core/packs/yunnan-2019.ts): the
// tables the 2019 set has, renumbered 表一…表九 on sheets of those names, the 三公 table under its 2019 title;
// the 项目支出 (公开07), 一般公共预算 “三公” (公开11) and 国有资产 (公开12) tables left out. The scorecards stay.
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { normLabel } from "../../src/core/text/normalize";

/** 2023 sheet (and marker) → 2019 number, for the tables the 2019 set has. */
export const RENUMBERED: Readonly<Record<string, number>> = {
  公开01表: 1,
  公开02表: 2,
  公开03表: 3,
  公开04表: 4,
  公开05表: 5,
  公开06表: 6,
  公开08表: 7,
  公开09表: 8,
  公开10表: 9,
};

/** The 2023 tables the 2019 set does not have. */
export const DROPPED = ["公开07表", "公开11表", "公开12表"];

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
export const label2019 = (n: number) => `表${NUMERALS[n]}`;

/** The 三公 table's title as the 2019 set prints it (no 财政拨款 in front). */
export const THREE_PUBLIC_TITLE_2019 = "“三公”经费、行政参公单位机关运行经费情况表";
const THREE_PUBLIC_TITLE_2023 = "财政拨款“三公”经费、行政参公单位机关运行经费情况表";

export interface Recast {
  /** Keep the 2023 markers ("公开08表") instead of printing 表七. */
  readonly markers2023?: boolean;
  /** The 三公 table's title (default: the 2019 wording). */
  readonly threePublicTitle?: string;
  /** Leave out more 2023 sheets (the 国有资本经营 table for the eight-table variant). */
  readonly drop?: readonly string[];
  /** Override a 2023 sheet's 2019 number (the 三公 table as 表八 in the eight-table variant). */
  readonly numbers?: Readonly<Record<string, number>>;
}

/** The sheet a 2023 sheet becomes in the recast workbook. */
export function sheetName2019(sheet2023: string, numbers: Readonly<Record<string, number>> = RENUMBERED): string {
  const n = numbers[sheet2023];
  return n === undefined ? sheet2023 : label2019(n);
}

export function recast2019(sample: Grid, options: Recast = {}): Grid {
  const numbers = { ...RENUMBERED, ...options.numbers };
  const drop = new Set([...DROPPED, ...(options.drop ?? [])]);
  const title = options.threePublicTitle ?? THREE_PUBLIC_TITLE_2019;
  const cell = (v: CellValue): CellValue => {
    if (typeof v !== "string") return v;
    const folded = normLabel(v);
    if (!options.markers2023 && numbers[folded] !== undefined) return label2019(numbers[folded]);
    if (folded === normLabel(THREE_PUBLIC_TITLE_2023)) return title;
    return v;
  };
  const sheets: GridSheet[] = sample.sheets
    .filter((s) => !drop.has(s.name))
    .map((s) => {
      const name = sheetName2019(s.name, numbers);
      return {
        ...s,
        name,
        values: s.values.map((row) => row.map(cell)),
        merges: (s.merges ?? []).map((m) => ({ ...m, sheet: name })),
      };
    });
  return { sheets };
}
