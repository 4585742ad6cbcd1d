// Shared by the CLI tests: running `main` in-process, and building the damaged or foreign packages people send
// (jszip is exceljs's own zip library, already installed with it).
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { SAMPLE_PATH } from "../helpers/sample";

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function run(args: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export function tempDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `juesuan-${label}-`));
}

export const sampleBytes = (): Buffer => readFileSync(SAMPLE_PATH);

/** A zip holding the given entries, in order; `stored` entries are not compressed (as an .ods's `mimetype`). */
export async function zipOf(entries: Record<string, string | Buffer>, stored: readonly string[] = []): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data, { compression: stored.includes(name) ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The sample package rewritten without one of its parts. */
export async function sampleWithout(part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sampleBytes());
  if (!zip.file(part)) throw new Error(`the sample has no ${part}`);
  zip.remove(part);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A minimal OpenDocument spreadsheet: `mimetype` first and uncompressed, as the format requires. */
export function odsBytes(): Promise<Buffer> {
  return zipOf(
    {
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    },
    ["mimetype"],
  );
}

/** The start of an OLE compound file (old .xls, WPS .et, encrypted .xlsx), with a stream name in UTF-16. */
export function oleBytes(stream = "Workbook"): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(100)]);
}

/** Text that is English library output or a stack trace, which must never reach the user. */
export const LIBRARY_TEXT = /[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}|at .*\(.*:\d+:\d+\)|Error:|undefined|ENOENT|sheetNo/;
