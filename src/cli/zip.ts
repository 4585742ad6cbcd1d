// Reading a zip's central directory and entries with node's Buffer and zlib only: enough to look inside an .xlsx
// (an OOXML package) before and beside exceljs, without a dependency. Not a general zip library: no encryption,
// stored or deflated entries only, ZIP64 end records understood but not ZIP64 entry sizes.

import { inflateRawSync } from "node:zlib";

export const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  /** As the directory declares it: a zip bomb may lie, so inflating is capped at this size (zipEntryBytes). */
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** The entries of a zip, or why they cannot be listed: the end record is missing (cut short) or the directory broken. */
export type ZipDirectory = { ok: true; entries: ZipEntry[]; cdOffset: number } | { ok: false; problem: "truncated" | "damaged" };

/** The end-of-central-directory record: the last one whose comment ends the file (or fits in it). */
function findEocd(data: Buffer): number {
  const stop = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  let fallback = -1;
  for (let i = data.length - EOCD_SIZE; i >= stop; i--) {
    if (data.readUInt32LE(i) !== SIG_EOCD) continue;
    const end = i + EOCD_SIZE + data.readUInt16LE(i + 20);
    if (end === data.length) return i;
    if (end < data.length && fallback < 0) fallback = i;
  }
  return fallback;
}

/** Reads the central directory; a missing end record means the file was cut short. */
export function readZipDirectory(data: Buffer): ZipDirectory {
  const eocd = findEocd(data);
  if (eocd < 0) return { ok: false, problem: "truncated" };
  let count = data.readUInt16LE(eocd + 10);
  let cdSize = data.readUInt32LE(eocd + 12);
  let cdOffset = data.readUInt32LE(eocd + 16);
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return { ok: false, problem: "damaged" };
    const z64 = Number(data.readBigUInt64LE(locator + 8));
    if (z64 + 56 > locator || data.readUInt32LE(z64) !== SIG_ZIP64_EOCD) return { ok: false, problem: "damaged" };
    count = Number(data.readBigUInt64LE(z64 + 32));
    cdSize = Number(data.readBigUInt64LE(z64 + 40));
    cdOffset = Number(data.readBigUInt64LE(z64 + 48));
    cdEnd = z64;
  }
  // A directory that points past its own end record: the bytes before it were cut or overwritten.
  if (cdOffset + cdSize > cdEnd) return { ok: false, problem: cdOffset >= data.length ? "truncated" : "damaged" };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cdEnd || data.readUInt32LE(p) !== SIG_CENTRAL) return { ok: false, problem: "damaged" };
    const nameLength = data.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
    if (next > cdEnd) return { ok: false, problem: "damaged" };
    const flags = data.readUInt16LE(p + 8);
    entries.push({
      name: data.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength),
      flags,
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    });
    p = next;
  }
  return { ok: true, entries, cdOffset };
}

/** An entry's stored (compressed) bytes, or undefined when its local header is not where the directory says. */
export function zipEntryData(data: Buffer, e: ZipEntry, cdOffset: number): Buffer | undefined {
  const p = e.localOffset;
  if (p + 30 > cdOffset || data.readUInt32LE(p) !== SIG_LOCAL) return undefined;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  return end <= cdOffset ? data.subarray(start, end) : undefined;
}

/**
 * An entry's content (stored or deflated), never inflated past the size the directory declares: an entry that
 * would grow beyond it is damaged or a zip bomb, and comes back undefined like any unreadable entry.
 */
export function zipEntryBytes(data: Buffer, e: ZipEntry, cdOffset: number): Buffer | undefined {
  const raw = zipEntryData(data, e, cdOffset);
  if (!raw || e.flags & 1) return undefined;
  try {
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch {
    return undefined;
  }
  return undefined;
}

/** An entry's content as UTF-8 text (stored or deflated), or undefined when it cannot be read. */
export function zipEntryText(data: Buffer, e: ZipEntry, cdOffset: number): string | undefined {
  const raw = zipEntryData(data, e, cdOffset);
  if (!raw || e.flags & 1) return undefined;
  try {
    if (e.method === 0) return raw.toString("utf8");
    if (e.method === 8) return inflateRawSync(raw).toString("utf8");
  } catch {
    return undefined;
  }
  return undefined;
}
