// The task pane in headless Chromium: the real production bundle served from 127.0.0.1, office.js replaced by a
// stub over the typed fake workbook holding the sample (plus a cell and a sheet name carrying HTML), every other
// request blocked. Drives 校验, the list, a ribbon press, 清除标记, 填充 + 撤销, 插入模板 + 撤销, the 模板 and
// profile settings, 忽略并说明 + 撤销忽略, and saves a screenshot of the pane (docs/pane.png when missing or JUESUAN_UPDATE_SCREENSHOT=1).

import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { planFill } from "../../src/core/fill/plan";
import { PACKS } from "../../src/core/packs/index";
import { CheckReport } from "../../src/excel/validate";
import { checkerFor } from "../../src/taskpane/engine";
import { numbersLine, summarize, totals, whereLine } from "../../src/taskpane/summary";
import { problemsFirst } from "../../src/taskpane/problems";
import { fillSummaryText } from "../../src/taskpane/view/fill-dialog";
import { SUMMED_TOTALS_NOTE } from "../../src/taskpane/messages";
import { FakeFill } from "../fakes/fake-excel";
import { sampleGridSync } from "../helpers/sample-sync";
import { browserAvailable, buildBundles, CHROMIUM, confinedPage, launch, ROOT, stubbedOfficeJs, serve, Served } from "./harness";
import type { StubApi, StubConfig } from "./office-stub";

const PAYLOAD = "<img src=x onerror=alert(1)>";
const PAYLOAD_SHEET = "公开07表";
const INDICATOR = "牵头引进市级重点招商项目数";

/** The sample with HTML in a sheet name (公开07表) and in an indicator name that ends up in a message. */
function hostile(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      name: s.name === PAYLOAD_SHEET ? PAYLOAD : s.name,
      values: s.values.map((row) => row.map((v) => (v === INDICATOR ? `${PAYLOAD}${INDICATOR}` : v))),
    })),
  };
}

/** Fills the cells have before the add-in comes: white (not "no fill"), a theme tint, a pattern. */
const PRE_FILLS: { cell: CellRef; fill: Partial<FakeFill> }[] = [
  { cell: { sheet: "公开06表", row: 43, col: 8 }, fill: { pattern: "Solid", color: "#FFFFFF" } },
  { cell: { sheet: "公开01表", row: 37, col: 5 }, fill: { pattern: "Solid", color: "#4472C4", tintAndShade: 0.6 } },
  { cell: { sheet: "附表15-3", row: 23, col: 9 }, fill: { pattern: "Gray25", color: "#FFFF00", patternColor: "#FF0000" } },
  { cell: { sheet: "公开01表", row: 0, col: 0 }, fill: { pattern: "Solid", color: "#DDEBF7" } },
];

const available = browserAvailable();
const describeInBrowser = available ? describe : describe.skip;

declare const window: Window & { __stub: StubApi };

