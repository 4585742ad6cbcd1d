// Lets a Node script require the project's TypeScript (src/, test/helpers, test/fakes) directly: each .ts file is
// compiled to CommonJS with @swc/core (already a dev dependency, for jest) when it is first required.
// Usage: `require("./lib/register-ts.cjs")` (or createRequire in an .mjs), then require the .ts modules.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook */

const Module = require("node:module");
const fs = require("node:fs");
const { transformSync } = require("@swc/core");

const compile = (source, filename) =>
  transformSync(source, {
    filename,
    sourceMaps: "inline",
    module: { type: "commonjs" },
    jsc: { parser: { syntax: "typescript" }, target: "es2020" },
  }).code;

if (!Module._extensions[".ts"]) {
  Module._extensions[".ts"] = (module, filename) => {
    module._compile(compile(fs.readFileSync(filename, "utf8"), filename), filename);
  };
}
