// Template packs in the CLI (issue 12): which template a workbook is read with (detected or --template), the
// bundled national sample (--sample 全国), the JSON contract's kinds, A1 addresses and unrecognised headings.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKS } from "../../src/core/packs/index";
import { unrecognisedLine } from "../../src/cli/report";
import { run, tempDir } from "./helpers";

const NATIONAL = "assets/sample/national.xlsx"; // as a reviewer types it, from the project folder (jest's cwd)
const YUNNAN = "assets/sample/sample.xlsx";

/** Column letters for the columns these tables use (A–Z): an A1 address computed independently of the CLI. */
const a1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;

interface CellJson {
  sheet: string;
  row: number;
  col: number;
  address: string;
}
interface FindingJson {
  rule: string;
  check: string;
  severity: string;
  table: string;
  kind: string;
  sheet: string;
  cell: CellJson;
  cells: CellJson[];
  message: string;
}

const at = (c: CellJson) => `${c.sheet}!${c.address}`;

async function checkJson(...args: string[]) {
  const r = await run(["check", ...args, "--json"]);
  return { code: r.code, err: r.err, file: JSON.parse(r.out).files[0] };
}

describe("check --json on the national sample", () => {
  let result: Awaited<ReturnType<typeof checkJson>>;
  beforeAll(async () => {
    result = await checkJson(NATIONAL);
  });

  test("the template is detected as 全国 and said so", () => {
    expect([result.code, result.err]).toEqual([1, ""]);
    expect(result.file.file).toBe(NATIONAL);
    expect(result.file.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: false });
    expect(result.file.unrecognised).toEqual([]);
  });

  test("each table has the workbook's label, its kind and the marker as printed (表7 is 公开07, the “三公” table)", () => {
    expect(result.file.tables.map((t: { id: string; kind: string; sheet: string; marker: string }) => [t.id, t.kind, t.sheet, t.marker])).toEqual([
      ["公开01", "summary", "Sheet1", "表1"],
      ["公开02", "income", "Sheet2", "表2"],
      ["公开03", "expenditure", "Sheet3", "表3"],
      ["公开04", "fiscal-summary", "Sheet4", "表4"],
      ["公开05", "gpb", "Sheet5", "表5"],
      ["公开06", "gpb-basic", "Sheet6", "表6"],
      ["公开07", "three-public-gpb", "Sheet7", "表7"],
      ["公开08", "fund", "Sheet8", "表8"],
      ["公开09", "capital", "Sheet9", "表9"],
    ]);
    expect(result.file.tables[6]).toEqual({
      id: "公开07",
      kind: "three-public-gpb",
      sheet: "Sheet7",
      range: "A1:L9",
      title: "曲靖市工业和信息化局2023年度一般公共预算财政拨款“三公”经费支出决算表",
      marker: "表7",
    });
  });

  test("every cell reference of every finding carries its A1 address; every finding its table's kind", () => {
    const findings: FindingJson[] = result.file.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.cells[0]).toEqual(f.cell);
      expect(f.cell.sheet).toBe(f.sheet);
      for (const c of [f.cell, ...f.cells]) {
        expect(Object.keys(c)).toEqual(["sheet", "row", "col", "address"]);
        expect(c.address).toBe(a1(c.row, c.col));
      }
      const table = result.file.tables.find((t: { id: string }) => t.id === f.table);
      expect(f.kind).toBe(table.kind);
    }
  });

  test("the only errors are the seed's real mistake, 公用经费合计 694.12 at Sheet6!I39; no warnings", () => {
    const findings: FindingJson[] = result.file.findings;
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.table, f.kind, at(f.cell), f.cell.row, f.cell.col])).toEqual([
      ["公开06", "gpb-basic", "Sheet6!I39", 38, 8],
      ["公开06", "gpb-basic", "Sheet6!I39", 38, 8],
    ]);
    // 公开05 基本支出 (Sheet5!D7) against 公开06 人员经费合计 + 公用经费合计: the cells it names, addressed.
    const cross = errors.find((f) => f.cells.some((c) => c.sheet === "Sheet5"))!;
    expect(cross.cells).toEqual([
      { sheet: "Sheet6", row: 38, col: 8, address: "I39" },
      { sheet: "Sheet5", row: 6, col: 3, address: "D7" },
      { sheet: "Sheet6", row: 38, col: 2, address: "C39" },
    ]);
    expect(cross.message).toContain("相差 -347.06");
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });
});

