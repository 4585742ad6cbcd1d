// runOrdered (src/cli/check-pool.ts): results handed on in input order whatever order the files finish in, never
// more than `concurrency` files at once nor too many results waiting, and nothing handed on after an abort.
import { Checker, runOrdered } from "../../src/cli/check-pool";
import { CheckedFile } from "../../src/cli/checked-file";

const result = (i: number): CheckedFile => ({
  json: { file: `f${i}.xlsx`, template: null, tables: [], unrecognised: [], findings: [] },
  text: [],
  counts: { error: i, warning: 0, info: 0, waived: 0 },
});

/** A checker whose file i takes delay(i) ms; it records how many files were in flight at most. */
function fakeChecker(delay: (i: number) => number) {
  let inFlight = 0;
  const stats = { maxInFlight: 0, started: [] as number[] };
  const checker: Checker = {
    check: (job) => {
      inFlight++;
      stats.started.push(job.index);
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      return new Promise((resolve) =>
        setTimeout(() => {
          inFlight--;
          resolve(result(job.index));
        }, delay(job.index)),
      );
    },
    close: async () => undefined,
  };
  return { checker, stats };
}

const jobs = (n: number) => Array.from({ length: n }, (_, index) => ({ index, file: `f${index}.xlsx` }));

test("later files finishing first are held until the earlier ones are out", async () => {
  const { checker, stats } = fakeChecker((i) => (i % 3 === 0 ? 30 : 1)); // every third file is slow
  const emitted: number[] = [];
  const n = await runOrdered(jobs(12), 3, checker, (i, r) => emitted.push(i * 1000 + r.counts.error));
  expect(n).toBe(12);
  expect(emitted).toEqual(Array.from({ length: 12 }, (_, i) => i * 1000 + i));
  expect(stats.maxInFlight).toBe(3);
});

test("a slow first file does not let the others run ahead without bound (the window)", async () => {
  const { checker, stats } = fakeChecker((i) => (i === 0 ? 60 : 1));
  let startedBeforeFirst = -1;
  await runOrdered(jobs(40), 2, checker, (i) => {
    if (i === 0) startedBeforeFirst = stats.started.length;
  });
  expect(startedBeforeFirst).toBe(8); // window = 4 × concurrency: files 0–7 started, none beyond
});

test("an abort hands on nothing more and resolves with the count handed on", async () => {
  const { checker } = fakeChecker((i) => (i === 0 ? 20 : 1)); // files 1–7 are waiting when 0 is handed on
  const controller = new AbortController();
  const emitted: number[] = [];
  const n = await runOrdered(jobs(20), 2, checker, (i) => {
    emitted.push(i);
    if (i === 0) controller.abort();
  }, controller.signal);
  await new Promise((r) => setTimeout(r, 30)); // files in flight finish after the abort
  expect(n).toBe(1);
  expect(emitted).toEqual([0]);
});
