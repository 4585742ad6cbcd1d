// What one file may make `check` read. A reviewer's folder holds whatever people sent: one 300 MB export or a zip
// bomb must be refused with a reason while the batch goes on, before it takes the memory of the whole run. The
// size on disk is checked before the file is read, the expansion from the zip's central directory before anything
// is inflated, and the cells while the sheets are scanned (src/cli/xlsx-read.ts).

import { ZipEntry } from "./zip";

export interface Limits {
  /** Bytes on disk. */
  readonly maxBytes: number;
  /** Cells present in the sheets (<c> elements, empty styled ones included). */
  readonly maxCells: number;
  /** Inflated size of the package over its compressed size. */
  readonly maxRatio: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 50 * 1024 * 1024, maxCells: 2_000_000, maxRatio: 100 };

/**
 * Below this inflated size a package is never a bomb, whatever its ratio: a workbook of empty styled cells can
 * compress 100:1 and still be a few MB.
 */
const RATIO_FLOOR = 20 * 1024 * 1024;

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function sizeProblem(bytes: number, limits: Limits): string | undefined {
  if (bytes <= limits.maxBytes) return undefined;
  return `文件过大（${mb(bytes)}，上限 ${mb(limits.maxBytes)}），未校验；如确需校验请加 --max-size ${Math.ceil(bytes / 1024 / 1024)}`;
}

/** The expansion the central directory declares, before anything is inflated. */
export function expansionProblem(entries: readonly ZipEntry[], fileBytes: number, limits: Limits): string | undefined {
  let inflated = 0;
  for (const e of entries) inflated += e.uncompressedSize;
  const ratio = inflated / Math.max(1, fileBytes);
  if (inflated <= RATIO_FLOOR || ratio <= limits.maxRatio) return undefined;
  return `解压后将达 ${mb(inflated)}（压缩比 ${Math.round(ratio)}:1，上限 ${limits.maxRatio}:1），疑似压缩炸弹，未校验`;
}

export function cellsProblem(limits: Limits): string {
  return `单元格过多（超过 ${limits.maxCells.toLocaleString("en-US")} 个，上限可用 --max-cells 调整），未校验`;
}