describe("--sample", () => {
  test("check --sample 全国 (or national) is check assets/sample/national.xlsx, in JSON and in text", async () => {
    const byPath = [await run(["check", NATIONAL, "--json"]), await run(["check", NATIONAL])];
    for (const name of ["全国", "national"]) {
      expect(await run(["check", "--sample", name, "--json"])).toEqual(byPath[0]);
      expect(await run(["check", "--sample", name])).toEqual(byPath[1]);
    }
    expect(byPath[1].out.split("\n").slice(0, 3)).toEqual([`文件：${NATIONAL}`, "  模板：全国（财政部九张表）（自动识别）", "  识别到 9 张表："]);
  });

  test("check --sample 云南 (or yunnan-2023) is check with no file: the 云南 sample", async () => {
    const plain = await run(["check"]);
    expect(plain.code).toBe(1);
    for (const name of ["云南", "yunnan-2023"]) expect(await run(["check", "--sample", name])).toEqual(plain);
    expect(plain.out.split("\n").slice(0, 3)).toEqual([`文件：${YUNNAN}`, "  模板：云南（公开01–公开12）（自动识别）", "  识别到 33 张表："]);
  });

  test("an unknown sample suggests the close one; a sample and a file together are refused", async () => {
    const typo = await run(["check", "--sample", "全图"]);
    expect([typo.code, typo.out, typo.err.split("\n")[0]]).toEqual([2, "", "juesuan: 未知的样例：全图，是否想用 全国？（可选：云南、yunnan-2023、全国、national）"]);
    const both = await run(["check", NATIONAL, "--sample", "全国"]);
    expect([both.code, both.out, both.err.split("\n")[0]]).toEqual([2, "", `juesuan: --sample 与文件不能同时给出（收到 ${NATIONAL}）`]);
  });
});

describe("--template", () => {
  test("yunnan-2023 forced on the national sample: said to be forced; tables are still read by title and header", async () => {
    const auto = await checkJson(NATIONAL);
    const forced = await checkJson("--sample", "全国", "--template", "yunnan-2023");
    expect(forced.file.template).toEqual({ id: "yunnan-2023", name: "云南（公开01–公开12）", forced: true });
    // Every table is the same kind as when detected: the 表7 on Sheet7 is still the “三公” table (not 云南's 公开07,
    // the 项目支出 table), labelled as 云南 numbers that kind.
    const kinds = (file: { tables: { sheet: string; kind: string }[] }) => new Map(file.tables.map((t) => [t.sheet, t.kind]));
    expect(kinds(forced.file)).toEqual(kinds(auto.file));
    expect(forced.file.tables.find((t: { sheet: string }) => t.sheet === "Sheet7")).toMatchObject({ id: "公开11", kind: "three-public-gpb", marker: "表7" });
    const findings: FindingJson[] = forced.file.findings;
    const mismatch = findings.filter((f) => f.rule === "read.marker-mismatch");
    expect(mismatch.map((f) => [f.severity, at(f.cell)])).toEqual([["warning", "Sheet7!A1"]]);
    expect(mismatch[0].message).toContain("“表7”");
    expect(mismatch[0].message).toContain("公开11");
    // Tables laid out as the national set (公开05 本年支出 only, 公开08/09 年初/本年/年末, the “三公” table across) are
    // read in that layout and flagged as another template's, one warning per table.
    const mixed = findings.filter((f) => f.rule === "read.mixed-template");
    expect(mixed.map((f) => [f.severity, f.table, at(f.cell)])).toEqual([
      ["warning", "公开05", "Sheet5!A1"],
      ["warning", "公开08", "Sheet8!A1"],
      ["warning", "公开09", "Sheet9!A1"],
      ["warning", "公开11", "Sheet7!A1"],
    ]);
    expect(mixed[0].message).toBe("本表是全国（财政部九张表）的格式，与本工作簿其余各表所用的模板（云南（公开01–公开12））不一致");
    // 云南 requires its 公开07 (项目支出 by 经济分类), which a national workbook does not have; the seed's mistake stays.
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => at(f.cell))).toEqual(["Sheet1!A1", "Sheet6!I39", "Sheet6!I39"]);
    expect(errors[0].message).toBe("缺少公开07（一般公共预算财政拨款项目支出决算表）");

    const text = await run(["check", "--sample", "全国", "--template", "yunnan-2023"]);
    const lines = text.out.split("\n");
    expect(lines[1]).toBe("  模板：云南（公开01–公开12）（指定）");
    expect(lines).toContain("    公开11  Sheet7!A1:L9  曲靖市工业和信息化局2023年度一般公共预算财政拨款“三公”经费支出决算表");
  });

  test("national forced on the national sample gives the detected reading, marked forced", async () => {
    const auto = await checkJson(NATIONAL);
    const forced = await checkJson(NATIONAL, "--template", "national");
    expect(forced.file.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: true });
    expect({ ...forced.file, template: undefined }).toEqual({ ...auto.file, template: undefined });
  });

  test("an unknown template is a usage error listing the packs, suggesting a close one; before any work", async () => {
    const list = PACKS.map((p) => p.id).join("、");
    expect(list).toContain("yunnan-2023、national");
    const marsh = await run(["check", NATIONAL, "--template", "marsh", "--json"]);
    expect([marsh.code, marsh.out, marsh.err.split("\n")[0]]).toEqual([2, "", `juesuan: 未知的模板：marsh（可选：${list}）`]);
    const typo = await run(["fill", NATIONAL, "--out", path.join(tempDir("tpl"), "x.xlsx"), "--template", "nationl"]);
    expect([typo.code, typo.out, typo.err.split("\n")[0]]).toEqual([2, "", `juesuan: 未知的模板：nationl，是否想用 national？（可选：${list}）`]);
    const misplaced = await run(["template", "project", "--out", "x.xlsx", "--template", "national"]);
    expect([misplaced.code, misplaced.err.split("\n")[0]]).toEqual([2, "juesuan: template 没有选项 --template（它属于 check、fill）"]);
  });
});

