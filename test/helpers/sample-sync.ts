// The sample grid, synchronously: test/global-setup.ts has read it with the CLI's reader and left it as JSON.
import { readFileSync } from "node:fs";
import { Grid } from "../../src/core/grid/grid";

let cached: Grid | undefined;

export function sampleGridSync(): Grid {
  const file = process.env.JUESUAN_SAMPLE_GRID_JSON;
  if (!file) throw new Error("JUESUAN_SAMPLE_GRID_JSON is not set: run the tests through jest (see jest.config.js globalSetup)");
  cached ??= JSON.parse(readFileSync(file, "utf8")) as Grid;
  return cached;
}
