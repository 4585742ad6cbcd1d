#!/usr/bin/env node
// `npm run bench`: how fast the engine and the CLI are, against the budget of the validation-engine issue.
//
//   1. engine time on both embedded samples (云南 assets/sample/sample.xlsx and 全国 assets/sample/national.xlsx):
//      analyze(grid) with the grid already loaded, median of many runs after a warm-up;
//   2. the same on generated consistent workbooks (test/helpers/consistent-workbook.ts) of 1×, 10× and 100× the
//      size (科目 rows and 附表15 scorecards), with the ratios between sizes;
//   3. the whole CLI on the sample (a spawned `juesuan check`, median of 5) against a bare exceljs read of the
//      same file (median of 5);
//   4. peak memory of the CLI on the sample (/usr/bin/time -v, else process.resourceUsage().maxRSS in a child);
//   5. for scale, one CLI run on the generated 10× workbook written to .xlsx (test/helpers/consistent-workbook-xlsx.ts);
//   6. batches (issue 17): `juesuan check <folder> --jsonl` on 100 and 1,000 copies of the sample (hard links in
//      .tmp/bench/, git-ignored), with both cores (--jobs default): workbooks per hour and peak memory of the whole
//      process (worker threads included), from /usr/bin/time -v. `--batch` runs this section alone and adds 2,000
//      files (about a minute more); single-file check against a bare exceljs read is section 3.
//
// Budget: engine ≤ 20 ms median on each sample; cost linear (100× input ≤ 120× time); engine ≤ 20 % of the CLI's
// total time on the sample; peak memory ≤ 200 MB. Figures are printed with whether each budget is met; the script
// never fails on time (machines differ, and shared ones are noisy: the load average is printed for that reason).
//
// How: the CLI is compiled to build/ as usual (tsc -p tsconfig.cli.json); the generator and the engine it is timed
// with are compiled by tsc into .tmp/bench/ (git-ignored), so no TypeScript runtime is needed.
// Options: --quick (fewer runs, no 100× size) for a smoke run; --engine (section 1 only: the engine on both samples);
// --batch (section 6 only, with 2,000 files as well).
//
// Budgets of issue 17: ≥ 120,000 workbooks/hour on 1,000 copies; peak memory ≤ 300 MB at 100 and at 2,000 files;
// single-file check ≤ 1.15× a bare exceljs read of the same file.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import os, { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const sample = path.join(root, "assets/sample/sample.xlsx");
const SAMPLES = [
  { name: "云南 sample", file: sample },
  { name: "全国 sample", file: path.join(root, "assets/sample/national.xlsx") },
];
const engineOnly = process.argv.includes("--engine");
const batchOnly = process.argv.includes("--batch");
const out = path.join(root, ".tmp/bench");

const BUDGET = { engineMs: 20, growth100: 120, engineShare: 0.2, peakMb: 200, perHour: 120000, batchPeakMb: 300, singleRatio: 1.15 };

// ---- build ---------------------------------------------------------------------------------------

function build() {
  const run = (args) => execFileSync(process.execPath, [tsc, ...args], { cwd: root, stdio: "inherit" });
  if (!engineOnly) run(["-p", "tsconfig.cli.json"]);
  if (batchOnly) return;
  run([
    "--outDir", out, "--rootDir", root, "--module", "commonjs", "--target", "es2020", "--lib", "es2020",
    "--esModuleInterop", "--skipLibCheck", "--strict", "--types", "node",
    "test/helpers/consistent-workbook.ts", "test/helpers/consistent-workbook-xlsx.ts", "src/cli/xlsx-grid.ts", "src/core/engine.ts",
  ]);
}

// ---- measuring -----------------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall-clock times (ms) of `runs` calls after `warmup` unmeasured ones (JIT, caches). */
function times(f, runs, warmup) {
  for (let i = 0; i < warmup; i++) f();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return xs;
}

function spawnTimes(args, runs) {
  const xs = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    xs.push(performance.now() - t0);
    status = r.status;
    if (r.error) throw r.error;
  }
  return { xs, status };
}

function cellCount(grid) {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.values) for (const v of row) if (v !== null && v !== "") n++;
  return n;
}

const ms = (x) => `${x.toFixed(1)} ms`;
const verdict = (ok) => (ok ? "met" : "NOT met");

// ---- batches (section 6) -------------------------------------------------------------------------

/** A folder of `n` copies of the sample: hard links (copies where links are refused), made once. */
function copies(n) {
  const dir = path.join(out, `batch-${n}`);
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  for (let i = 1; i <= n; i++) {
    const name = `dept-${String(i).padStart(4, "0")}.xlsx`;
    if (have.has(name)) continue;
    try {
      linkSync(sample, path.join(dir, name));
    } catch {
      copyFileSync(sample, path.join(dir, name));
    }
  }
  return dir;
}

