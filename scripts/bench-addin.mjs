#!/usr/bin/env node
// The add-in's figures: round trips (context.sync) and time of each pane operation against the typed fake Excel
// (test/fakes), and the size of the task-pane bundle.
//
//   workloads: the sample; the sample's sheets copied 100× under new names (≈100× the findings, so marking is
//   chunked); a generated consistent workbook at 100× (test/helpers/consistent-workbook.ts: scale 100, 2000
//   scorecards — no findings, so it measures reading and checking);
//   operations: 校验 cold (sheet names unknown) and warm, 清除标记, 撤销, 填充 (plan; then write with every
//   differing cell agreed), 撤销 of 填充, 插入模板, selecting a cell;
//   自动复查 (on the sample and the sample ×10): after a 校验, an edit that fixes 附表15-3!J24 (良 → 中) and one that
//   breaks 公开01表!F38 (10,612.11), each from the change event to updated marks (re-read of the edited sheet,
//   engine, mark writes; the pane's 300 ms quiet time before it is not counted);
//   bundle: webpack production build of the task pane into .tmp/bench-addin (or --dist: measure dist/ as built),
//   minified and gzip sizes against the 300 KB (minified) budget, and the largest modules.
//
// Times are of the engine plus the in-memory fake on this machine — Excel's round trips are what the sync
// counts stand for (each is a network round trip on Excel on the web); "refused" counts syncs the fake turned down
// for Excel on the web's 5 MB response limit (the read then goes to batches), and the KB columns are of the
// accepted syncs. The warm 校验 and 填充 reuse what the cold read learnt (names, batched), as the pane does.
// Never fails on time.
// Options: --quick (sample only), --no-bundle, --dist, --json (one JSON document on stdout).
// TypeScript is loaded through scripts/lib/register-ts.cjs (@swc/core), so no build step is needed.

import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
require("./lib/register-ts.cjs");
const { replicate, sampleGrid } = await import("./lib/bench-workbooks.mjs");

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const json = args.has("--json");
const BUDGET_KB = 300;

const { fakeExcelFromGrid } = require("../test/fakes/fake-excel.ts");
const { FakeTemplateExcel } = require("../test/fakes/fake-excel-template.ts");
const { consistentWorkbook } = require("../test/helpers/consistent-workbook.ts");
const { cellKey } = require("../src/core/grid/address.ts");
const { validate } = require("../src/excel/validate.ts");
const { clearMarks } = require("../src/excel/clear-marks.ts");
const { undo } = require("../src/excel/undo.ts");
const { fillWorkbook, overwritable } = require("../src/excel/fill-workbook.ts");
const { insertScorecard } = require("../src/excel/insert-scorecard.ts");
const { selectCell } = require("../src/excel/select.ts");
const { Journal } = require("../src/host/journal.ts");
const { checkerFor } = require("../src/taskpane/engine.ts");
const { recheck } = require("../src/excel/recheck.ts");

const FEATURES = { merges: true, notes: true };
const log = (line = "") => void (json || console.log(line));

// ---- workloads -----------------------------------------------------------------------------------

function cells(grid) {
  return grid.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.filter((v) => v !== null).length, 0), 0);
}

// ---- operations ----------------------------------------------------------------------------------

/** Runs one Excel.run on the fake; returns its syncs, time and the largest request/response of its syncs. */
async function measure(fake, label, batch) {
  const from = fake.syncLog.length;
  const t0 = performance.now();
  const result = await fake.run(batch);
  const ms = performance.now() - t0;
  const syncs = fake.syncLog.slice(from);
  const ok = syncs.filter((s) => !s.error);
  const kb = (f) => Math.round(Math.max(0, ...ok.map(f)) / 1024);
  return { label, syncs: syncs.length, refused: syncs.length - ok.length, ms: Math.round(ms), requestKb: kb((s) => s.requestBytes), responseKb: kb((s) => s.responseBytes), result };
}

