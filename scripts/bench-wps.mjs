#!/usr/bin/env node
// The WPS 表格 adapter's figures: object-model calls (every property read or write and method call into ET; each
// is a call from the pane's JavaScript into WPS) and time of each pane operation against the typed fake ET object
// model (test/fakes/wps), on the sample and on the sample's sheets copied 100× under new names.
//
// "ms" is the whole operation on this machine (engine + adapter + fake); "check ms" is the core's analyze() inside
// 校验, so for 校验 the difference is the adapter's time on the fake (for 填充 the core's plan is inside "ms").
// Never fails on time.
// Options: --quick (sample only), --json (one JSON document on stdout).

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
require("./lib/register-ts.cjs");
const { replicate, sampleGrid } = await import("./lib/bench-workbooks.mjs");

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const json = args.has("--json");
const log = (line = "") => void (json || console.log(line));

const { fakeEtFromGrid } = require("../test/fakes/wps/book.ts");
const { cellKey } = require("../src/core/grid/address.ts");
const { overwritable } = require("../src/host/types.ts");
const { Journal } = require("../src/host/journal.ts");
const { checkerFor } = require("../src/taskpane/engine.ts");
const { wpsHost } = require("../src/wps/wps-host.ts");

async function workload(name, grid) {
  const et = fakeEtFromGrid(grid);
  const host = wpsHost(et.app);
  const journal = new Journal();
  let engineMs = 0;
  const national = checkerFor("national");
  const check = (g) => {
    const t0 = performance.now();
    const report = national(g);
    engineMs += performance.now() - t0;
    return report;
  };
  const ops = [];
  const measure = async (label, run) => {
    et.book.calls = 0;
    engineMs = 0;
    const t0 = performance.now();
    const result = await run();
    ops.push({ label, calls: et.book.calls, ms: Math.round(performance.now() - t0), engineMs: Math.round(engineMs) });
    return result;
  };
  const validated = await measure("校验（读取、校验、标记）", () => host.validate({ check, journal }));
  await measure("清除标记", () => host.clearMarks(journal));
  await measure("撤销（清除标记）", () => host.undo(journal));
  const plan = await measure("填充：计划（需确认时不写入）", () => host.fill({ journal, profile: "national" }));
  const agreed = new Set(overwritable(plan.plan).map((c) => cellKey(c.cell)));
  const filled = await measure("填充：写入（同意覆盖全部）", () => host.fill({ journal, profile: "national", overwrite: agreed }));
  if (filled.written.length) await measure("撤销（填充）", () => host.undo(journal));
  await measure("插入模板（项目，8 行指标）", () => host.insertScorecard(journal, { kind: "project", indicators: 8 }));
  await measure("撤销（插入模板）", () => host.undo(journal));
  await measure("定位单元格", () => host.selectCell({ sheet: grid.sheets[0].name, row: 0, col: 0 }));
  const cells = grid.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.filter((v) => v !== null).length, 0), 0);
  return { name, sheets: grid.sheets.length, cells, findings: validated.report.findings.length, marked: validated.marked, filled: filled.written.length, ops };
}

function print(w) {
  log(`\n${w.name}: ${w.sheets} sheets, ${w.cells} cells, ${w.findings} findings, ${w.marked} cells marked, ${w.filled} cells filled`);
  log(`  ${"operation".padEnd(30)} ET calls      ms   check ms    ms − check ms`);
  for (const op of w.ops) {
    const wide = [...op.label].filter((c) => c.charCodeAt(0) > 0x2e80).length;
    log(`  ${op.label.padEnd(30 - wide)} ${String(op.calls).padStart(8)} ${String(op.ms).padStart(7)} ${String(op.engineMs).padStart(10)} ${String(op.ms - op.engineMs).padStart(16)}`);
  }
}

const grid = await sampleGrid();
log("WPS 表格 adapter on the typed fake ET object model (object-model calls per operation):");
const results = [await workload("sample", grid)];
print(results[0]);
if (!quick) {
  results.push(await workload("sample ×100", replicate(grid, 100)));
  print(results[1]);
}
if (json) console.log(JSON.stringify({ wps: results }, null, 2));
