// What a file really is, before exceljs is asked to parse it: an .xlsx is a zip (OOXML package) whose central
// directory lists xl/workbook.xml. Everything else people send under a spreadsheet's name — an old .xls or a WPS .et
// (OLE compound files), a password-protected .xlsx (OLE with an EncryptionInfo stream), an .ods, a truncated
// download, a zip of something else, a web page saved as .xls — gets a zh-CN reason here, from the bytes alone
// (node's Buffer and zlib; no dependency). The reason is a sentence fragment: callers put the file's name before it.

import path from "node:path";
import { inflateRawSync } from "node:zlib";

export const REASONS = {
  empty: "是空文件（0 字节），不是工作簿",
  encrypted: "设置了打开密码，无法读取；请在 Excel/WPS 中取消打开密码并保存后再校验",
  wpsEt: "是 WPS 表格 .et 文件，请在 WPS 中另存为 .xlsx 后再校验",
  xls: "是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后再校验",
  word: "是 Word 文档，不是工作簿",
  pdf: "是 PDF 文件，不是工作簿；请找原始的 .xlsx 工作簿再校验",
  html: "是网页（HTML）文件，不是真正的 Excel 工作簿；请在 Excel/WPS 中打开后另存为 .xlsx 再校验",
  xml2003: "是 XML 表格（Excel 2003 XML）文件，请在 Excel/WPS 中另存为 .xlsx 后再校验",
  notXlsx: "不是 .xlsx 文件（内容不是 Excel 工作簿）",
  truncated: "文件不完整（可能在下载或复制时被截断），无法读取；请重新获取原文件",
  damaged: "文件已损坏（压缩包结构不完整），无法读取；请重新获取原文件",
  zipPassword: "压缩包设置了密码，无法读取",
  ods: "是 OpenDocument 表格（.ods）文件，请在 WPS/Excel/LibreOffice 中另存为 .xlsx 后再校验",
  odf: "是 OpenDocument 文档，不是工作簿",
  xlsb: "是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再校验",
  docx: "是 Word 文档（.docx），不是工作簿",
  pptx: "是 PowerPoint 演示文稿（.pptx），不是工作簿",
  noWorkbook: "是压缩包，但其中没有工作簿（缺少 xl/workbook.xml），不是有效的 .xlsx 文件",
  /** exceljs could not parse a package that passed the checks here. */
  unparsable: "文件已损坏，无法读取工作簿内容；请在 Excel/WPS 中打开并另存为 .xlsx 后再校验",
} as const;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

type Directory = { ok: true; entries: ZipEntry[]; cdOffset: number } | { ok: false; reason: string };

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
function readDirectory(data: Buffer): Directory {
  const eocd = findEocd(data);
  if (eocd < 0) return { ok: false, reason: REASONS.truncated };
  let count = data.readUInt16LE(eocd + 10);
  let cdSize = data.readUInt32LE(eocd + 12);
  let cdOffset = data.readUInt32LE(eocd + 16);
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return { ok: false, reason: REASONS.damaged };
    const z64 = Number(data.readBigUInt64LE(locator + 8));
    if (z64 + 56 > locator || data.readUInt32LE(z64) !== SIG_ZIP64_EOCD) return { ok: false, reason: REASONS.damaged };
    count = Number(data.readBigUInt64LE(z64 + 32));
    cdSize = Number(data.readBigUInt64LE(z64 + 40));
    cdOffset = Number(data.readBigUInt64LE(z64 + 48));
    cdEnd = z64;
  }
  // A directory that points past its own end record: the bytes before it were cut or overwritten.
  if (cdOffset + cdSize > cdEnd) return { ok: false, reason: cdOffset >= data.length ? REASONS.truncated : REASONS.damaged };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cdEnd || data.readUInt32LE(p) !== SIG_CENTRAL) return { ok: false, reason: REASONS.damaged };
    const nameLength = data.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
    if (next > cdEnd) return { ok: false, reason: REASONS.damaged };
    const flags = data.readUInt16LE(p + 8);
    entries.push({
      name: data.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength),
      flags,
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      localOffset: data.readUInt32LE(p + 42),
    });
    p = next;
  }
  return { ok: true, entries, cdOffset };
}

/** An entry's stored bytes, or undefined when its local header is not where the directory says. */
function entryData(data: Buffer, e: ZipEntry, cdOffset: number): Buffer | undefined {
  const p = e.localOffset;
  if (p + 30 > cdOffset || data.readUInt32LE(p) !== SIG_LOCAL) return undefined;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  return end <= cdOffset ? data.subarray(start, end) : undefined;
}

function entryText(data: Buffer, e: ZipEntry, cdOffset: number): string | undefined {
  const raw = entryData(data, e, cdOffset);
  if (!raw || e.flags & 1) return undefined;
  try {
    if (e.method === 0) return raw.toString("utf8");
    if (e.method === 8) return inflateRawSync(raw).toString("utf8");
  } catch {
    return undefined;
  }
  return undefined;
}

function inspectOle(data: Buffer, ext: string): string {
  // A password-protected .xlsx is stored in the same OLE container as an old .xls, with an EncryptionInfo stream.
  if (data.includes(Buffer.from("EncryptionInfo", "utf16le"))) return REASONS.encrypted;
  if (ext === ".et" || ext === ".ett") return REASONS.wpsEt;
  if (data.includes(Buffer.from("WordDocument", "utf16le"))) return REASONS.word;
  return REASONS.xls;
}

function inspectText(data: Buffer): string {
  const head = data.subarray(0, 2048).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("%pdf")) return REASONS.pdf;
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return REASONS.xml2003;
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head) || head.includes("<html")) return REASONS.html;
  return REASONS.notXlsx;
}

function inspectZip(data: Buffer, ext: string): string | undefined {
  const dir = readDirectory(data);
  if (!dir.ok) return dir.reason;
  const byName = new Map(dir.entries.map((e) => [e.name, e]));
  const mimetype = byName.get("mimetype");
  if (mimetype) {
    const type = entryText(data, mimetype, dir.cdOffset)?.trim() ?? "";
    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return REASONS.ods;
    if (type.startsWith("application/vnd.oasis.opendocument.")) return REASONS.odf;
  }
  const workbook = byName.get("xl/workbook.xml");
  if (!workbook) {
    if (ext === ".ods" || byName.has("content.xml")) return REASONS.ods;
    if (byName.has("xl/workbook.bin")) return REASONS.xlsb;
    if (byName.has("word/document.xml")) return REASONS.docx;
    if (byName.has("ppt/presentation.xml")) return REASONS.pptx;
    return REASONS.noWorkbook;
  }
  if (dir.entries.some((e) => e.flags & 1)) return REASONS.zipPassword;
  if (!entryData(data, workbook, dir.cdOffset)) return REASONS.damaged;
  if (workbook.method !== 0 && workbook.method !== 8) return REASONS.unparsable;
  return undefined;
}

/**
 * Why `data` (the bytes of `file`) cannot be read as an .xlsx workbook, or undefined when it looks like one.
 * Only the package is checked here; a package that passes can still fail to parse (REASONS.unparsable).
 */
export function packageProblem(data: Buffer, file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (data.length === 0) return REASONS.empty;
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE_MAGIC)) return inspectOle(data, ext);
  // "PK\x03\x04" starts a zip; "PK\x05\x06" is an empty one (only the end record).
  if (data.length >= 4 && (data.readUInt32LE(0) === SIG_LOCAL || data.readUInt32LE(0) === SIG_EOCD)) return inspectZip(data, ext);
  return inspectText(data);
}
