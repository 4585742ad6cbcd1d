#!/usr/bin/env node
// `npm run rules-doc`: writes docs/rules.md from the rule catalogue (src/core/rules/reference.ts), as linters
// document every rule. `--check` writes nothing and exits 1 when docs/rules.md is stale (test/rules/rules-doc.test.ts
// makes the same comparison in npm test).
//
// How: the pure core is compiled by tsc (tsconfig.core.json) into .tmp/rules-doc/ (git-ignored), so no TypeScript
// runtime is needed.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, ".tmp/rules-doc");
const target = path.join(root, "docs/rules.md");
const check = process.argv.includes("--check");

execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules/typescript/bin/tsc"),
    "-p", "tsconfig.core.json", "--noEmit", "false", "--outDir", out, "--rootDir", path.join(root, "src"),
  ],
  { cwd: root, stdio: "inherit" },
);
const { rulesReference } = createRequire(import.meta.url)(path.join(out, "core/rules/reference.js"));
const text = rulesReference();

let current = "";
try {
  current = readFileSync(target, "utf8");
} catch {
  // no docs/rules.md yet
}
if (check) {
  if (current !== text) {
    console.error("docs/rules.md is stale: run npm run rules-doc");
    process.exit(1);
  }
  console.log("docs/rules.md is current");
} else if (current === text) {
  console.log("docs/rules.md is current");
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/rules.md (${text.split("\n").length} lines)`);
}
