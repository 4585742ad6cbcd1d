// `check` over a folder as the installed command runs it: results in input order whatever the threads, the same with
// one thread and with two, JSON Lines agreeing with the JSON document, and Ctrl-C leaving output that parses.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_PATH } from "../helpers/sample";
import { tempDir } from "./helpers";

const ROOT = path.join(__dirname, "../..");
const NATIONAL = path.join(ROOT, "assets/sample/national.xlsx");

const dir = tempDir("batch");
const folder = path.join(dir, "in");
/**
 * The installed layout in a folder of its own (bin/, build/, links to package.json, assets and node_modules): the
 * worker threads run the compiled CLI, and another test compiling into the project's build/ meanwhile cannot
 * change it under this one.
 */
const install = path.join(dir, "install");
const BIN = path.join(install, "bin/juesuan.js");

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync("node", [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  mkdirSync(path.join(install, "bin"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin/juesuan.js"), BIN);
  for (const name of ["package.json", "assets", "node_modules"]) symlinkSync(path.join(ROOT, name), path.join(install, name));
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json", "--outDir", path.join(install, "build")], { cwd: ROOT });
  mkdirSync(folder);
  // Sorted input order: a bad file first, then a small workbook, then the larger sample twice (a duplicate).
  writeFileSync(path.join(folder, "a-bad.xlsx"), "not a workbook");
  copyFileSync(NATIONAL, path.join(folder, "b-national.xlsx"));
  copyFileSync(SAMPLE_PATH, path.join(folder, "c-yunnan.xlsx"));
  copyFileSync(SAMPLE_PATH, path.join(folder, "d-yunnan-copy.xlsx"));
}, 120000);

describe("--jobs 1 and --jobs 2", () => {
  test("give the same text report, byte for byte, files in input order", () => {
    const one = cli(["check", folder, "--jobs", "1"]);
    const two = cli(["check", folder, "--jobs", "2"]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.out).toBe(one.out);
    const order = [...one.out.matchAll(/^文件：(.*)$/gm)].map((m) => path.basename(m[1]));
    expect(order).toEqual(["b-national.xlsx", "c-yunnan.xlsx", "d-yunnan-copy.xlsx"]);
    expect(one.out).toContain(`文件：${path.join(folder, "d-yunnan-copy.xlsx")}\n  与 ${path.join(folder, "c-yunnan.xlsx")} 内容完全相同（重复文件）\n`);
    expect(one.out).toMatch(/合计：4 个文件，已校验 3 个，无法读取 1 个，内容重复 1 个；错误 64 条，警告 30 条，尾数 52 条\n$/);
  });

  test("give the same JSON document, and JSON Lines hold the same objects", () => {
    const one = cli(["check", folder, "--json", "--jobs", "1"]);
    const two = cli(["check", folder, "--json", "--jobs", "2"]);
    const lines = cli(["check", folder, "--jsonl", "--jobs", "2"]);
    expect(two.out).toBe(one.out);
    const doc = JSON.parse(one.out);
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["a-bad.xlsx", "b-national.xlsx", "c-yunnan.xlsx", "d-yunnan-copy.xlsx"]);
    expect(doc.files[0].error).toBe(`${path.join(folder, "a-bad.xlsx")}：不是 .xlsx 文件（内容不是 Excel 工作簿）`);
    expect(doc.files[1].findings.filter((f: { severity: string }) => f.severity === "error")).toHaveLength(2);
    expect(doc.files[2].department).toBe("曲靖市工业和信息化局");
    expect(doc.files[3].duplicateOf).toBe(path.join(folder, "c-yunnan.xlsx"));
    expect(lines.code).toBe(1); // one file unreadable, the others checked and with errors
    const objects = lines.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(objects).toEqual(doc.files);
  });
});

/** Starts a run, sends SIGINT once the first file's result is out, and collects what it wrote. */
function interrupted(args: string[], firstResult: RegExp): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", [BIN, ...args], { cwd: ROOT });
    let out = "";
    let err = "";
    let sent = false;
    child.stdout.setEncoding("utf8").on("data", (t: string) => {
      out += t;
      if (!sent && firstResult.test(out)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.setEncoding("utf8").on("data", (t: string) => (err += t));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("Ctrl-C", () => {
  const many = path.join(dir, "many");
  beforeAll(() => {
    mkdirSync(many);
    for (let i = 1; i <= 6; i++) copyFileSync(SAMPLE_PATH, path.join(many, `s${i}.xlsx`));
  });

  test("JSON Lines: only complete lines, one per finished file, exit 130", async () => {
    const r = await interrupted(["check", many, "--jsonl", "--jobs", "1"], /\n/);
    expect(r.code).toBe(130);
    const lines = r.out.split("\n");
    expect(lines.pop()).toBe(""); // ends with a complete line
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThan(6);
    expect(lines.map((l) => path.basename(JSON.parse(l).file))).toEqual(["s1.xlsx", "s2.xlsx", "s3.xlsx", "s4.xlsx", "s5.xlsx"].slice(0, lines.length));
    expect(r.err).toContain(`juesuan: 已中断，已完成 ${lines.length}/6 个文件的输出`);
  });

  test("the JSON document is closed and says it was interrupted", async () => {
    const r = await interrupted(["check", many, "--json", "--jobs", "2"], /"findings"/);
    expect(r.code).toBe(130);
    const doc = JSON.parse(r.out);
    expect(doc.interrupted).toBe(true);
    expect(doc.files.length).toBeGreaterThanOrEqual(1);
    expect(doc.files.length).toBeLessThan(6);
    expect(doc.files[0].findings.length).toBe(64);
  });
});