/** One `juesuan check <folder> --jsonl` under /usr/bin/time -v: wall seconds, peak RSS (MB), lines written. */
function timedBatch(dir) {
  const args = [path.join(root, "bin/juesuan.js"), "check", dir, "--jsonl"];
  const t0 = performance.now();
  const timed = existsSync("/usr/bin/time");
  const r = spawnSync(timed ? "/usr/bin/time" : process.execPath, timed ? ["-v", process.execPath, ...args] : args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const peak = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr ?? "");
  const cpu = ["User", "System"].reduce((t, k) => t + Number(new RegExp(`${k} time \\(seconds\\):\\s*([\\d.]+)`).exec(r.stderr ?? "")?.[1] ?? NaN), 0);
  return { seconds, cpu, peakMb: peak ? Number(peak[1]) / 1024 : NaN, lines: r.stdout.split("\n").filter(Boolean).length, status: r.status };
}

function batches() {
  console.log(`\nbatches: juesuan check <folder> --jsonl, --jobs default (${navigatorCores()} cores), copies of the 云南 sample`);
  const sizes = batchOnly ? [100, 1000, 2000] : [100, 1000];
  const rows = [];
  for (const n of sizes) {
    const r = timedBatch(copies(n));
    const perHour = (n / r.seconds) * 3600;
    rows.push({ n, ...r, perHour });
    // CPU time says what the cores would do for this run alone, on a machine shared with other work.
    const cpuMs = (r.cpu / n) * 1000;
    console.log(
      `  ${String(n).padStart(5)} files: ${r.seconds.toFixed(1)} s, ${Math.round(perHour).toLocaleString("en-US")} workbooks/hour, peak ${r.peakMb.toFixed(0)} MB; ` +
        `${cpuMs.toFixed(0)} ms CPU per workbook (≈ ${Math.round((navigatorCores() * 3600000) / cpuMs).toLocaleString("en-US")}/hour on ${navigatorCores()} idle cores) (exit ${r.status}, ${r.lines} JSON lines)`,
    );
  }
  return rows;
}

function navigatorCores() {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

function batchBudget(rows) {
  const thousand = rows.find((r) => r.n === 1000);
  if (thousand) console.log(`  ≥ ${BUDGET.perHour.toLocaleString("en-US")} workbooks/hour on 1,000 files: ${Math.round(thousand.perHour).toLocaleString("en-US")} — ${verdict(thousand.perHour >= BUDGET.perHour)}`);
  for (const r of rows.filter((x) => x.n === 100 || x.n === 2000)) {
    console.log(`  peak memory ≤ ${BUDGET.batchPeakMb} MB at ${r.n.toLocaleString("en-US")} files: ${r.peakMb.toFixed(0)} MB — ${verdict(r.peakMb <= BUDGET.batchPeakMb)}`);
  }
  if (!rows.some((r) => r.n === 2000)) console.log("  peak memory at 2,000 files: run node scripts/bench.mjs --batch");
}

// ---- main ----------------------------------------------------------------------------------------

build();
if (batchOnly) {
  console.log(`\nnode ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}, --batch`);
  const rows = batches();
  console.log("\nbudget");
  batchBudget(rows);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { analyze } = require(path.join(out, "src/core/engine.js"));
const { loadWorkbook, workbookToGrid } = require(path.join(out, "src/cli/xlsx-grid.js"));
const { consistentWorkbook } = require(path.join(out, "test/helpers/consistent-workbook.js"));
const { writeGridXlsx } = require(path.join(out, "test/helpers/consistent-workbook-xlsx.js"));

console.log(`\nnode ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}${quick ? ", --quick" : ""}${engineOnly ? ", --engine" : ""}\n`);

// 1. Both samples, in process. The first call pays for compiling the engine: that is what one `juesuan check` pays
// per process; the median is taken after a warm-up.
console.log("engine on the samples (analyze(grid), grid loaded)");
const engineMedians = [];
for (const { name, file } of SAMPLES) {
  const grid = workbookToGrid(await loadWorkbook(readFileSync(file)));
  const cold = times(() => analyze(grid), 1, 0)[0];
  const runs = times(() => analyze(grid), quick ? 9 : 101, quick ? 5 : 30);
  engineMedians.push({ name, median: median(runs) });
  const { findings, bound } = analyze(grid);
  console.log(`  ${name} (${bound.template.id}): median ${ms(median(runs))}, min ${ms(Math.min(...runs))} over ${runs.length} runs (first, cold run ${ms(cold)}); ${cellCount(grid)} non-empty cells, ${findings.length} findings`);
}
const engineSample = engineMedians[0].median;
if (engineOnly) {
  console.log("\nbudget");
  for (const e of engineMedians) console.log(`  engine on the ${e.name} ≤ ${BUDGET.engineMs} ms median: ${ms(e.median)} — ${verdict(e.median <= BUDGET.engineMs)}`);
  process.exit(0);
}

// 2. Generated workbooks of growing size.
const sizes = [
  { label: "1×", scale: 1, scorecards: 20, runs: quick ? 7 : 21, warmup: 3 },
  { label: "10×", scale: 10, scorecards: 200, runs: quick ? 3 : 7, warmup: 1 },
  ...(quick ? [] : [{ label: "100×", scale: 100, scorecards: 2000, runs: 3, warmup: 1 }]),
];
console.log("\nengine on generated consistent workbooks");
const results = [];
for (const size of sizes) {
  const t0 = performance.now();
  const { grid } = consistentWorkbook({ scale: size.scale, scorecards: size.scorecards });
  const generated = performance.now() - t0;
  const cells = cellCount(grid);
  const findings = analyze(grid).findings.length; // also the first warm-up run
  const xs = times(() => analyze(grid), size.runs, size.warmup - 1);
  const m = median(xs);
  results.push({ ...size, cells, median: m });
  const base = results[0];
  const ratio = results.length > 1 ? `; ×${(m / base.median).toFixed(1)} the time of 1× for ×${(cells / base.cells).toFixed(1)} the cells` : "";
  console.log(`  ${size.label.padEnd(4)} scale ${size.scale}, ${size.scorecards} scorecards, ${grid.sheets.length} sheets, ${cells} cells (generated in ${ms(generated)}): median ${ms(m)}, ${((m / cells) * 1000).toFixed(1)} µs/cell, ${findings} findings${ratio}`);
}

// 3. The whole CLI against a bare exceljs read, both as spawned processes, alternated so that load on a shared
// machine falls on both alike.
const bareScript = `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))}); new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(sample)}).catch((e) => { console.error(e); process.exit(2); });`;
const SINGLE_RUNS = quick ? 3 : 9;
const cli = { xs: [], status: undefined };
const bare = { xs: [] };
for (let i = 0; i < SINGLE_RUNS; i++) {
  const c = spawnTimes([path.join(root, "bin/juesuan.js"), "check", sample], 1);
  cli.xs.push(...c.xs);
  cli.status = c.status;
  bare.xs.push(...spawnTimes(["-e", bareScript], 1).xs);
}
const cliMedian = median(cli.xs);
const bareMedian = median(bare.xs);
const singleRatio = cliMedian / bareMedian;
console.log(`\nCLI on the sample (spawned processes, ${SINGLE_RUNS} runs each, alternated)`);
console.log(`  juesuan check: median ${ms(cliMedian)} (exit ${cli.status}); bare exceljs read: median ${ms(bareMedian)}; ratio ${singleRatio.toFixed(2)}×`);
console.log(`  engine share of the CLI (云南 sample): ${((100 * engineSample) / cliMedian).toFixed(1)} %`);

// 4. Peak memory of the CLI on the sample.
let peakKb;
let how;
if (existsSync("/usr/bin/time")) {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, path.join(root, "bin/juesuan.js"), "check", sample], { cwd: root, encoding: "utf8" });
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr ?? "");
  if (m) {
    peakKb = Number(m[1]);
    how = "/usr/bin/time -v";
  }
}
if (peakKb === undefined) {
  const main = JSON.stringify(path.join(root, "build/cli/main.js"));
  const script = `require(${main}).main(["check", ${JSON.stringify(sample)}], { out() {}, err() {} }).then(() => console.log(process.resourceUsage().maxRSS));`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  peakKb = Number(r.stdout.trim());
  how = "process.resourceUsage().maxRSS";
}
const peakMb = peakKb / 1024;
console.log(`\npeak memory of the CLI on the sample: ${peakMb.toFixed(1)} MB (${how})`);

