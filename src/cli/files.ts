// Turning command-line paths into the list of workbooks to read, and reading one: every problem is one zh-CN line
// that starts with the file's name.

import { promises as fs } from "node:fs";
import path from "node:path";
import { Limits, sizeProblem } from "./limits";
import { packageProblem } from "./package-check";

export const SAMPLE_WORKBOOK = path.join(__dirname, "../../assets/sample/sample.xlsx");
/** The national nine-table sample, built from the same seed by scripts/build-national-sample.mjs. */
export const NATIONAL_SAMPLE = path.join(__dirname, "../../assets/sample/national.xlsx");

/** The bundled samples `--sample` names: zh-CN names first (shown in messages), then the template pack's id. */
export const SAMPLES: readonly { readonly names: readonly string[]; readonly file: string }[] = [
  { names: ["云南", "yunnan-2023"], file: SAMPLE_WORKBOOK },
  { names: ["全国", "national"], file: NATIONAL_SAMPLE },
];

export function sampleFile(name: string): string | undefined {
  return SAMPLES.find((s) => s.names.includes(name.toLowerCase()))?.file;
}

/** A file that cannot be read as a workbook. The message is the whole line: "<file>：<reason>". */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}：${reason}`);
  }
}

/** How a file is named in messages and reports: as given, but a bundled sample relative to the working folder. */
export function displayName(file: string): string {
  return SAMPLES.some((s) => s.file === file) ? path.relative(process.cwd(), file) || file : file;
}

/** Checked workbooks in a folder. */
const WORKBOOK = /\.xlsx$/i;
/**
 * Other spreadsheet files in a folder: not checked, but listed as unreadable with what to do, so that a reviewer
 * who points juesuan at a folder learns that they were not checked.
 */
const OTHER_SPREADSHEET = /\.(xls|et|ett|ods|xlsb)$/i;

export interface Inputs {
  /** The files to read, in order. */
  readonly files: string[];
  /** True when the run covers several workbooks (a folder, or more than one argument): --out is then a folder. */
  readonly several: boolean;
  /** Folders given that held no workbook at all. */
  readonly emptyFolders: string[];
}

/** Expands folders to the workbooks in them (sorted; Excel's "~$" lock files skipped); no argument is the sample. */
export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  if (inputs.length === 0) return { files: [SAMPLE_WORKBOOK], several: false, emptyFolders: [] };
  const files: string[] = [];
  const emptyFolders: string[] = [];
  let folders = 0;
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      files.push(input); // reported as missing when read
      continue;
    }
    if (stat.isDirectory()) {
      folders++;
      const names = (await fs.readdir(input))
        .filter((n) => (WORKBOOK.test(n) || OTHER_SPREADSHEET.test(n)) && !n.startsWith("~$"))
        .sort();
      if (names.length === 0) emptyFolders.push(input);
      files.push(...names.map((n) => path.join(input, n)));
    } else files.push(input);
  }
  return { files, several: inputs.length > 1 || folders > 0, emptyFolders };
}

function systemReason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ENOENT":
      return "找不到文件";
    case "EISDIR":
      return "是文件夹，不是文件";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    default:
      return `无法读取（系统错误 ${e.code ?? "未知"}）`;
  }
}

/**
 * Reads a workbook file's bytes, or throws an InputError saying what the file is instead of an .xlsx. With `limits`
 * (check), an oversized file is refused by its size on disk before any of it is read, and a zip bomb by its directory.
 */
export async function readWorkbookFile(file: string, display = displayName(file), limits?: Limits): Promise<Buffer> {
  let data: Buffer;
  try {
    const tooBig = limits && sizeProblem((await fs.stat(file)).size, limits);
    if (tooBig) throw new InputError(display, tooBig);
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(display, systemReason(e as NodeJS.ErrnoException));
  }
  const problem = packageProblem(data, file, limits);
  if (problem) throw new InputError(display, problem);
  return data;
}