async function workload(name, grid) {
  const fake = fakeExcelFromGrid(grid, {}, (o) => new FakeTemplateExcel(o));
  const check = checkerFor("national");
  const journal = new Journal();
  const ops = [];
  const cold = await measure(fake, "校验（首次，不知道工作表名）", (ctx) => validate(ctx, { check, features: FEATURES, journal: new Journal(), mark: false }));
  ops.push(cold);
  const { sheetNames, batched } = cold.result;
  const warm = await measure(fake, "校验（已知工作表名，含标记）", (ctx) => validate(ctx, { check, features: FEATURES, journal, sheetNames, batched }));
  ops.push(warm);
  const findings = warm.result.report.findings.length;
  const marked = warm.result.marked;
  ops.push(await measure(fake, "清除标记", (ctx) => clearMarks(ctx, journal, FEATURES)));
  ops.push(await measure(fake, "撤销（清除标记）", (ctx) => undo(ctx, journal, FEATURES)));
  const plan = await measure(fake, "填充：计划（需确认时不写入）", (ctx) => fillWorkbook(ctx, { features: FEATURES, journal, profile: "national", sheetNames, batched }));
  ops.push(plan);
  const agreed = new Set(overwritable(plan.result.plan).map((c) => cellKey(c.cell)));
  const filled = await measure(fake, "填充：写入（同意覆盖全部）", (ctx) => fillWorkbook(ctx, { features: FEATURES, journal, profile: "national", sheetNames, batched, overwrite: agreed }));
  ops.push(filled);
  if (filled.result.written.length) ops.push(await measure(fake, "撤销（填充）", (ctx) => undo(ctx, journal, FEATURES)));
  ops.push(await measure(fake, "插入模板（项目，8 行指标）", (ctx) => insertScorecard(ctx, journal, { kind: "project", indicators: 8 })));
  ops.push(await measure(fake, "撤销（插入模板）", (ctx) => undo(ctx, journal, FEATURES)));
  ops.push(await measure(fake, "定位单元格", (ctx) => selectCell(ctx, { sheet: sheetNames[0], row: 0, col: 0 })));
  const written = filled.result.written.length;
  for (const op of ops) delete op.result;
  return { name, sheets: grid.sheets.length, cells: cells(grid), findings, marked, filled: written, ops };
}

/** 自动复查 after edits: the host's part of an edit burst (one Excel.run: read the edited sheet, check, mark). */
async function liveWorkload(name, grid, suffix) {
  const fake = fakeExcelFromGrid(grid, {}, (o) => new FakeTemplateExcel(o));
  const check = checkerFor("national");
  const journal = new Journal();
  const cold = await measure(fake, "校验", (ctx) => validate(ctx, { check, features: FEATURES, journal }));
  let base = { grid: cold.result.grid, known: new Map(cold.result.grid.sheets.map((s) => [s.name, cold.result.known])), highlights: cold.result.highlights };
  const ops = [];
  const edits = [
    ["自动复查：附表15-3!J24 良 → 中（修正）", `附表15-3${suffix}`, "J24", "中"],
    ["自动复查：公开01表!F38 → 10,612.11（改错）", `公开01表${suffix}`, "F38", 10612.11],
  ];
  for (const [label, sheet, a1, value] of edits) {
    fake.userEdit(sheet, a1, value);
    const op = await measure(fake, label, (ctx) => recheck(ctx, { check, features: FEATURES, journal, sheets: [sheet], base }));
    base = op.result.base;
    op.changed = op.result.changed;
    delete op.result;
    ops.push(op);
  }
  return { name, sheets: grid.sheets.length, cells: cells(grid), findings: cold.result.report.findings.length, marked: cold.result.marked, ops };
}

function printLive(w) {
  log(`\n${w.name}: ${w.sheets} sheets, ${w.cells} cells, ${w.findings} findings, ${w.marked} cells marked`);
  log(`  ${"edit".padEnd(34)} syncs      ms  marks changed  max request KB  max response KB`);
  for (const op of w.ops) {
    log(`  ${op.label.padEnd(34 - [...op.label].filter((c) => c.charCodeAt(0) > 0x2e80).length)} ${String(op.syncs).padStart(5)} ${String(op.ms).padStart(7)} ${String(op.changed).padStart(14)} ${String(op.requestKb).padStart(15)} ${String(op.responseKb).padStart(16)}`);
  }
}

