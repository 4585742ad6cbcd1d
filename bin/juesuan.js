#!/usr/bin/env node
"use strict";
// The CLI is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci).
require("../build/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
