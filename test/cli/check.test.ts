// The CLI as reviewers use it: `juesuan check` on the bundled sample, on folders and on bad input.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { SAMPLE_PATH } from "../helpers/sample";

const ROOT = path.join(__dirname, "../..");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("juesuan check --json on the bundled sample", () => {
  let json: any;
  beforeAll(async () => {
    const r = await run(["check", "--json"]);
    json = JSON.parse(r.out);
  });

  test("follows the contract", () => {
    expect(json.tool).toBe("juesuan");
    expect(json.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toMatch(/sample\.xlsx$/);
    expect(json.files[0].error).toBeUndefined();
    expect(Array.isArray(json.files[0].findings)).toBe(true);
  });

  test("lists every table with its sheet and range", () => {
    const tables = json.files[0].tables;
    const ids = tables.map((t: any) => t.id);
    for (let n = 1; n <= 12; n++) expect(ids).toContain(`公开${String(n).padStart(2, "0")}`);
    expect(ids.filter((i: string) => i === "附表14")).toHaveLength(1);
    expect(ids.filter((i: string) => i === "附表15")).toHaveLength(20);
    expect(tables[0]).toEqual({ id: "公开01", kind: "summary", sheet: "公开01表", range: "A1:F45", title: "收入支出决算表", marker: "公开01表" });
    expect(tables.find((t: any) => t.id === "公开05")).toEqual({
      id: "公开05", kind: "gpb", sheet: "公开05表", range: "A1:S39", title: "一般公共预算财政拨款收入支出决算表", marker: "公开05表",
    });
    expect(tables.find((t: any) => t.id === "公开07").kind).toBe("gpb-project"); // 云南's 公开07 is 项目支出, not “三公”
    expect(tables.find((t: any) => t.sheet === "附表15-3")).toMatchObject({ id: "附表15", kind: "project-scorecard", marker: "附表15-3" });
  });

  test("says which template it read the workbook with, and that no heading was left unrecognised", () => {
    expect(json.files[0].template).toEqual({ id: "yunnan-2023", name: "云南（公开01–公开12）", forced: false });
    expect(json.files[0].unrecognised).toEqual([]);
  });

  test("every finding's cells carry their A1 address (公开06 公用经费合计 694.12 is 公开06表!I44)", () => {
    const i44 = json.files[0].findings.filter((f: any) => f.severity === "error" && f.sheet === "公开06表");
    expect(i44.length).toBeGreaterThan(0);
    for (const f of i44) expect([f.table, f.kind, f.cell]).toEqual(["公开06", "gpb-basic", { sheet: "公开06表", row: 43, col: 8, address: "I44" }]);
    for (const f of json.files[0].findings) for (const c of f.cells) expect(c.address).toMatch(/^[A-Z]{1,2}\d+$/);
  });
});

describe("bad input", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-cli-"));

  test("a missing file: exit 2, one line on stderr", async () => {
    const r = await run(["check", path.join(dir, "nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("找不到文件");
  });

  test("a text file renamed .xlsx and an old .xls", async () => {
    const txt = path.join(dir, "fake.xlsx");
    writeFileSync(txt, "not a workbook");
    const xls = path.join(dir, "old.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await run(["check", txt, xls, "--json"]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files;
    expect(files[0].error).toContain("不是 .xlsx 文件");
    expect(files[1].error).toContain("另存为 .xlsx");
    expect([files[0].template, files[0].tables, files[0].unrecognised, files[0].findings]).toEqual([null, [], [], []]);
  });

  test("a password-protected workbook (an OLE container with an EncryptionInfo stream)", async () => {
    const locked = path.join(dir, "locked.xlsx");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(locked, Buffer.concat([header, Buffer.alloc(500), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(100)]));
    const r = await run(["check", locked]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("设置了打开密码");
  });

  test("a corrupt zip (a zip's first bytes, then nothing of a zip)", async () => {
    const bad = path.join(dir, "corrupt.xlsx");
    writeFileSync(bad, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const r = await run(["check", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${bad}：文件不完整（可能在下载或复制时被截断），无法读取；请重新获取原文件\n`);
  });

  test("an unknown command is a usage error", async () => {
    const r = await run(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("未知命令");
  });
});

test("a folder: every .xlsx in it, lock files skipped", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-folder-"));
  copyFileSync(SAMPLE_PATH, path.join(dir, "b.xlsx"));
  copyFileSync(SAMPLE_PATH, path.join(dir, "a.xlsx"));
  writeFileSync(path.join(dir, "~$a.xlsx"), "lock");
  writeFileSync(path.join(dir, "notes.txt"), "x");
  mkdirSync(path.join(dir, "sub"));
  const r = await run(["check", dir, "--json"]);
  const files = JSON.parse(r.out).files.map((f: any) => path.basename(f.file));
  expect(files).toEqual(["a.xlsx", "b.xlsx"]);
});

test("an empty folder is a clear message, not a silent success", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-none-"));
  const r = await run(["check", dir]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`juesuan: ${dir} 中没有 .xlsx 文件\n`);
});

test("a workbook with no 公开 tables is reported as such, not as an error", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "工资表";
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "juesuan-empty-")), "other.xlsx");
  await wb.xlsx.writeFile(file);
  const r = await run(["check", file]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("未找到任何公开表或绩效自评表");
  const j = JSON.parse((await run(["check", file, "--json"])).out);
  expect(j.files[0].tables).toEqual([]);
  expect(j.files[0].unrecognised).toEqual([]);
  expect(j.files[0].error).toBeUndefined();
  expect(r.out.split("\n")).toEqual(["文件：" + file, "  未找到任何公开表或绩效自评表：没有可校验的内容（请确认这是部门决算公开工作簿）。", ""]);
});

describe("the installed command (bin/juesuan.js → build/)", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  });

  test("checks the sample with no argument", () => {
    const r = spawnSync("node", ["bin/juesuan.js", "check"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toContain("识别到 33 张表");
    expect([0, 1]).toContain(r.status);
  });

  test("bad input gives exit code 2 and no stack trace", () => {
    const r = spawnSync("node", ["bin/juesuan.js", "check", "/no/such/file.xlsx"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("/no/such/file.xlsx：找不到文件\n");
  });

  test("a truncated workbook (issue 13): one Chinese line naming the file, not exceljs's “Cannot set properties…”", () => {
    const bytes = readFileSync(SAMPLE_PATH);
    const cut = path.join(mkdtempSync(path.join(os.tmpdir(), "juesuan-cut-")), "cut.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = spawnSync("node", ["bin/juesuan.js", "check", cut], { cwd: ROOT, encoding: "utf8" });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, "", `${cut}：文件不完整（可能在下载或复制时被截断），无法读取；请重新获取原文件\n`]);
  });
});

describe("check --out: an annotated copy", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-annot-"));
  const out = path.join(dir, "annotated.xlsx");

  test("flagged cells are filled by severity and noted; no value changes", async () => {
    const r = await run(["check", SAMPLE_PATH, "--out", out]);
    expect(r.code).toBe(1); // the sample has errors
    const ExcelJS = (await import("exceljs")).default;
    const [orig, annotated] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await orig.xlsx.readFile(SAMPLE_PATH);
    await annotated.xlsx.readFile(out);
    const i44 = annotated.getWorksheet("公开06表")!.getCell("I44");
    expect((i44.fill as any).fgColor.argb).toBe("FFFFC7CE"); // error: red
    expect(String(i44.note)).toContain("公用经费合计应等于");
    const tail = annotated.getWorksheet("公开01表")!.getCell("F38");
    expect((tail.fill as any).fgColor.argb).toBe("FFDDEBF7"); // 尾数: soft blue
    const split = annotated.getWorksheet("附表15-6")!.getCell("I28");
    expect((split.fill as any).fgColor.argb).toBe("FFFFEB9C"); // warning: amber
    for (const ws of orig.worksheets) {
      const copy = annotated.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((cell, c) => expect(copy.getCell(r, c).value).toEqual(cell.value)));
    }
    expect(annotated.getWorksheet("公开01表")!.getCell("C38").fill).toEqual(orig.getWorksheet("公开01表")!.getCell("C38").fill);
  });

  test("never writes over the checked file", async () => {
    const r = await run(["check", SAMPLE_PATH, "--out", SAMPLE_PATH]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out 不能是被校验的文件本身");
  });

  test("an unknown scoring profile is a usage error, before any file is read", async () => {
    const r = await run(["check", SAMPLE_PATH, "--profile", "mars", "--json"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.split("\n")[0]).toBe("juesuan: 未知的评分口径：mars（可选：national、province-80-70-60）");
  });

  test("the provincial profile (80/70/60): 79.00 is 良, but 83.40, 87.00 and 80.00 are 优", async () => {
    const national = JSON.parse((await run(["check", "--json"])).out).files[0].findings;
    const province = JSON.parse((await run(["check", "--json", "--profile", "province-80-70-60"])).out).files[0].findings;
    const grade = (fs: any[]) => fs.filter((f) => f.rule === "scorecard" && f.check === "grade").map((f) => f.sheet);
    expect(grade(national)).toEqual(["附表15-3"]);
    expect(grade(province)).toEqual(["附表15-2", "附表15-4", "附表15-13"]);
  });
});

test("a folder of several workbooks shows progress on stderr and writes one annotated copy each", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-progress-"));
  for (const n of ["a", "b", "c", "d"]) copyFileSync(SAMPLE_PATH, path.join(dir, `${n}.xlsx`));
  const outDir = path.join(dir, "out");
  const r = await run(["check", dir, "--out", outDir]);
  expect(r.err.trim().split("\n")).toEqual(["[1/4] a.xlsx", "[2/4] b.xlsx", "[3/4] c.xlsx", "[4/4] d.xlsx"]);
  const { readdirSync } = await import("node:fs");
  expect(readdirSync(outDir).sort()).toEqual(["a-校验.xlsx", "b-校验.xlsx", "c-校验.xlsx", "d-校验.xlsx"]);
});

test("a reader that stops early (| head) is no error: no stack trace, the exit code is still the verdict", () => {
  const r = spawnSync("bash", ["-c", "node bin/juesuan.js check --json | head -c 50 >/dev/null; echo ${PIPESTATUS[0]}"], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.stdout.trim()).toBe("1"); // the sample has error findings
});