function printWorkload(w) {
  log(`\n${w.name}: ${w.sheets} sheets, ${w.cells} cells, ${w.findings} findings, ${w.marked} cells marked, ${w.filled} cells filled`);
  log(`  ${"operation".padEnd(34)} syncs (refused)      ms  max request KB  max response KB`);
  for (const op of w.ops) {
    const refused = op.refused ? `(${op.refused})` : "";
    log(`  ${op.label.padEnd(34 - [...op.label].filter((c) => c.charCodeAt(0) > 0x2e80).length)} ${String(op.syncs).padStart(5)} ${refused.padStart(9)} ${String(op.ms).padStart(7)} ${String(op.requestKb).padStart(15)} ${String(op.responseKb).padStart(16)}`);
  }
}

// ---- bundle --------------------------------------------------------------------------------------

async function buildBundle() {
  const webpack = require("webpack");
  const out = path.join(root, ".tmp/bench-addin");
  rmSync(out, { recursive: true, force: true });
  const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  const t0 = performance.now();
  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack({ ...config, context: root, devtool: false, output: { ...config.output, path: out } });
    compiler.run((err, s) => compiler.close(() => (err ? reject(err) : s.hasErrors() ? reject(new Error(s.toString("errors-only"))) : resolve(s))));
  });
  const modules = stats.toJson({ modules: true }).modules ?? [];
  return { dir: out, ms: Math.round(performance.now() - t0), modules };
}

function bundleFigures(dir, modules) {
  const file = readdirSync(dir).find((f) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(f));
  if (!file) throw new Error(`no taskpane bundle in ${dir}`);
  const code = readFileSync(path.join(dir, file));
  const minified = code.length;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const css = readdirSync(dir).filter((f) => f.endsWith(".css")).reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);
  const html = existsSync(path.join(dir, "taskpane.html")) ? readFileSync(path.join(dir, "taskpane.html")).length : 0;
  const largest = modules
    .filter((m) => m.size && !m.modules)
    .map((m) => ({ name: String(m.name).replace(/^\.\//, ""), size: m.size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 6);
  return { file, minified, gzipped, css, html, budget: BUDGET_KB * 1024, withinBudget: minified <= BUDGET_KB * 1024, largest };
}

// ---- main ----------------------------------------------------------------------------------------

const report = { load: loadavg().map((x) => Number(x.toFixed(2))), workloads: [], live: [], bundle: undefined };
log(`juesuan add-in bench (load average ${report.load.join(" ")}; times are engine + in-memory fake, syncs are Excel round trips)`);

const sample = await sampleGrid();
const workloads = [["样例工作簿 sample.xlsx", () => sample]];
if (!quick) {
  workloads.push(["样例 ×100（工作表复制 100 份）", () => replicate(sample, 100)]);
  workloads.push(["一致工作簿 100×（scale 100，2000 张附表15）", () => consistentWorkbook({ scale: 100, scorecards: 2000 }).grid]);
}
for (const [name, make] of workloads) {
  const w = await workload(name, make());
  report.workloads.push(w);
  printWorkload(w);
}

const liveLoads = [["自动复查 · 样例工作簿", () => sample, ""]];
if (!quick) liveLoads.push(["自动复查 · 样例 ×10（工作表复制 10 份，改第 1 份）", () => replicate(sample, 10), "~1"]);
for (const [name, make, suffix] of liveLoads) {
  const w = await liveWorkload(name, make(), suffix);
  report.live.push(w);
  printLive(w);
}

if (!args.has("--no-bundle")) {
  let dir = path.join(root, "dist");
  let modules = [];
  let ms;
  if (!args.has("--dist")) ({ dir, modules, ms } = await buildBundle());
  const b = bundleFigures(dir, modules);
  report.bundle = { ...b, buildMs: ms };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  log(`\ntask-pane bundle ${b.file}${ms ? ` (webpack production, ${(ms / 1000).toFixed(1)} s)` : " (dist/)"}:`);
  log(`  minified ${kb(b.minified)} (budget ${BUDGET_KB} KB: ${b.withinBudget ? "within" : "OVER"}), gzip ${kb(b.gzipped)}; css ${kb(b.css)}, html ${kb(b.html)}`);
  if (b.largest.length) log(`  largest modules: ${b.largest.map((m) => `${m.name} ${kb(m.size)}`).join(", ")}`);
}

if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
