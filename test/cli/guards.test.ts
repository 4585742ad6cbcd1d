// What a reviewer's folder may hold besides workbooks: a file over the size limit, a zip bomb, a zip whose directory
// lies about its sizes, a truncated download, too many cells, two copies of one file. Each is reported with its
// reason (or flagged) while the batch goes on and the good workbook is checked.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, sampleBytes, tempDir, zipOf } from "./helpers";

const NATIONAL = path.join(__dirname, "../../assets/sample/national.xlsx");
const dir = tempDir("guards");
const folder = path.join(dir, "in");
const at = (name: string) => path.join(folder, name);

/** A workbook package around one huge, highly compressible sheet: 40 MB of XML in about 40 KB. */
function zipBomb(): Promise<Buffer> {
  const padding = " ".repeat(40 * 1024 * 1024);
  return zipOf({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${padding}</worksheet>`,
  });
}

/** The national sample with the directory's declared size of one sheet cut to 100 bytes (inflating it must stop there). */
function lyingSizes(): Buffer {
  const data = Buffer.from(readFileSync(NATIONAL));
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  for (let p = data.length - 22; p >= 0; p--) {
    if (data.readUInt32LE(p) !== 0x02014b50) continue;
    const length = data.readUInt16LE(p + 28);
    if (data.subarray(p + 46, p + 46 + length).equals(name)) {
      data.writeUInt32LE(100, p + 24);
      return data;
    }
  }
  throw new Error("sheet1.xml not found in the national sample");
}

let json: { files: Record<string, any>[] };
let code: number;
beforeAll(async () => {
  mkdirSync(folder);
  copyFileSync(NATIONAL, at("a-national.xlsx"));
  copyFileSync(SAMPLE_PATH, at("b-oversized.xlsx")); // 71 KB, over --max-size 0.05 (52 KB)
  writeFileSync(at("c-bomb.xlsx"), await zipBomb());
  writeFileSync(at("d-truncated.xlsx"), sampleBytes().subarray(0, 20000));
  copyFileSync(NATIONAL, at("e-national-again.xlsx"));
  writeFileSync(at("f-lying.xlsx"), lyingSizes());
  const r = await run(["check", folder, "--json", "--max-size", "0.05"]);
  code = r.code;
  json = JSON.parse(r.out);
}, 60000);

test("the zip bomb really is one: small on disk, its directory declaring 40 MB", () => {
  expect(readFileSync(at("c-bomb.xlsx")).length).toBeLessThan(52 * 1024);
});

test("every file is answered, in order, each refusal with its one-line reason; the good workbooks are checked", () => {
  const byName = (n: string) => json.files.find((f) => path.basename(f.file) === n)!;
  expect(json.files.map((f) => path.basename(f.file))).toEqual(["a-national.xlsx", "b-oversized.xlsx", "c-bomb.xlsx", "d-truncated.xlsx", "e-national-again.xlsx", "f-lying.xlsx"]);
  expect(byName("b-oversized.xlsx").error).toBe(`${at("b-oversized.xlsx")}：文件过大（71 KB，上限 52 KB），未校验；如确需校验请加 --max-size 1`);
  expect(byName("c-bomb.xlsx").error).toMatch(/^.*c-bomb\.xlsx：解压后将达 40 MB（压缩比 \d+:1，上限 100:1），疑似压缩炸弹，未校验$/);
  expect(byName("d-truncated.xlsx").error).toBe(`${at("d-truncated.xlsx")}：文件不完整（可能在下载或复制时被截断），无法读取；请重新获取原文件`);
  expect(byName("f-lying.xlsx").error).toBe(`${at("f-lying.xlsx")}：文件已损坏（压缩包结构不完整），无法读取；请重新获取原文件`);
  for (const name of ["a-national.xlsx", "e-national-again.xlsx"]) {
    expect(byName(name).error).toBeUndefined();
    expect(byName(name).findings.filter((f: { severity: string }) => f.severity === "error")).toHaveLength(2);
  }
  expect(byName("e-national-again.xlsx").duplicateOf).toBe(at("a-national.xlsx"));
  expect(byName("a-national.xlsx").duplicateOf).toBeUndefined();
  expect(code).toBe(1); // the batch went on: the files checked have errors; 2 is for a run that checked nothing
});

test("too many cells: refused with the limit, the rest of the folder still checked", async () => {
  const r = await run(["check", NATIONAL, SAMPLE_PATH, "--max-cells", "3000", "--json"]);
  const [national, yunnan] = JSON.parse(r.out).files;
  expect(national.error).toBeUndefined();
  expect(national.tables).toHaveLength(9);
  expect(yunnan.error).toBe(`${yunnan.file}：单元格过多（超过 3,000 个，上限可用 --max-cells 调整），未校验`);
  expect(r.code).toBe(1);
  // Refused alone, nothing was checked: 2.
  expect((await run(["check", SAMPLE_PATH, "--max-cells", "3000"])).code).toBe(2);
});

test("limits must be positive numbers", async () => {
  const r = await run(["check", "--max-cells", "0"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("选项 --max-cells 应为正整数（收到 0）");
});

test("the text report lists refused files with the unreadable ones and counts the duplicate", async () => {
  const r = await run(["check", folder, "--max-size", "0.05"]);
  expect(r.out).toContain(`无法读取的文件（4 个，未校验）：\n  ${at("b-oversized.xlsx")}：文件过大`);
  expect(r.out).toContain(`文件：${at("e-national-again.xlsx")}\n  与 ${at("a-national.xlsx")} 内容完全相同（重复文件）\n`);
  expect(r.out).toMatch(/合计：6 个文件，已校验 2 个，无法读取 4 个，内容重复 1 个；错误 4 条，警告 0 条，尾数 32 条\n$/);
});
