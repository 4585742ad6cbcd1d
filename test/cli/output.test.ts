// Output paths (issue 13, item 4): a missing folder is created, --out for several inputs must be a folder, every
// file written is announced, nothing is overwritten without --force — and every refusal comes before any work.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, tempDir } from "./helpers";

const dir = tempDir("out");

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("check --out into a folder that does not exist yet", () => {
  test("the folder is created, the copy written and announced in the report (was: 内部错误：ENOENT, report lost)", async () => {
    const out = path.join(dir, "missing", "deeper", "标注.xlsx");
    const r = await run(["check", SAMPLE_PATH, "--out", out]);
    expect(r.code).toBe(1); // the sample's own errors
    expect(r.err).toBe("");
    expect(r.out).toContain("  发现：错误 ");
    expect(r.out).toContain(`  已写入标注副本：${out}\n`);
    expect((await sheetNames(out)).slice(0, 2)).toEqual(["公开01表", "公开02表"]);
  });

  test("in JSON the copy is the file entry's `annotated`; stdout stays pure JSON and stderr empty", async () => {
    const out = path.join(dir, "json-missing", "标注.xlsx");
    const r = await run(["check", SAMPLE_PATH, "--out", out, "--json"]);
    expect([r.code, r.err]).toEqual([1, ""]);
    const json = JSON.parse(r.out);
    expect(json.files[0].annotated).toBe(out);
    expect(existsSync(out)).toBe(true);
  });

  test("a location that cannot be created is refused before any work", async () => {
    const blocker = path.join(dir, "blocker");
    writeFileSync(blocker, "a file where a folder should be");
    const r = await run(["check", SAMPLE_PATH, "--out", path.join(blocker, "x.xlsx")]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 无法创建输出文件夹 ${blocker}：${blocker} 是文件而不是文件夹\n` });
  });
});

describe("--out for several inputs must be a folder", () => {
  const folder = path.join(dir, "inputs");
  beforeAll(() => {
    mkdirSync(folder);
    copyFileSync(SAMPLE_PATH, path.join(folder, "a.xlsx"));
    copyFileSync(SAMPLE_PATH, path.join(folder, "b.xlsx"));
  });

  test("a folder input with --out one.xlsx is refused before any work (was: a folder named one.xlsx)", async () => {
    const one = path.join(dir, "one.xlsx");
    const r = await run(["check", folder, "--out", one]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 校验多个文件时 --out 应为文件夹，每个文件的标注副本写在其中（收到 ${one}）\n` });
    expect(existsSync(one)).toBe(false);
  });

  test("two file arguments with --out naming an existing file are refused too", async () => {
    const existing = path.join(dir, "existing-file");
    writeFileSync(existing, "x");
    const r = await run(["check", path.join(folder, "a.xlsx"), path.join(folder, "b.xlsx"), "--out", existing]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("校验多个文件时 --out 应为文件夹");
    expect(readFileSync(existing, "utf8")).toBe("x");
  });

  test("a folder --out is created and each copy announced; same-named inputs do not overwrite each other", async () => {
    const other = path.join(dir, "other");
    mkdirSync(other);
    copyFileSync(SAMPLE_PATH, path.join(other, "a.xlsx"));
    const outDir = path.join(dir, "copies");
    const r = await run(["check", folder, path.join(other, "a.xlsx"), "--out", outDir]);
    expect(r.code).toBe(1);
    expect(readdirSync(outDir).sort()).toEqual(["a-校验-2.xlsx", "a-校验.xlsx", "b-校验.xlsx"]);
    const announced = r.out.split("\n").filter((l) => l.includes("已写入标注副本"));
    expect(announced).toEqual(["a-校验.xlsx", "b-校验.xlsx", "a-校验-2.xlsx"].map((n) => `  已写入标注副本：${path.join(outDir, n)}`));
  });
});

