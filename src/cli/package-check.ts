// What a file really is, before exceljs is asked to parse it: an .xlsx is a zip (OOXML package) whose central
// directory lists xl/workbook.xml. Everything else people send under a spreadsheet's name — an old .xls or a WPS .et
// (OLE compound files), a password-protected .xlsx (OLE with an EncryptionInfo stream), an .ods, a truncated
// download, a zip of something else, a web page saved as .xls — gets a zh-CN reason here, from the bytes alone
// (node's Buffer and zlib, in src/cli/zip.ts; no dependency). The reason is a sentence fragment: callers put the
// file's name before it.

import path from "node:path";
import { expansionProblem, Limits } from "./limits";
import { readZipDirectory, SIG_EOCD, SIG_LOCAL, zipEntryData, zipEntryText } from "./zip";

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

function inspectZip(data: Buffer, ext: string, limits?: Limits): string | undefined {
  const dir = readZipDirectory(data);
  if (!dir.ok) return REASONS[dir.problem];
  const bomb = limits && expansionProblem(dir.entries, data.length, limits);
  if (bomb) return bomb;
  const byName = new Map(dir.entries.map((e) => [e.name, e]));
  const mimetype = byName.get("mimetype");
  if (mimetype) {
    const type = zipEntryText(data, mimetype, dir.cdOffset)?.trim() ?? "";
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
  if (!zipEntryData(data, workbook, dir.cdOffset)) return REASONS.damaged;
  if (workbook.method !== 0 && workbook.method !== 8) return REASONS.unparsable;
  return undefined;
}

/**
 * Why `data` (the bytes of `file`) cannot be read as an .xlsx workbook, or undefined when it looks like one.
 * Only the package is checked here; a package that passes can still fail to parse (REASONS.unparsable). With
 * `limits`, a package whose directory declares a zip bomb's expansion is refused too.
 */
export function packageProblem(data: Buffer, file: string, limits?: Limits): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (data.length === 0) return REASONS.empty;
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE_MAGIC)) return inspectOle(data, ext);
  // "PK\x03\x04" starts a zip; "PK\x05\x06" is an empty one (only the end record).
  if (data.length >= 4 && (data.readUInt32LE(0) === SIG_LOCAL || data.readUInt32LE(0) === SIG_EOCD)) return inspectZip(data, ext, limits);
  return inspectText(data);
}