describeInBrowser("task pane in Chromium", () => {
  const grid = hostile(sampleGridSync());
  const national = checkerFor("national")(grid);
  let stubJs = "";
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  let config: StubConfig = { grid, fills: PRE_FILLS };
  const blocked: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const started = Date.now();
  let built = 0;

  const stub = <T>(fn: (api: StubApi) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__stub)`) as Promise<T>;
  const diff = (name: string) => page.evaluate((n) => window.__stub.diff(n), name);
  const message = () => page.locator("#message").textContent();
  const waitMessage = (text: string) => page.locator("#message", { hasText: text }).waitFor({ timeout: 20_000 });
  const summaryRows = () => page.$$eval("#summary-body tr", (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
  const templateLine = () => page.locator("#summary-template").textContent();
  /** The summary table as the pane should show it for a report (the rows, then 合计). */
  const expectedRows = (r: CheckReport) => {
    const t = totals(r);
    const rows = summarize(r).map((x) => [x.table, x.sheet, String(x.counts.error), String(x.counts.warning), String(x.counts.info)]);
    return [...rows, ["合计", String(t.error), String(t.warning), String(t.info)]];
  };

  let distDir = "";

  beforeAll(async () => {
    const bundles = await buildBundles();
    distDir = bundles.dist;
    built = bundles.millis;
    stubJs = readFileSync(bundles.stub, "utf8");
    served = await serve(bundles.dist);
    context = await launch();
    page = await confinedPage(context, served.base, { blocked, dialogs, errors: pageErrors }, { fulfil: stubbedOfficeJs(stubJs, () => config) });
    await page.goto(`${served.base}taskpane.html`);
    await waitMessage("已连接工作簿");
    await stub((s) => s.remember("initial"));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await served?.close();
    console.log(`browser test: webpack (production add-in + stub) ${(built / 1000).toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it("the production build holds every file its manifest names, and no dev URL is left", () => {
    const manifest = readFileSync(path.join(distDir, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    const urls = [...manifest.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const base = urls.find((u) => u.endsWith("taskpane.html"))!.replace(/taskpane\.html$/, "");
    const files = urls.filter((u) => u.startsWith(base)).map((u) => u.slice(base.length).replace(/[?#].*$/, ""));
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "assets/validate-32.png", "assets/app-80.png"]));
    for (const f of files) expect([f, existsSync(path.join(distDir, f))]).toEqual([f, true]);
  });

  it("校验 shows the sample's real findings: summary per table, the list by table, in ≤ 2 syncs", async () => {
    expect(await message()).toBe(`已连接工作簿（${grid.sheets.length} 张工作表）。点击“校验”开始。`);
    const before = await stub((s) => s.syncCount());
    await page.click("#btn-validate");
    await waitMessage("识别到 33 张表");
    expect((await stub((s) => s.syncCount())) - before).toBeLessThanOrEqual(2);

    const t = totals(national);
    expect(await message()).toContain(`发现 ${national.findings.length} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）`);
    const rows = await summaryRows();
    expect(rows).toEqual(expectedRows(national));
    expect(rows.find((r) => r[1] === "公开06表")).toEqual(["公开06", "公开06表", "3", "0", "0"]);
    expect(await templateLine()).toBe("模板：云南（公开01–公开12）（自动识别）");

    const listed = await page.$$eval("#findings button.finding", (bs) =>
      bs.map((b) => [b.querySelector(".where")!.textContent, b.querySelector(".message")!.textContent, b.querySelector(".numbers")?.textContent ?? ""]));
    // problems first: errors, warnings, 尾数, each in sheet order, under one heading per severity
    const inOrder = problemsFirst(national);
    expect(listed).toEqual(inOrder.map((f) => [whereLine(f), f.message, numbersLine(f)]));
    expect(listed).toContainEqual([
      "公开06表!I44",
      "公用经费合计应等于 302、307、310、312、399 等其余各类之和：I44 应为 347.06，实为 694.12，相差 347.06（超出尾数误差 ±0.01）",
      "应为 347.06，实为 694.12，差额 347.06（允许 ±0.01）",
    ]);
    const groups = await page.$$eval("#findings h3.group", (hs) => hs.map((h) => h.textContent));
    expect(groups).toEqual([`错误 · ${t.error} 条`, `警告 · ${t.warning} 条`, `尾数 · ${t.info} 条`]);
  });

  it("shows workbook text as text: HTML in a sheet name and in a cell is neither parsed nor run", async () => {
    expect(await page.locator("img").count()).toBe(0);
    const where = await page.locator("#findings .where", { hasText: PAYLOAD }).first().textContent();
    expect(where).toBe(`'${PAYLOAD}'!H21`);
    const text = await page.locator("#findings .message", { hasText: `“${PAYLOAD}${INDICATOR}”` }).textContent();
    expect(text).toContain(`“${PAYLOAD}${INDICATOR}”（>= 11，实际 7）的得分应为 3.18`);
    expect(await page.locator("#summary-body td", { hasText: PAYLOAD }).textContent()).toBe(PAYLOAD);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("clicking a finding selects its cell in the workbook", async () => {
    await page.locator("button.finding", { hasText: "公用经费合计应等于 302" }).click();
    await page.waitForFunction(() => window.__stub.selection()?.address === "I44");
    expect(await stub((s) => s.selection())).toEqual({ sheet: "公开06表", address: "I44" });
  });

  it("清除标记 in the pane clears the marks of a 校验 pressed on the ribbon (one runtime): every fill as it was", async () => {
    await stub((s) => s.remember("marked"));
    expect((await diff("initial")).length).toBeGreaterThan(0);
    await page.click("#btn-clear");
    await waitMessage("已清除");
    expect(await diff("initial")).toEqual([]);
    await stub((s) => s.press("validate"));
    expect(await diff("marked")).toEqual([]);
    await page.click("#btn-clear");
    await waitMessage("已清除");
    expect(await diff("initial")).toEqual([]);
    expect(await stub((s) => s.revealed)).toBe(0); // the ribbon's 校验 did not need the pane
  });

  it("填充 asks before overwriting, writes formulas, and 撤销 restores values, formulas and formats", async () => {
    await page.click("#btn-fill");
    await page.locator("#fill-dialog").waitFor({ state: "visible" });
    const plan = planFill(grid, { profile: "national" });
    expect(await page.locator("#fill-summary").textContent()).toBe(fillSummaryText(plan));
    const differing = plan.conflicts.filter((c) => c.reason === "differs");
    expect(await page.locator("#fill-conflicts li").count()).toBe(differing.length);
    expect(await page.locator("#fill-all").textContent()).toBe(`全部填充（覆盖 ${differing.length} 个）`);
    expect(await diff("initial")).toEqual([]); // nothing written before the answer

    await page.click("#fill-all");
    await waitMessage("已填充");
    expect(await message()).toContain(SUMMED_TOTALS_NOTE); // a blank total was filled (附表14 F11)
    expect(await stub((s) => s.cell("附表14", 10, 5))).toMatchObject({ formula: "=SUM(D11,E11)" });
    // a real difference is overwritten (公用经费合计 694.12 for 347.06); a total within 尾数 is kept as typed
    expect(await stub((s) => s.cell("公开06表", 43, 8))).toMatchObject({ formula: "=SUM(F11,F39,I11,I28,I34)" });
    expect(await stub((s) => s.cell("公开01表", 37, 5))).toMatchObject({ formula: "" });

    await page.click("#btn-undo");
    await waitMessage("已撤销“填充”");
    expect(await diff("initial")).toEqual([]);
  });

  it("插入模板 twice gives two sheets with distinct names; 撤销 removes them", async () => {
    await page.click("#btn-template");
    await page.locator("#template-dialog").waitFor({ state: "visible" });
    await page.check('input[name="kind"][value="dept"]');
    await page.fill("#template-rows", "5");
    await page.fill("#template-year", "2023");
    await page.click("#template-insert");
    await waitMessage("已插入工作表“附表14-2”");
    await page.click("#btn-template");
    await page.check('input[name="kind"][value="project"]');
    await page.fill("#template-rows", "0");
    await page.click("#template-insert");
    expect(await page.locator("#template-error").textContent()).toBe("绩效指标行数应为 1 到 60 之间的整数。");
    await page.fill("#template-rows", "3");
    await page.click("#template-insert");
    await waitMessage("已插入工作表“附表15-21”");
    const names = await stub((s) => s.sheetNames());
    expect(names.filter((n) => n === "附表14-2" || n === "附表15-21")).toHaveLength(2);

    await page.click("#btn-undo");
    await waitMessage("删除了工作表“附表15-21”");
    await page.click("#btn-undo");
    await waitMessage("删除了工作表“附表14-2”");
    expect(await diff("initial")).toEqual([]);
  });

  it("模板: 自动识别 names the detected pack; 全国 forced re-binds the tables, is saved in the document, is used by the ribbon; back to 自动识别", async () => {
    const forced = checkerFor("national", "national")(grid);
    const read = (r: CheckReport) => r.findings.filter((f) => f.rule.startsWith("read."));
    // What the Node engine says: the sample read as 全国 gets read.* warnings (tables its pack does not name, markers
    // that disagree, rows the national layouts expect); detected as 云南 it gets none.
    expect(read(national)).toEqual([]);
    expect(read(forced).length).toBeGreaterThan(0);
    expect(forced.template).toEqual({ id: "national", name: "全国（财政部九张表）", forced: true });

    // the choices come from PACKS; the default is 自动识别 and the summary names the pack it found
    expect(await page.$$eval("#pack option", (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent])))
      .toEqual([["auto", "自动识别"], ...PACKS.map((p) => [p.id, p.name])]);
    expect(await page.$eval("#pack", (s) => (s as HTMLSelectElement).value)).toBe("auto");
    expect(await templateLine()).toBe("模板：云南（公开01–公开12）（自动识别）");
    const detectedRows = await summaryRows();
    expect(detectedRows).toEqual(expectedRows(national));

    await page.selectOption("#pack", "national");
    await waitMessage("模板已设为“全国（财政部九张表）”，点击“校验”按此模板重新校验。");
    expect((await stub((s) => s.settings()))["juesuan.template"]).toBe("national");
    await page.click("#btn-validate");
    await waitMessage(`识别到 ${forced.tables.length} 张表`);
    expect(await templateLine()).toBe("模板：全国（财政部九张表）（指定）");
    expect(await summaryRows()).toEqual(expectedRows(forced));
    const t = totals(forced);
    expect(await message()).toContain(`发现 ${forced.findings.length} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）`);
    const messages = await page.$$eval("#findings button.finding.warning .message", (ms) => ms.map((m) => m.textContent));
    expect(messages).toEqual(expect.arrayContaining(read(forced).map((f) => f.message)));
    expect(messages).toHaveLength(t.warning);

    // the ribbon's 校验 (same runtime) checks against the chosen pack too
    await stub((s) => s.press("validate"));
    expect(await templateLine()).toBe("模板：全国（财政部九张表）（指定）");
    expect(await summaryRows()).toEqual(expectedRows(forced));

    // the choice travels with the document: a new pane session starts with it
    await page.reload();
    await waitMessage("已连接工作簿");
    expect(await page.$eval("#pack", (s) => (s as HTMLSelectElement).value)).toBe("national");

    await page.selectOption("#pack", "auto");
    await waitMessage("模板已设为“自动识别”，校验和填充时生效。");
    expect((await stub((s) => s.settings()))["juesuan.template"]).toBe("auto");
    await page.click("#btn-validate");
    await waitMessage("识别到 33 张表");
    expect(await templateLine()).toBe("模板：云南（公开01–公开12）（自动识别）");
    expect(await summaryRows()).toEqual(detectedRows);
  });

  it("the scoring profile changes the findings and is kept in the document's settings", async () => {
    await page.selectOption("#profile", "province-80-70-60");
    await waitMessage("评分口径已设为“省级口径（80/70/60）”");
    await page.click("#btn-validate");
    await waitMessage("识别到 33 张表");
    const province = checkerFor("province-80-70-60")(grid);
    expect(province.findings.length).not.toBe(national.findings.length);
    expect(await summaryRows()).toEqual(expectedRows(province));
    expect((await stub((s) => s.settings()))["juesuan.profile"]).toBe("province-80-70-60");
    await page.reload();
    await waitMessage("已连接工作簿");
    expect(await page.$eval("#profile", (s) => (s as HTMLSelectElement).value)).toBe("province-80-70-60");
  });

  it("忽略并说明: a reason with markup is stored and shown as text, the summary counts it apart, the cell comes back; 撤销忽略 undoes it", async () => {
    const REASON = "已与财政核对<b>x</b><img src=x onerror=alert(1)>，按省定口径";
    await page.click("#btn-validate");
    await waitMessage("识别到 33 张表");
    await stub((s) => s.remember("before-waive"));
    const province = checkerFor("province-80-70-60")(grid);
    // 公开01 本年支出合计 F38: a 尾数, the only finding on a cell that had a theme-tinted fill before the add-in came
    const target = province.findings.find((f) => f.rule === "sum.summary" && f.sheet === "公开01表")!;
    expect(province.findings.filter((f) => f.sheet === "公开01表" && f.cell.row === 37 && f.cell.col === 5)).toEqual([target]);
    const f38 = () => stub((s) => s.dump().sheets.find((x) => x.name === "公开01表")!.cells.F38.fill);
    expect(await f38()).toMatchObject({ pattern: "Solid", color: "#DDEBF7" });
    expect(await page.locator("#waived-section").isHidden()).toBe(true);

    const item = page.locator("#findings li", { hasText: "公开01表!F38" });
    await item.locator("button.waive").click();
    await page.locator("#waive-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#waive-finding").textContent()).toBe(target.message);
    expect(await page.locator("#waive-where").textContent()).toBe("公开01表!F38");
    await page.fill("#waive-reason", "   ");
    await page.click("#waive-ok");
    expect(await page.locator("#waive-error").textContent()).toBe("请填写忽略的理由。");
    expect(await diff("before-waive")).toEqual([]); // nothing written before a reason is given
    await page.fill("#waive-reason", `  ${REASON}  `);
    await page.click("#waive-ok");
    await waitMessage("已忽略此问题，说明已存入工作簿");

    // the summary counts it apart; the list no longer holds it; the 已忽略 section shows the reason as text
    const waivedReport = { ...province, findings: province.findings.map((f) => (f === target ? { ...f, waiver: { reason: REASON, at: "" } } : f)) };
    expect(await summaryRows()).toEqual(expectedRows(waivedReport));
    const row01 = expectedRows(province).find((r) => r[1] === "公开01表")!;
    expect((await summaryRows()).find((r) => r[1] === "公开01表")).toEqual([...row01.slice(0, 4), String(Number(row01[4]) - 1)]);
    expect(await page.locator("#summary-waived").textContent()).toBe("已忽略（附说明）1 条，不计入上表，见下方“已忽略”。");
    const t = totals(province);
    expect(await message()).toContain(`发现 ${province.findings.length - 1} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info - 1}）；另有 1 个已忽略（附说明）`);
    expect(await page.locator("#findings button.finding", { hasText: "公开01表!F38" }).count()).toBe(0);
    expect(await page.locator("#waived li").count()).toBe(1);
    expect(await page.locator("#waived li .reason").textContent()).toBe(REASON);
    expect(await page.locator("#waived li .where").first().textContent()).toBe("公开01表!F38");
    expect(await page.locator("#waived-section").isVisible()).toBe(true);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#waived b").count()).toBe(0);

    // stored in the workbook: a very-hidden sheet of text; the cell's own fill (white, set before) is back
    const sheets = await stub((s) => s.dump().sheets.map((x) => [x.name, x.visibility]));
    expect(sheets[sheets.length - 1]).toEqual(["juesuan_忽略说明", "VeryHidden"]);
    expect(await stub((s) => s.cell("juesuan_忽略说明", 2, 6))).toEqual({ value: REASON, formula: "", numberFormat: "@" });
    expect(await f38()).toEqual({ pattern: "Solid", color: "#4472C4", tintAndShade: 0.6, patternColor: "#000000", patternTintAndShade: 0 });

    // 撤销忽略: back as before (the waiver sheet stays, empty of waivers)
    await page.locator("#waived li button.unwaive").click();
    await waitMessage("已撤销忽略");
    expect(await summaryRows()).toEqual(expectedRows(province));
    expect(await page.locator("#waived-section").isHidden()).toBe(true);
    expect(await page.locator("#summary-waived").isHidden()).toBe(true);
    expect(await page.locator("#findings button.finding", { hasText: "公开01表!F38" }).count()).toBe(1);
    expect(await f38()).toMatchObject({ pattern: "Solid", color: "#DDEBF7" });
    expect(await diff("before-waive")).toEqual(["sheets"]);
    expect(await stub((s) => s.cell("juesuan_忽略说明", 2, 0))).toEqual({ value: null, formula: "", numberFormat: "General" });
    // 清除标记 still puts every cell back exactly: only the (added) waiver sheet differs from before 校验
    await page.click("#btn-clear");
    await waitMessage("已清除");
    expect(await f38()).toEqual({ pattern: "Solid", color: "#4472C4", tintAndShade: 0.6, patternColor: "#000000", patternTintAndShade: 0 });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("fetched nothing but its own files and the stubbed office.js; a screenshot of the pane", async () => {
    config = { grid: sampleGridSync(), fills: [] };
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await waitMessage("已连接工作簿");
    await page.click("#btn-validate");
    await waitMessage("识别到 33 张表");
    const out = path.join(ROOT, "test-output");
    mkdirSync(out, { recursive: true });
    await page.setViewportSize({ width: 420, height: 1500 }); // the counts and the start of the list
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(out, "pane.png") });
    const docs = path.join(ROOT, "docs/pane.png");
    if (!existsSync(docs) || process.env.JUESUAN_UPDATE_SCREENSHOT) {
      mkdirSync(path.dirname(docs), { recursive: true });
      copyFileSync(path.join(out, "pane.png"), docs);
    }
    expect(blocked).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

if (!available) {
  it.skip(`task pane in Chromium: ${CHROMIUM} not found (in CI this is a failure)`, () => undefined);
}