test("a copy that cannot be written does not lose the report: the other files go on, exit 2", async () => {
  const folder = path.join(dir, "unwritable-in");
  mkdirSync(folder);
  copyFileSync(SAMPLE_PATH, path.join(folder, "a.xlsx"));
  copyFileSync(SAMPLE_PATH, path.join(folder, "b.xlsx"));
  const outDir = path.join(dir, "unwritable-out");
  mkdirSync(path.join(outDir, "a-校验.xlsx"), { recursive: true }); // a folder where a's copy should go
  const r = await run(["check", folder, "--out", outDir, "--force"]);
  expect(r.code).toBe(2);
  const a = path.join(folder, "a.xlsx");
  const failed = `${a}：未能写入标注副本（无法写入 ${path.join(outDir, "a-校验.xlsx")}：这是一个文件夹）`;
  expect(r.out).toContain(`文件：${a}\n  模板：云南（公开01–公开12）（自动识别）\n  识别到 33 张表：`);
  expect(r.out).toContain(`  ${failed}\n`);
  expect(r.out).toContain(`  已写入标注副本：${path.join(outDir, "b-校验.xlsx")}\n`);
  expect(r.err).toBe(`${failed}\n`);
  expect(statSync(path.join(outDir, "b-校验.xlsx")).isFile()).toBe(true);
  expect(readdirSync(outDir).sort()).toEqual(["a-校验.xlsx", "b-校验.xlsx"]); // no temporary file left behind
});

describe("an existing output file needs --force", () => {
  test("check --out: refused before any work, then accepted with --force", async () => {
    const out = path.join(dir, "check-existing.xlsx");
    writeFileSync(out, "old");
    const r = await run(["check", SAMPLE_PATH, "--out", out]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 输出文件已存在：${out}；如要覆盖请加 --force\n` });
    expect(readFileSync(out, "utf8")).toBe("old");
    const forced = await run(["check", SAMPLE_PATH, "--out", out, "--force"]);
    expect(forced.code).toBe(1);
    expect(forced.out).toContain(`已写入标注副本：${out}`);
    expect(await sheetNames(out)).toContain("附表14");
  });

  test("check on a folder: one existing copy is enough to refuse", async () => {
    const folder = path.join(dir, "force-folder");
    mkdirSync(folder);
    copyFileSync(SAMPLE_PATH, path.join(folder, "a.xlsx"));
    copyFileSync(SAMPLE_PATH, path.join(folder, "b.xlsx"));
    const outDir = path.join(dir, "force-copies");
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, "b-校验.xlsx"), "old");
    const r = await run(["check", folder, "--out", outDir]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 输出文件已存在：${path.join(outDir, "b-校验.xlsx")}；如要覆盖请加 --force\n` });
    expect(readdirSync(outDir)).toEqual(["b-校验.xlsx"]);
  });

  test("fill --out: refused, then accepted with --force", async () => {
    const out = path.join(dir, "fill-existing.xlsx");
    writeFileSync(out, "old");
    const r = await run(["fill", SAMPLE_PATH, "--out", out]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 输出文件已存在：${out}；如要覆盖请加 --force\n` });
    expect(readFileSync(out, "utf8")).toBe("old");
    const forced = await run(["fill", SAMPLE_PATH, "--out", out, "--force"]);
    expect(forced.code).toBe(1); // conflicts left unchanged
    expect(forced.out).toContain(`  已写入填充副本：${out}（评分口径：`);
    expect(await sheetNames(out)).toContain("附表14");
  });

  test("template --out: refused (was: overwritten without a word), then accepted with --force", async () => {
    const out = path.join(dir, "template-existing.xlsx");
    writeFileSync(out, "old");
    const r = await run(["template", "project", "--out", out]);
    expect(r).toEqual({ code: 2, out: "", err: `juesuan: 输出文件已存在：${out}；如要覆盖请加 --force\n` });
    expect(readFileSync(out, "utf8")).toBe("old");
    const forced = await run(["template", "project", "--out", out, "--force", "--year", "2023"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(new RegExp(`^已生成项目支出绩效自评表（附表15）模板：${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(await sheetNames(out)).toEqual(["附表15"]);
  });

  test("--force never makes the checked or filled file an output", async () => {
    const copy = path.join(dir, "self.xlsx");
    copyFileSync(SAMPLE_PATH, copy);
    const before = statSync(copy).mtimeMs;
    const check = await run(["check", copy, "--out", copy, "--force"]);
    expect([check.code, check.err]).toEqual([2, "juesuan: --out 不能是被校验的文件本身\n"]);
    const fill = await run(["fill", copy, "--out", path.join(dir, ".", "self.xlsx"), "--force"]);
    expect([fill.code, fill.err]).toEqual([2, "juesuan: --out 不能是输入文件本身：fill 只写副本，不修改原文件\n"]);
    expect(statSync(copy).mtimeMs).toBe(before);
  });
});
