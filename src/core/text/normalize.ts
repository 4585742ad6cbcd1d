// Label normalisation: headers are typed by hand, broken by line feeds, padded with spaces and written with
// full-width or half-width punctuation at random. Matching is done on the folded form only.

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** Full-width ASCII (！ to ～, ideographic space) to half-width. */
export function foldWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const folded = new Map<string, string>();
const CACHE_LIMIT = 50000;

export function normLabel(s: string): string {
  // Workbooks repeat the same few labels ("-", "无", "合计") thousands of times: fold each text once.
  let hit = folded.get(s);
  if (hit === undefined) {
    hit = fold(s);
    if (folded.size >= CACHE_LIMIT) folded.clear();
    folded.set(s, hit);
  }
  return hit;
}

function fold(s: string): string {
  return foldWidth(s)
    .replace(/<\/?p>/gi, "")
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[“”"「」『』]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[〔【]/g, "[")
    .replace(/[〕】]/g, "]")
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/：/g, ":");
}

/** Text with only line breaks and runs of spaces tidied, for showing back to people. */
export function tidyText(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(/\s{2,}/g, " ").trim();
}