// 5. The CLI end to end on a generated workbook ten times the size.
if (!quick) {
  const file = path.join(out, "generated-10x.xlsx");
  const wb = consistentWorkbook({ scale: 10, scorecards: 200 });
  await writeGridXlsx(wb.grid, file);
  const run = spawnTimes([path.join(root, "bin/juesuan.js"), "check", file], 1);
  console.log(`CLI on the generated 10× workbook (${path.relative(root, file)}, one run): ${ms(run.xs[0])} (exit ${run.status})`);
}

// 6. Batches.
const batchRows = quick ? [] : batches();

// Budget.
const big = results.find((r) => r.label === "100×");
const growth = big ? big.median / results[0].median : undefined;
console.log("\nbudget");
for (const e of engineMedians) console.log(`  engine on the ${e.name} ≤ ${BUDGET.engineMs} ms median: ${ms(e.median)} — ${verdict(e.median <= BUDGET.engineMs)}`);
if (growth !== undefined) console.log(`  linear growth, 100× input ≤ ${BUDGET.growth100}× time: ×${growth.toFixed(1)} — ${verdict(growth <= BUDGET.growth100)}`);
else console.log("  linear growth: not measured (--quick)");
console.log(`  engine ≤ ${BUDGET.engineShare * 100} % of the CLI's time on the sample: ${((100 * engineSample) / cliMedian).toFixed(1)} % — ${verdict(engineSample <= BUDGET.engineShare * cliMedian)}`);
console.log(`  peak memory ≤ ${BUDGET.peakMb} MB: ${peakMb.toFixed(1)} MB — ${verdict(peakMb <= BUDGET.peakMb)}`);
console.log(`  single-file check ≤ ${BUDGET.singleRatio}× a bare exceljs read: ${singleRatio.toFixed(2)}× — ${verdict(singleRatio <= BUDGET.singleRatio)}`);
if (batchRows.length) batchBudget(batchRows);
else console.log("  batches: not measured (--quick)");
