// The WPS 表格 add-in (dist-wps, built as `npm run build:wps` builds it) in headless Chromium: the main page with
// window.Application stubbed over the fake ET object model holding the sample (plus a sheet name and a cell
// carrying HTML, and a cell with a comment of its own), every request outside 127.0.0.1 blocked. Ribbon callbacks
// → the task pane (an iframe, as WPS opens a pane) → the summary that analyze() gives in Node.

import { readFileSync, existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import webpack from "webpack";
import { Grid } from "../../src/core/grid/grid";
import { CheckReport } from "../../src/host/types";
import { checkerFor } from "../../src/taskpane/engine";
import { summarize, totals } from "../../src/taskpane/summary";
import { BUTTONS } from "../../src/wps/addin/ribbon";
import { sampleGridSync } from "../helpers/sample-sync";
import { browserAvailable, confinedPage, launch, ROOT, serve, Served } from "./harness";
import type { WpsStubApi, WpsStubConfig } from "./wps-stub";

const PAYLOAD = "<img src=x onerror=alert(1)>";
const INDICATOR = "牵头引进市级重点招商项目数";
const COMMENTED = "公开06表!I44";

function hostile(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      name: s.name === "公开07表" ? PAYLOAD.replace(/[\\/?*[\]:]/g, "") : s.name,
      values: s.values.map((row) => row.map((v) => (v === INDICATOR ? `${PAYLOAD}${INDICATOR}` : v))),
    })),
  };
}

type ConfigFactory = (env: object, argv: { mode: string }) => webpack.Configuration;

