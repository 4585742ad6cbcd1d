// The fingerprint a waiver is matched by: the rule and which of its checks failed, the table's kind, what each
// involved cell means (cell-meaning.ts) with the text it shows, the figures compared (expected, actual) and the
// finding's other parameters with cell addresses taken out. Moving rows changes none of these; changing a figure
// involved changes the shown text or the figures, so the finding comes back. Hashed to keep the sheet readable.

import { Finding } from "../findings/finding";
import { CellMeanings } from "./cell-meaning";

/** Bumped when what goes into a fingerprint changes: waivers written under another version then go stale. */
const FINGERPRINT_VERSION = "f1";

/** Parameters that are cell references (named by address, which moves with the rows). */
const ADDRESS_KEYS = new Set(["cell", "cells", "address", "where-cell"]);

/** "公开05表!M14", "'Sheet 1'!$M$14": an address qualified by its sheet. */
const QUALIFIED = /(?:'(?:[^']|'')+'|[^\s'!、，,：:；;（）()“”"]+)!\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?/g;
/** "M14", "$M$14", "A1:B2" standing alone. */
const BARE = /(?<![A-Za-z0-9_$])\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?(?![A-Za-z0-9_])/g;

/** A parameter's text with every cell address replaced by "@". */
export function withoutAddresses(text: string): string {
  return text.replace(QUALIFIED, "@").replace(BARE, "@");
}

/** The text that is hashed (exposed for tests and for debugging a waiver that does not match). */
export function fingerprintSource(f: Finding, meanings: CellMeanings): string {
  // A finding about the prose is at its prose cell, wherever that lies: its sheet, never the wording around the figures.
  const primary = f.rule.startsWith("narrative.") ? { meaning: `sheet|${f.cell.sheet}`, text: "" } : meanings.of(f.cell);
  const primaryKey = `${f.cell.sheet}\u0000${f.cell.row}\u0000${f.cell.col}`;
  const others = f.cells
    .filter((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}` !== primaryKey)
    .map((c) => {
      const m = meanings.of(c);
      return `${m.meaning}=${m.text}`;
    });
  // Involved cells in a stable order: their order in the finding may follow the rows.
  const involved = [...new Set(others)].sort();
  const data = Object.entries(f.data)
    .filter(([k]) => !ADDRESS_KEYS.has(k))
    .map(([k, v]) => `${k}=${withoutAddresses(v)}`)
    .sort();
  return JSON.stringify([FINGERPRINT_VERSION, f.rule, f.check, f.kind ?? "", `${primary.meaning}=${primary.text}`, involved, f.expected ?? "", f.actual ?? "", data]);
}

export function fingerprintOf(f: Finding, meanings: CellMeanings): string {
  return `${FINGERPRINT_VERSION}-${hash64(fingerprintSource(f, meanings))}`;
}

/** Two 32-bit FNV-1a lanes with different offsets, mixed: 16 hex digits, the same in every host. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