describe("a table no template knows", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(NATIONAL) as unknown as ArrayBuffer);
    const ws = wb.addWorksheet("Sheet10");
    ws.getCell("A1").value = "政府采购情况表";
    ws.getCell("A2").value = "单位：万元";
    ws.addRow(["项目", "采购计划金额", "实际采购金额"]);
    ws.addRow(["合计", 120.5, 110.2]);
    ws.addRow(["货物", 80.5, 75.2]);
    ws.addRow(["服务", 40, 35]);
    file = path.join(tempDir("unrecognised"), "national-plus.xlsx");
    await wb.xlsx.writeFile(file);
  });

  test("is listed in JSON with its address and title; the nine tables and their findings are as before", async () => {
    const plus = await checkJson(file);
    const plain = await checkJson(NATIONAL);
    expect(plus.file.unrecognised).toEqual([{ sheet: "Sheet10", row: 0, col: 0, address: "A1", title: "政府采购情况表" }]);
    expect(plus.file.template).toEqual(plain.file.template);
    expect(plus.file.tables).toEqual(plain.file.tables);
    expect(plus.file.findings).toEqual(plain.file.findings);
  });

  test("and in the text report, after the tables recognised", async () => {
    const lines = (await run(["check", file])).out.split("\n");
    const at = lines.indexOf("  未识别的表：Sheet10!A1 “政府采购情况表”");
    expect(at).toBe(lines.indexOf("  识别到 9 张表：") + 10);
    expect(lines[at + 1]).toMatch(/^ {2}发现：/);
  });

  test("a heading with its marker, and a marker alone, are each one line", () => {
    expect(unrecognisedLine({ sheet: "Sheet3", row: 0, col: 0, title: "政府采购情况表", marker: "表十" })).toBe("未识别的表：Sheet3!A1 “政府采购情况表”（表十）");
    expect(unrecognisedLine({ sheet: "Sheet3", row: 1, col: 2, title: "", marker: "表十" })).toBe("未识别的表：Sheet3!C2 表号“表十”（无标题）");
  });
});

describe("fill reads with the same template", () => {
  test("fill --sample 全国: the template in JSON and in the report; the seed's mistake is the one conflict", async () => {
    const dir = tempDir("fill-national");
    const r = await run(["fill", "--sample", "全国", "--out", path.join(dir, "filled.xlsx"), "--json"]);
    expect([r.code, r.err]).toEqual([1, ""]);
    const [file] = JSON.parse(r.out).files;
    expect([file.file, file.template]).toEqual([NATIONAL, { id: "national", name: "全国（财政部九张表）", forced: false }]);
    expect(file.conflicts.map((c: { sheet: string; cell: string; value: string; existing: string }) => [c.sheet, c.cell, c.value, c.existing])).toEqual([
      ["Sheet6", "I39", "347.06", "694.12"],
    ]);
    const text = await run(["fill", NATIONAL, "--out", path.join(dir, "filled-2.xlsx"), "--template", "national"]);
    expect(text.out.split("\n").slice(0, 2)).toEqual([`文件：${NATIONAL}`, "  模板：全国（财政部九张表）（指定）"]);
  });
});

test("the README documents every field check --json gives", async () => {
  const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  /** The backticked names in the first column of the README table headed `| \`<name>\` |`. */
  const documented = (name: string) => {
    const start = readme.indexOf(`| \`${name}\` |`);
    expect(start).toBeGreaterThan(0);
    const rows = readme.slice(start).split("\n\n")[0].split("\n").slice(2);
    return new Set(rows.flatMap((r) => [...r.split("|")[1].matchAll(/`(\w+)`/g)].map((m) => m[1])));
  };
  const { file } = await checkJson(NATIONAL);
  const yunnan = (await checkJson()).file;
  expect(new Set(Object.keys(file))).toEqual(new Set(["file", "template", "department", "tables", "unrecognised", "findings"]));
  for (const key of Object.keys(file)) expect(documented("files[]")).toContain(key);
  for (const key of ["error", "annotated", "annotateError", "duplicateOf"]) expect(documented("files[]")).toContain(key);
  for (const t of [...file.tables, ...yunnan.tables]) for (const key of Object.keys(t)) expect(documented("tables[]")).toContain(key);
  for (const f of [...file.findings, ...yunnan.findings]) for (const key of Object.keys(f)) expect(documented("findings[]")).toContain(key);
});
