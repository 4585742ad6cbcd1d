// Progress on stderr: count, rate and time left; quiet lines when stderr is not a terminal.
import { duration, progress } from "../../src/cli/progress";

function clocked(total: number, isTty: boolean) {
  let now = 0;
  const lines: string[] = [];
  const p = progress(total, (t) => lines.push(t), isTty, () => now);
  return { p, lines, at: (ms: number) => (now = ms) };
}

test("durations read as people say them", () => {
  expect([duration(0), duration(42.4), duration(65), duration(3600 + 125)]).toEqual(["0秒", "42秒", "1分05秒", "1小时02分"]);
});

test("a terminal gets one line redrawn with count, rate and time left", () => {
  const { p, lines, at } = clocked(100, true);
  at(2000);
  p.step(10, "/in/dept-010.xlsx");
  expect(lines).toEqual([`\r校验中 [##----------------------] 10/100 5.0 个/秒，预计剩余 18秒 ${"dept-010.xlsx".padEnd(30)}`]);
  p.end();
  expect(lines[1]).toBe("\n");
});

test("a log gets every file of a small run, and at most a line a second of a large one, always the last", () => {
  const small = clocked(4, false);
  for (let i = 1; i <= 4; i++) small.p.step(i, `/in/f${i}.xlsx`);
  expect(small.lines).toEqual(["[1/4] f1.xlsx\n", "[2/4] f2.xlsx\n", "[3/4] f3.xlsx\n", "[4/4] f4.xlsx\n"]);

  const large = clocked(100, false);
  for (let i = 1; i <= 100; i++) {
    large.at(i * 100); // ten files a second
    large.p.step(i, `/in/f${i}.xlsx`);
  }
  expect(large.lines).toHaveLength(11);
  expect(large.lines[0]).toBe("[1/100] 10.0 个/秒，预计剩余 10秒\n");
  expect(large.lines[1]).toBe("[11/100] 10.0 个/秒，预计剩余 9秒\n");
  expect(large.lines[10]).toBe("[100/100] 10.0 个/秒，预计剩余 0秒\n");
});
