// What a caller chooses when asking for a template, and the checks on it. A bad request is a programming or
// usage mistake, so it throws (the CLI and the pane turn the message into a usage error).

import { NATIONAL, ScoringProfile } from "../scoring/profiles";

export interface TemplateOptions {
  /** Rows of the indicator table. */
  readonly indicators?: number;
  /** Scoring profile the formulas follow; national by default. */
  readonly profile?: ScoringProfile;
  /** Year in the title ("2023年度…"); the title has none when absent. */
  readonly year?: number;
  /** The sheet's name; it also becomes the 附表 marker above the title when it is one ("附表15-2"). */
  readonly sheetName?: string;
}

export const DEFAULT_INDICATORS = 8;
export const MAX_INDICATORS = 60;

export class TemplateOptionError extends Error {}

export interface ResolvedOptions {
  readonly indicators: number;
  readonly profile: ScoringProfile;
  readonly year?: number;
}

export function resolveOptions(options: TemplateOptions): ResolvedOptions {
  const indicators = options.indicators ?? DEFAULT_INDICATORS;
  if (!Number.isInteger(indicators) || indicators < 1 || indicators > MAX_INDICATORS) {
    throw new TemplateOptionError(`指标行数应为 1 到 ${MAX_INDICATORS} 之间的整数，收到 ${options.indicators}`);
  }
  const year = options.year;
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new TemplateOptionError(`年度应为四位年份，收到 ${year}`);
  }
  return { indicators, profile: options.profile ?? NATIONAL, year };
}

/** The marker above the title: the sheet's own name when it is a 附表 number of this kind, else the bare number. */
export function markerFor(base: "附表14" | "附表15", sheetName: string | undefined): string {
  return sheetName && new RegExp(`^${base}(-\\d+)?$`).test(sheetName) ? sheetName : base;
}

export function titleFor(year: number | undefined, title: string): string {
  return year === undefined ? title : `${year}年度${title}`;
}
