// Turning command-line paths into the list of workbooks to check; every problem is a one-line message.

import { promises as fs } from "node:fs";
import path from "node:path";

export const SAMPLE_WORKBOOK = path.join(__dirname, "../../assets/sample/sample.xlsx");

export class InputError extends Error {}

/** Expands folders to the .xlsx files in them (sorted, Excel's "~$" lock files skipped). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) return [SAMPLE_WORKBOOK];
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push(input); // reported as missing when read
      continue;
    }
    if (stat.isDirectory()) {
      const names = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else out.push(input);
  }
  return out;
}

/** Reads a workbook file, with a clear message for what is not there or not an .xlsx. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`找不到文件：${file}`);
    if (code === "EISDIR") throw new InputError(`不是文件：${file}`);
    throw new InputError(`无法读取文件 ${file}：${(e as Error).message}`);
  }
  // .xlsx is a zip archive: "PK\x03\x04". An .xls (OLE) or a renamed text file is not.
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    const ole = data.length >= 4 && data.readUInt32LE(0) === 0xe011cfd0;
    // A password-protected .xlsx is stored in the same OLE container as an old .xls, with an EncryptionInfo stream.
    if (ole && data.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      throw new InputError(`${file} 设置了打开密码：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后再校验`);
    }
    throw new InputError(ole ? `${file} 是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再校验` : `${file} 不是 .xlsx 文件`);
  }
  return data;
}
