#!/usr/bin/env node
"use strict";
// The CLI is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci).
// A reader that stops early (`juesuan check --json | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
require("../build/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Interrupted (Ctrl-C): the output is closed; a file still being checked in this thread is not waited for.
  if (code === 130) process.exit(code);
});