async function build(): Promise<{ dist: string; stub: string }> {
  const out = mkdtempSync(path.join(os.tmpdir(), "juesuan-wps-browser-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.wps.config.js is CommonJS
  const real = (require(path.join(ROOT, "webpack.wps.config.js")) as ConfigFactory)({}, { mode: "production" });
  const addin: webpack.Configuration = { ...real, context: ROOT, output: { ...real.output, path: path.join(out, "dist-wps") } };
  const stub: webpack.Configuration = {
    mode: "development", devtool: false, target: "web", context: ROOT,
    entry: path.join(__dirname, "wps-stub.ts"),
    output: { path: path.join(out, "stub"), filename: "wps-stub.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } } } }] },
  };
  await new Promise<void>((resolve, reject) => {
    const compiler = webpack([addin, stub]);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return { dist: path.join(out, "dist-wps"), stub: path.join(out, "stub", "wps-stub.js") };
}

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("WPS 表格 add-in (dist-wps) in Chromium", () => {
  const grid = hostile(sampleGridSync());
  const national: CheckReport = checkerFor("national")(grid);
  let dist = "";
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const wps = <T>(fn: (api: WpsStubApi) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__wps)`) as Promise<T>;
  const press = (id: string) => page.evaluate((control) => (window as unknown as { OnAction(c: { Id: string }): boolean }).OnAction({ Id: control }), id);
  const pane = async (): Promise<Frame> => {
    await page.locator("iframe").waitFor();
    const frame = page.frames().find((f) => f.url().endsWith("/taskpane.html"));
    if (!frame) throw new Error("no task pane");
    return frame;
  };
  const waitMessage = async (text: string) => {
    const frame = await pane();
    try {
      await frame.locator("#message", { hasText: text }).waitFor({ timeout: 30_000 });
    } catch (e) {
      throw new Error(`waiting for “${text}”, the pane says “${await frame.locator("#message").textContent()}” (page errors: ${pageErrors.join("; ")}; ${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    }
  };

  beforeAll(async () => {
    const bundles = await build();
    dist = bundles.dist;
    const config: WpsStubConfig = { grid, comments: { [COMMENTED]: "财务科：已与总账核对" } };
    served = await serve(dist);
    context = await launch();
    await context.addInitScript({ content: `window.__JUESUAN_WPS__ = ${JSON.stringify(config)};\n${readFileSync(bundles.stub, "utf8")}` });
    page = await confinedPage(context, served.base, { blocked, dialogs, errors: pageErrors });
    await page.goto(`${served.base}index.html`);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await served?.close();
  });

  it("dist-wps holds the main page, ribbon.xml with the group and its callbacks, every icon, jsplugins.xml; paths are relative", () => {
    const ribbon = readFileSync(path.join(dist, "ribbon.xml"), "utf8");
    expect(ribbon).toContain('<group id="juesuanGroup" label="决算公开校验">');
    const buttons = [...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([["btnValidate", "校验"], ["btnFill", "填充"], ["btnTemplate", "插入模板"], ["btnClear", "清除标记"], ["btnUndo", "撤销"], ["btnPane", "打开任务窗格"]]);
    expect(Object.keys(BUTTONS)).toEqual(buttons.map((b) => b[0]));
    for (const { image } of Object.values(BUTTONS)) expect([image, existsSync(path.join(dist, image))]).toEqual([image, true]);
    const callbacks = new Set([...ribbon.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1]));
    expect([...callbacks].sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad"]);
    const jsplugins = readFileSync(path.join(dist, "jsplugins.xml"), "utf8");
    expect(jsplugins).toMatch(/<jsplugin name="juesuan" type="et" version="\d+\.\d+\.\d+" url="juesuan_\d+\.\d+\.\d+\.7z"/);
    for (const f of ["index.html", "taskpane.html", "ribbon.xml", "jsplugins.xml"]) {
      const text = readFileSync(path.join(dist, f), "utf8").replace(/http:\/\/schemas\.microsoft\.com\/office\/2006\/01\/customui/, "");
      expect([f, text.match(/(https?:)?\/\/[\w.-]+(:\d+)?\//g)]).toEqual([f, null]);
    }
  });

  it("the ribbon's 校验 opens the task pane, which shows the summary analyze() gives in Node", async () => {
    expect(await page.evaluate(() => typeof (window as unknown as { OnAddinLoad?: unknown }).OnAddinLoad)).toBe("function");
    expect(await page.evaluate(() => (window as unknown as { GetImage(c: { Id: string }): string }).GetImage({ Id: "btnClear" }))).toBe("images/clear-32.png");
    expect(await press("btnValidate")).toBe(true);
    await waitMessage("识别到 33 张表");
    expect(await wps((w) => w.panes())).toEqual([{ url: expect.stringMatching(/\/taskpane\.html$/), visible: true }]);
    const frame = await pane();
    const t = totals(national);
    expect(await frame.locator("#message").textContent()).toContain(`发现 ${national.findings.length} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）`);
    const rows = await frame.$$eval("#summary-body tr", (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
    const expected = [...summarize(national).map((x) => [x.table, x.sheet, String(x.counts.error), String(x.counts.warning), String(x.counts.info)]), ["合计", String(t.error), String(t.warning), String(t.info)]];
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r[1] === "公开06表")).toEqual(["公开06", "公开06表", "3", "0", "0"]);
    const cells = new Map<string, { comment: string | null; fill: { pattern: number } }>(JSON.parse(await wps((w) => w.dump())));
    expect(cells.get(COMMENTED)?.comment).toMatch(/^财务科：已与总账核对\n——\n/);
    expect(cells.get(COMMENTED)?.fill.pattern).toBe(1);
  });

  it("shows workbook text as text: HTML in a sheet name and a cell is neither parsed nor run", async () => {
    const frame = await pane();
    expect(await frame.locator("img").count()).toBe(0);
    const text = await frame.locator("#findings .message", { hasText: `“${PAYLOAD}${INDICATOR}”` }).textContent();
    expect(text).toContain(`“${PAYLOAD}${INDICATOR}”（>= 11，实际 7）的得分应为 3.18`);
    expect(await frame.locator("#summary-body td", { hasText: "img src=x" }).count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("a click on a finding selects its cell; the ribbon's 清除标记 and 撤销 go through the same pane", async () => {
    const frame = await pane();
    await frame.locator("button.finding", { hasText: "公用经费合计应等于 302" }).click();
    await page.waitForFunction(() => (window as unknown as { __wps: WpsStubApi }).__wps.selection("公开06表") === "I44");
    expect(await wps((w) => w.activeSheet())).toBe("公开06表");
    const marked = await wps((w) => w.dump());
    await press("btnClear");
    await waitMessage("已清除");
    const cleared = new Map<string, { comment: string | null; fill: { pattern: number } }>(JSON.parse(await wps((w) => w.dump())));
    expect([...cleared.values()].filter((c) => c.fill.pattern !== -4142)).toEqual([]);
    expect(cleared.get(COMMENTED)?.comment).toBe("财务科：已与总账核对");
    await press("btnUndo");
    await waitMessage("已撤销“清除标记”");
    expect(await wps((w) => w.dump())).toBe(marked);
    expect(await wps((w) => w.panes())).toHaveLength(1);
  });

  it("the ribbon's 插入模板 and 填充 open the pane's dialogs; their 撤销 puts the workbook back", async () => {
    const frame = await pane();
    const before = await wps((w) => w.dump());
    await press("btnTemplate");
    await frame.locator("#template-dialog").waitFor({ state: "visible" });
    await frame.fill("#template-rows", "6");
    await frame.click("#template-insert");
    await waitMessage("已插入工作表“附表15-21”");
    expect(await wps((w) => w.activeSheet())).toBe("附表15-21");
    await press("btnUndo");
    await waitMessage("已撤销“插入模板”，删除了工作表“附表15-21”");

    await press("btnFill");
    await frame.locator("#fill-dialog").waitFor({ state: "visible" });
    await frame.click("#fill-empty");
    await waitMessage("已填充");
    const filled = new Map<string, { formula: string }>(JSON.parse(await wps((w) => w.dump())));
    expect(filled.get("附表14!F11")?.formula).toBe("=SUM(D11,E11)");
    await press("btnUndo");
    await waitMessage("已撤销“填充”");
    expect(await wps((w) => w.dump())).toBe(before);
    expect(pageErrors).toEqual([]);
  });

  it("no request left the machine", () => {
    expect(blocked).toEqual([]);
  });
});
