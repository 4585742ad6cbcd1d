// What the browser test needs around the page: the real production bundle and the office.js stub built with
// webpack's Node API, a tiny static server on 127.0.0.1, and headless Chromium started with a fresh profile.

import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import webpack from "webpack";

export const ROOT = path.join(__dirname, "../..");
export const CHROMIUM = process.env.JUESUAN_CHROMIUM ?? "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Runs when Chromium is there; skips cleanly only outside CI (in CI, .ci/run installs it and it must run). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser test must run in CI (see .ci/run)`);
  return false;
}

export interface Bundles {
  readonly dist: string;
  readonly stub: string;
  readonly millis: number;
}

type ConfigFactory = (env: object, argv: { mode: string }) => webpack.Configuration;

/** The add-in exactly as `npm run build` makes it (minus source maps), and the stub, in one webpack run. */
export async function buildBundles(): Promise<Bundles> {
  const out = mkdtempSync(path.join(os.tmpdir(), "juesuan-browser-"));
  const dist = path.join(out, "dist");
  const stub = path.join(out, "stub");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const real = (require(path.join(ROOT, "webpack.config.js")) as ConfigFactory)({}, { mode: "production" });
  const addin: webpack.Configuration = { ...real, context: ROOT, devtool: false, output: { ...real.output, path: dist } };
  const office: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: path.join(__dirname, "office-stub.ts"),
    output: { path: stub, filename: "office-stub.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } } } }],
    },
  };
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const compiler = webpack([addin, office]);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return { dist, stub: path.join(stub, "office-stub.js"), millis: Date.now() - started };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

export interface Served {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port; nothing outside it. */
export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.resolve(dir, name);
    if (!file.startsWith(path.resolve(dir) + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Chromium with a fresh profile and everything that would phone home switched off. */
export async function launch(): Promise<BrowserContext> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(path.join(os.tmpdir(), "juesuan-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
    viewport: { width: 420, height: 900 },
    locale: "zh-CN",
  });
}

/** What a page did that the tests assert on: requests refused (anything not ours), alerts, script errors. */
export interface PageLog {
  readonly blocked: string[];
  readonly dialogs: string[];
  readonly errors: string[];
}

/**
 * A page of the context that may load only files under `base` (and what `fulfil` answers, e.g. a stubbed
 * office.js): every other request is aborted and listed, so a test can prove nothing leaves the machine.
 * Alerts are dismissed and listed; script errors (and console errors with `consoleErrors`) are listed.
 */
export async function confinedPage(
  context: BrowserContext,
  base: string,
  log: PageLog,
  options: { fulfil?: (url: string) => { contentType: string; body: string } | undefined; consoleErrors?: boolean } = {},
): Promise<Page> {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const answer = options.fulfil?.(url);
    if (answer) return route.fulfill(answer);
    if (url.startsWith(base)) return route.continue();
    log.blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => log.errors.push(e.message));
  if (options.consoleErrors) page.on("console", (m) => m.type() === "error" && log.errors.push(m.text()));
  return page;
}

/** Answers office.js with the stub bundle behind its config, built at each request (a test may change it and reload). */
export function stubbedOfficeJs(stubJs: string, config: () => unknown): (url: string) => { contentType: string; body: string } | undefined {
  return (url) => (url === OFFICE_JS ? { contentType: "text/javascript; charset=utf-8", body: `window.__JUESUAN_STUB__ = ${JSON.stringify(config())};\n${stubJs}` } : undefined);
}
