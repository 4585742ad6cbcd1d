// Table markers: the local number a workbook prints beside a table's title — "公开07表", "表7", "表七",
// "附表1", "附件2-3". A marker is a label: it confirms what the title says, breaks a tie, and names the table
// in reports; it never decides alone what a table is.

export interface Marker {
  /** As shown, folded: "公开07表", "表七". */
  readonly label: string;
  /** "公开" | "表" | "附表" | "附件" */
  readonly scheme: string;
  /** The table's number in the set (附件2-3 → 3). */
  readonly number: number;
}

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 written in Chinese numerals. */
function chineseNumber(s: string): number | undefined {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return undefined;
  if (!s.includes("十")) return s.length === 1 ? DIGITS[s] : undefined;
  const [tens, ones] = s.split("十");
  if (ones.includes("十")) return undefined;
  return (tens ? DIGITS[tens] ?? NaN : 1) * 10 + (ones ? DIGITS[ones] ?? NaN : 0) || undefined;
}

function numberOf(s: string): number | undefined {
  return /^\d{1,2}$/.test(s) ? Number(s) : chineseNumber(s);
}

/** Reads a folded label as a marker; undefined for anything else. */
export function parseMarker(label: string): Marker | undefined {
  let m = /^公开(\d{1,2}|[一二三四五六七八九十]{1,3})表?$/.exec(label);
  if (m) return make(label, "公开", numberOf(m[1]));
  m = /^表(\d{1,2}|[一二三四五六七八九十]{1,3})$/.exec(label);
  if (m) return make(label, "表", numberOf(m[1]));
  m = /^附表(\d{1,2})(-\d+)?$/.exec(label);
  if (m) return make(label, "附表", numberOf(m[1]));
  m = /^附件(\d{1,2})(?:-(\d{1,2}))?$/.exec(label);
  if (m) return make(label, "附件", numberOf(m[2] ?? m[1]));
  return undefined;
}

function make(label: string, scheme: string, number: number | undefined): Marker | undefined {
  return number !== undefined && number >= 1 && number <= 99 ? { label, scheme, number } : undefined;
}
