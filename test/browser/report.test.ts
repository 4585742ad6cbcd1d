// `check --report` opened in headless Chromium: the page works from the file alone (no request leaves it), its
// counts are the JSON's, a department whose name holds markup shows that markup as text, the findings filter; and
// `--summary` holds the same rows in its two sheets. Saves a screenshot of the report on assets/sample (the two
// samples) as test-output/report.png, and as docs/report.png when missing or JUESUAN_UPDATE_SCREENSHOT=1.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { writeWaiverSheet } from "../../src/cli/waiver-xlsx";
import { addWaiver, Waiver } from "../../src/core/waivers/index";
import { run, tempDir } from "../cli/helpers";
import { AT, isGrade153, sampleWorkbook } from "../waivers/xlsx";
import { browserAvailable, launch } from "./harness";

const ROOT = path.join(__dirname, "../..");
const NATIONAL = path.join(ROOT, "assets/sample/national.xlsx");
const MARKUP = "<b>工业</b><script>document.title=1</script>局";
const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("the HTML report in Chromium", () => {
  const dir = tempDir("report");
  const folder = path.join(dir, "in");
  const report = path.join(dir, "report.html");
  const summary = path.join(dir, "summary.xlsx");
  let json: { files: Record<string, any>[] };
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(folder);
    // The sample with its 部门 renamed to markup and the 等级 of 附表15-3 answered (忽略并说明).
    const { wb, findings, fingerprint } = await sampleWorkbook();
    wb.getWorksheet("公开01表")!.getCell("A5").value = `部门：${MARKUP}`;
    let waivers: Waiver[] = [];
    for (const f of findings.filter(isGrade153)) waivers = addWaiver(waivers, f, fingerprint(f), "按省定口径评定", AT);
    writeWaiverSheet(wb, waivers);
    await wb.xlsx.writeFile(path.join(folder, "a-markup.xlsx"));
    copyFileSync(NATIONAL, path.join(folder, "b-national.xlsx"));
    copyFileSync(NATIONAL, path.join(folder, "c-national-copy.xlsx"));
    writeFileSync(path.join(folder, "d-bad.xlsx"), "not a workbook");
    const r = await run(["check", folder, "--json", "--report", report, "--summary", summary]);
    expect(r.code).toBe(1); // d-bad.xlsx unreadable, the others checked: their errors decide
    json = JSON.parse(r.out);
    context = await launch();
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on("request", (q) => (q.url().startsWith("file:") ? undefined : outside.push(q.url())));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${report}`);
  }, 120000);

  afterAll(async () => {
    await context?.close();
  });

  const count = (what: string) => page.$eval(`[data-count="${what}"]`, (e) => Number(e.textContent));
  const findings = () => json.files.flatMap((f) => f.findings as { severity: string; waived?: boolean; rule: string }[]);

  test("the workbook's department is the markup as written (JSON), embedded in the page with every < escaped", () => {
    expect(json.files[0].department).toBe(MARKUP);
    const html = readFileSync(report, "utf8");
    expect(html).not.toContain(MARKUP);
    expect(html).toContain(JSON.stringify(MARKUP).replace(/</g, "\\u003c"));
  });

  test("shows the JSON's counts, loads nothing from outside and runs without errors", async () => {
    const open = (s: string) => findings().filter((f) => f.severity === s && !f.waived).length;
    expect(await count("files")).toBe(4);
    expect(await count("checked")).toBe(3);
    expect(await count("unreadable")).toBe(json.files.filter((f) => f.error).length);
    expect(await count("duplicates")).toBe(1);
    expect(await count("error")).toBe(open("error"));
    expect(await count("warning")).toBe(open("warning"));
    expect(await count("info")).toBe(open("info"));
    expect(await count("waived")).toBe(json.files[0].waivers.waived.error + json.files[0].waivers.waived.warning + json.files[0].waivers.waived.info);
    expect(await count("waived")).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe("决算公开校验报告");
  });

  test("the department's markup is text: no element made from it", async () => {
    const cells = await page.$$eval("#workbooks tr", (rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent)));
    expect(cells.map((c) => [c[0]!.replace(/^.*[\\/]/, ""), c[1]])).toEqual([
      ["a-markup.xlsx", MARKUP], ["b-national.xlsx", "曲靖市工业和信息化局"], ["c-national-copy.xlsx", "曲靖市工业和信息化局"], ["d-bad.xlsx", ""],
    ]);
    expect(await page.$$eval("#workbooks b, #workbooks script, #findings b, #findings script", (els) => els.length)).toBe(0);
  });

  test("the findings filter by severity and by text", async () => {
    const shown = () => page.$$eval("#findings tr", (rows) => rows.length);
    const open = findings().filter((f) => !f.waived);
    expect(await shown()).toBe(open.length);
    await page.selectOption("#f-severity", "error");
    expect(await shown()).toBe(open.filter((f) => f.severity === "error").length);
    await page.fill("#f-text", "b-national");
    expect(await shown()).toBe(2);
    await page.check("#f-waived");
    await page.selectOption("#f-severity", "");
    await page.fill("#f-text", "按省定口径");
    expect(await shown()).toBe(findings().filter((f) => f.waived).length);
  });

  test("the summary workbook: 工作簿 and 问题, one row per file and per finding", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["工作簿", "问题"]);
    const books = wb.getWorksheet("工作簿")!;
    expect(books.rowCount).toBe(1 + 4);
    const first = json.files[0].findings as { severity: string; waived?: boolean }[];
    const of = (s: string) => first.filter((f) => f.severity === s && !f.waived).length;
    expect((books.getRow(2).values as unknown[]).slice(1, 8)).toEqual([json.files[0].file, MARKUP, "云南（公开01–公开12）", of("error"), of("warning"), of("info"), first.filter((f) => f.waived).length]);
    expect(books.getCell("J4").value).toBe(json.files[1].file);
    expect(wb.getWorksheet("问题")!.rowCount).toBe(1 + findings().length);
  });

  test("the report on the samples folder: the two workbooks' counts, a screenshot for the README", async () => {
    const sampleReport = path.join(dir, "sample-report.html");
    const r = await run(["check", path.join(ROOT, "assets/sample"), "--report", sampleReport]);
    expect(r.code).toBe(1);
    const shot = await context.newPage();
    await shot.setViewportSize({ width: 1280, height: 1500 });
    await shot.goto(`file://${sampleReport}`);
    const counts = await shot.$$eval("[data-count]", (els) => els.map((e) => [e.getAttribute("data-count"), Number(e.textContent)]));
    // 云南: 31 errors, 15 warnings, 18 尾数; 全国: 2 errors, 16 尾数.
    expect(Object.fromEntries(counts)).toEqual({ files: 2, checked: 2, unreadable: 0, duplicates: 0, error: 33, warning: 15, info: 34, waived: 0 });
    const out = path.join(ROOT, "test-output");
    mkdirSync(out, { recursive: true });
    await shot.screenshot({ path: path.join(out, "report.png") });
    const docs = path.join(ROOT, "docs/report.png");
    if (!existsSync(docs) || process.env.JUESUAN_UPDATE_SCREENSHOT) copyFileSync(path.join(out, "report.png"), docs);
  });
});
