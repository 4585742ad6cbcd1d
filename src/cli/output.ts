// Where the CLI writes: every output path is checked before any work (no overwriting without --force, never the
// input itself, a folder for several inputs, a location that can be created and written), missing folders are
// created when the file is written, and a file is written whole or not at all (temporary file + rename).

import { constants, promises as fs } from "node:fs";
import path from "node:path";

/** A problem that stops the command before (or instead of) its work: one line on stderr, exit code 2. */
export class CliError extends Error {}

/** zh-CN reason for a failed file-system call (never node's English text). */
export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "没有写入权限";
    case "EROFS":
      return "所在磁盘是只读的";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EDQUOT":
      return "超出磁盘配额";
    case "ENOTDIR":
    case "EEXIST":
      return "路径中有一段是文件而不是文件夹";
    case "EISDIR":
      return "这是一个文件夹";
    case "ENAMETOOLONG":
      return "路径太长";
    case "ENOENT":
      return "路径不存在";
    case "EBUSY":
      return "文件正被其他程序占用（例如在 Excel/WPS 中打开着）";
    default:
      return `系统错误 ${code ?? "未知"}`;
  }
}

async function statOrUndefined(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return undefined;
  }
}

/** The same file under two spellings (relative path, symlink) is still the same file. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    return ra === rb;
  } catch {
    return false; // one of them does not exist yet
  }
}

/**
 * Checks, without creating anything, that `dir` exists as a writable folder or can be created: its nearest
 * existing ancestor must be a folder we may write into.
 */
export async function checkFolderCreatable(dir: string): Promise<void> {
  let p = path.resolve(dir);
  for (;;) {
    const st = await statOrUndefined(p);
    if (st) {
      if (!st.isDirectory()) throw new CliError(`无法创建输出文件夹 ${dir}：${p} 是文件而不是文件夹`);
      try {
        await fs.access(p, constants.W_OK);
      } catch {
        throw new CliError(p === path.resolve(dir) ? `无法写入输出文件夹 ${dir}：没有写入权限` : `无法创建输出文件夹 ${dir}：${p} 没有写入权限`);
      }
      return;
    }
    const parent = path.dirname(p);
    if (parent === p) throw new CliError(`无法创建输出文件夹 ${dir}：路径不存在`);
    p = parent;
  }
}

/** A single output file: ends in .xlsx (or `ext`), is not an input, does not exist unless --force, and can be written. */
export async function checkOutputFile(
  out: string,
  options: { force: boolean; inputs: readonly string[]; inputMessage: string; ext?: string; option?: string },
): Promise<void> {
  const ext = options.ext ?? ".xlsx";
  if (!out.toLowerCase().endsWith(ext)) throw new CliError(`${options.option ?? "--out"} 应为 ${ext} 文件：${out}`);
  for (const input of options.inputs) if (await sameFile(input, out)) throw new CliError(options.inputMessage);
  const st = await statOrUndefined(out);
  if (st?.isDirectory()) throw new CliError(`${options.option ?? "--out"} ${out} 是已有的文件夹；请给出 ${ext} 文件名`);
  if (st && !options.force) throw new CliError(`输出文件已存在：${out}；如要覆盖请加 --force`);
  await checkFolderCreatable(path.dirname(path.resolve(out)));
}

/** Several output files at once (a folder run): none may exist unless --force. */
export async function checkNoneExist(files: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  const existing: string[] = [];
  for (const f of files) if (await statOrUndefined(f)) existing.push(f);
  if (existing.length === 1) throw new CliError(`输出文件已存在：${existing[0]}；如要覆盖请加 --force`);
  if (existing.length > 1) throw new CliError(`已存在 ${existing.length} 个输出文件（如 ${existing[0]}）；如要覆盖请加 --force`);
}

/** Writes `data` to `file` whole or not at all, creating missing folders; errors come back as a zh-CN reason. */
export async function writeOutput(file: string, data: Buffer | Uint8Array | ArrayBuffer): Promise<void> {
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : data;
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`无法写入 ${file}：${systemReason(e)}`);
  }
}
