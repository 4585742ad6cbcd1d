// Files that are not (readable) workbooks, as people really send them: each is answered in one zh-CN line that
// starts with the file's name, exit 2, no library text; in a folder run the file is listed with its reason and the
// run goes on. (Issue 13, item 3.)
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageProblem, REASONS } from "../../src/cli/package-check";
import { SAMPLE_PATH } from "../helpers/sample";
import { LIBRARY_TEXT, odsBytes, oleBytes, run, sampleBytes, sampleWithout, tempDir, zipOf } from "./helpers";

const dir = tempDir("pkg");
const file = (name: string, data: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** A single bad file through `check`: exit 2, nothing on stdout, exactly one stderr line "<file>：<reason>". */
async function expectRefused(p: string, reason: string): Promise<void> {
  const r = await run(["check", p]);
  expect(r).toEqual({ code: 2, out: "", err: `${p}：${reason}\n` });
  expect(r.err).not.toMatch(LIBRARY_TEXT);
}

describe("one bad file: exit 2 and one Chinese line starting with its name", () => {
  test("a zip holding only a text file (was: 未找到任何公开表, exit 0)", async () => {
    const p = file("notes.xlsx", await zipOf({ "readme.txt": "这不是工作簿" }));
    await expectRefused(p, REASONS.noWorkbook);
    expect(REASONS.noWorkbook).toBe("是压缩包，但其中没有工作簿（缺少 xl/workbook.xml），不是有效的 .xlsx 文件");
  });

  test("the sample with xl/workbook.xml deleted (was: exit 0)", async () => {
    const p = file("no-workbook.xlsx", await sampleWithout("xl/workbook.xml"));
    await expectRefused(p, REASONS.noWorkbook);
  });

  test("the sample cut to its first 60 % (was: “Cannot set properties of undefined (setting 'sheetNo')”)", async () => {
    const bytes = sampleBytes();
    const p = file("cut.xlsx", bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(p, "文件不完整（可能在下载或复制时被截断），无法读取；请重新获取原文件");
  });

  test("an old .xls, a WPS .et, an .ods, a password-protected .xlsx", async () => {
    await expectRefused(file("old.xls", oleBytes("Workbook")), "是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后再校验");
    await expectRefused(file("报表.et", oleBytes("Workbook")), "是 WPS 表格 .et 文件，请在 WPS 中另存为 .xlsx 后再校验");
    await expectRefused(file("calc.ods", await odsBytes()), "是 OpenDocument 表格（.ods）文件，请在 WPS/Excel/LibreOffice 中另存为 .xlsx 后再校验");
    // the content decides, not the name: an .ods renamed .xlsx is still an .ods
    await expectRefused(file("renamed-ods.xlsx", await odsBytes()), REASONS.ods);
    await expectRefused(file("locked.xlsx", oleBytes("EncryptionInfo")), REASONS.encrypted);
  });

  test("an empty file, a web page saved as .xls, a PDF, a text file", async () => {
    await expectRefused(file("empty.xlsx", ""), "是空文件（0 字节），不是工作簿");
    await expectRefused(file("export.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>"), REASONS.html);
    await expectRefused(file("scan.xlsx", "%PDF-1.7\n…"), REASONS.pdf);
    await expectRefused(file("fake.xlsx", "not a workbook"), "不是 .xlsx 文件（内容不是 Excel 工作簿）");
  });

  test("a missing file", async () => {
    const p = path.join(dir, "nope.xlsx");
    await expectRefused(p, "找不到文件");
  });

  test("a package exceljs cannot parse (xl/workbook.xml present, the rest garbage): a Chinese reason, no library text", async () => {
    const p = file("garbage.xlsx", await zipOf({ "xl/workbook.xml": "<<<not xml", "[Content_Types].xml": "<nope" }));
    const r = await run(["check", p]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${p}：${REASONS.unparsable}\n`);
  });

  test("fill answers bad files the same way and writes nothing", async () => {
    const bytes = sampleBytes();
    const p = file("cut-fill.xlsx", bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const out = path.join(dir, "cut-fill-out.xlsx");
    const r = await run(["fill", p, "--out", out]);
    expect(r).toEqual({ code: 2, out: "", err: `${p}：${REASONS.truncated}\n` });
    expect(existsSync(out)).toBe(false);
  });
});

describe("packageProblem: the bytes decide", () => {
  test("the sample passes; every cut of it is named as cut short", () => {
    const bytes = sampleBytes();
    expect(packageProblem(bytes, "sample.xlsx")).toBeUndefined();
    for (const fraction of [0.05, 0.2, 0.5, 0.6, 0.9, 0.99]) {
      expect([fraction, packageProblem(bytes.subarray(0, Math.floor(bytes.length * fraction)), "x.xlsx")]).toEqual([fraction, REASONS.truncated]);
    }
    // only the end record's last bytes missing
    expect(packageProblem(bytes.subarray(0, bytes.length - 3), "x.xlsx")).toBe(REASONS.truncated);
  });

  test("a directory that points outside the file is damage, not a workbook", () => {
    const bytes = Buffer.from(sampleBytes());
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(bytes.length + 1000, eocd + 16); // central directory offset past the end
    expect(packageProblem(bytes, "x.xlsx")).toBe(REASONS.truncated);
    bytes.writeUInt32LE(10, eocd + 16); // into the middle of a compressed part
    expect(packageProblem(bytes, "x.xlsx")).toBe(REASONS.damaged);
  });

  test("other Office packages are named for what they are", async () => {
    expect(packageProblem(await zipOf({ "word/document.xml": "<w/>" }), "x.xlsx")).toBe(REASONS.docx);
    expect(packageProblem(await zipOf({ "xl/workbook.bin": "x" }), "x.xlsb")).toBe(REASONS.xlsb);
    expect(packageProblem(oleBytes("WordDocument"), "x.doc")).toBe(REASONS.word);
    expect(packageProblem(Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), "x.xls")).toBe(REASONS.xml2003);
  });
});

describe("a folder with bad and good files: both listed, the run goes on", () => {
  const folder = path.join(dir, "mixed");
  beforeAll(async () => {
    mkdirSync(folder);
    copyFileSync(SAMPLE_PATH, path.join(folder, "b-good.xlsx"));
    writeFileSync(path.join(folder, "a-bad.xlsx"), await zipOf({ "readme.txt": "x" }));
    writeFileSync(path.join(folder, "c-old.xls"), oleBytes("Workbook"));
    writeFileSync(path.join(folder, "notes.txt"), "not a spreadsheet: not listed");
  });

  test("text: the good file's report, then the unreadable files with their reasons and a total; exit 1 (the good file has errors)", async () => {
    const r = await run(["check", folder]);
    expect(r.code).toBe(1);
    const bad = path.join(folder, "a-bad.xlsx");
    const old = path.join(folder, "c-old.xls");
    expect(r.out).toContain(`文件：${path.join(folder, "b-good.xlsx")}\n  模板：云南（公开01–公开12）（自动识别）\n  识别到 33 张表：`);
    expect(r.out).toContain(`无法读取的文件（2 个，未校验）：\n  ${bad}：${REASONS.noWorkbook}\n  ${old}：${REASONS.xls}\n`);
    expect(r.out).toMatch(/合计：3 个文件，已校验 1 个，无法读取 2 个；错误 \d+ 条，警告 \d+ 条，尾数 \d+ 条\n$/);
    expect(r.out).not.toContain("notes.txt");
    expect(r.err).toBe("juesuan: 2 个文件无法读取，已列在报告末尾“无法读取的文件”中\n");
  });

  test("JSON: valid, files[].error on the bad ones, findings on the good one", async () => {
    const r = await run(["check", folder, "--json"]);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.out).files;
    expect(files.map((f: any) => [path.basename(f.file), f.error ?? null, f.tables.length])).toEqual([
      ["a-bad.xlsx", `${path.join(folder, "a-bad.xlsx")}：${REASONS.noWorkbook}`, 0],
      ["b-good.xlsx", null, 33],
      ["c-old.xls", `${path.join(folder, "c-old.xls")}：${REASONS.xls}`, 0],
    ]);
    expect(files[1].findings.filter((f: any) => f.severity === "error").length).toBeGreaterThan(0);
    expect(r.err.trim().split("\n")).toEqual([files[0].error, files[2].error]);
  });
});

describe("a workbook with no recognised table: nothing wrong with the input", () => {
  let p: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("工资表").getCell("A1").value = "工资表";
    p = path.join(dir, "salary.xlsx");
    await wb.xlsx.writeFile(p);
  });

  test("check and fill both exit 0 (fill was 2) and say so; fill writes no file", async () => {
    const check = await run(["check", p]);
    expect(check).toEqual({ code: 0, out: `文件：${p}\n  未找到任何公开表或绩效自评表：没有可校验的内容（请确认这是部门决算公开工作簿）。\n`, err: "" });
    const out = path.join(dir, "salary-filled.xlsx");
    const fill = await run(["fill", p, "--out", out]);
    expect(fill).toEqual({ code: 0, out: `文件：${p}\n  未找到任何公开表或绩效自评表：没有可填充的单元格，未写出填充副本。\n`, err: "" });
    expect(existsSync(out)).toBe(false);
    const json = await run(["fill", p, "--out", out, "--json"]);
    expect(json.code).toBe(0);
    // No table, so nothing was detected: the template is the default one (the first pack), not forced.
    const template = { id: "yunnan-2023", name: "云南（公开01–公开12）", forced: false };
    expect(JSON.parse(json.out)).toEqual({ files: [{ file: p, out: null, profile: "national", template, filled: [], conflicts: [], manual: [], withinRounding: [] }] });
  });
});
