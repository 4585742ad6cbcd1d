// A waiver (忽略并说明): staff answer one finding with a reason, stored in the workbook itself so that it travels
// with the file to the reviewer. It is keyed by a fingerprint of what the finding is about (fingerprint.ts), not
// by where it sits, so it survives moved rows but not a changed figure.

/** The very-hidden sheet that holds the waivers (≤ 31 characters, as Excel requires of sheet names). */
export const WAIVER_SHEET = "juesuan_忽略说明";

/** First cell of the sheet, then the format version beside it. */
export const WAIVER_MARK = "juesuan-waivers";
export const WAIVER_VERSION = "1";

/** Longest reason kept: a cell holds 32,767 characters, but a reason is a sentence or two. */
export const MAX_REASON_CHARS = 500;

export interface Waiver {
  readonly rule: string;
  readonly check: string;
  /** The table's kind (a stable English id), "" for a finding outside any table. */
  readonly kind: string;
  /** The table's label when waived ("公开06"): for people only. */
  readonly table: string;
  /** What the waiver matches (fingerprint.ts). */
  readonly fingerprint: string;
  /** Where the finding was when waived ("公开06表!I39"): for people only, never matched. */
  readonly where: string;
  readonly reason: string;
  /** When it was waived, ISO 8601 ("2026-12-06T10:30:00.000Z"). */
  readonly at: string;
}

/** The reason as stored: trimmed; a zh-CN sentence saying why not when it is empty or too long. */
export function checkReason(text: string): { reason: string } | { error: string } {
  const reason = text.replace(/\r\n?/g, "\n").trim();
  if (!reason) return { error: "请填写忽略的理由。" };
  if (reason.length > MAX_REASON_CHARS) return { error: `理由最多 ${MAX_REASON_CHARS} 个字（现为 ${reason.length} 个）。` };
  return { reason };
}
