// Random damage to a package never crashes `juesuan check`: cut anywhere, bytes overwritten anywhere, the answer
// is a result (exit 0/1) or one Chinese line naming the file (exit 2) — never a stack trace or a library's English.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { run, sampleBytes, tempDir } from "./helpers";

const dir = tempDir("package-fuzz");
const sample = sampleBytes();

function damaged(cut: number, flips: readonly [number, number][]): Buffer {
  const bytes = Buffer.from(sample.subarray(0, Math.max(1, Math.floor((sample.length * cut) / 1000))));
  for (const [at, value] of flips) bytes[Math.floor((bytes.length - 1) * (at / 1000))] = value;
  return bytes;
}

test("a package cut and overwritten at random: an answer, never a crash", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
      const file = path.join(dir, `damaged-${n++}.xlsx`);
      writeFileSync(file, damaged(cut, flips));
      const r = await run(["check", file, "--json"]);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.err).not.toMatch(/\n\s+at |TypeError|RangeError|Cannot read|undefined|内部错误/);
      if (r.code === 2) {
        // one line, starting with the file's name
        expect(r.err.trim().split("\n")).toEqual([expect.stringContaining(file)]);
      } else {
        expect(JSON.parse(r.out).files).toHaveLength(1);
      }
    }),
    { numRuns: 30 },
  );
}, 120_000);
