// 20,000 findings: the writes must be split into requests that respect Excel on the web's limits
// (5 MB per request and response, long address strings), and 清除标记 must still restore every cell.
import { Finding } from "../../src/core/findings/finding";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { clearMarks } from "../../src/excel/clear-marks";
import { Journal } from "../../src/host/journal";
import { MAX_ADDRESS_CHARS } from "../../src/excel/limits";
import { CheckReport, validate } from "../../src/excel/validate";
import { fakeExcelFromGrid, WEB_LIMITS } from "../fakes/fake-excel";
import { ALL, finding } from "./helpers";

const ROWS = 200;
const COLS = 200;

function bigGrid(): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < ROWS; r++) values.push(Array.from({ length: COLS }, (_, c) => r * COLS + c + 0.25));
  return { sheets: [{ name: "项目明细", top: 0, left: 0, values }] };
}

/** A checkerboard of findings: no two adjacent, so no address can be merged with another. */
function checkerboard(grid: Grid): CheckReport {
  const findings: Finding[] = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = r % 2; c < COLS; c += 2) {
      const severity = (["error", "warning", "info"] as const)[(r + c) % 3];
      findings.push(finding({ sheet: grid.sheets[0].name, row: r, col: c }, severity, `第${r + 1}行第${c + 1}列：本年支出合计与各项之和不符，差额 0.01 万元`));
    }
  }
  return { findings, tables: [], problems: [] };
}

describe("a 20,000-finding workbook", () => {
  it("is marked in chunks within the address and payload limits, and cleared exactly", async () => {
    const fake = fakeExcelFromGrid(bigGrid());
    const original = fake.book.dump();
    const journal = new Journal();
    const out = await fake.run((ctx) => validate(ctx, { check: checkerboard, features: ALL, journal, sheetNames: ["项目明细"] }));
    expect(out.report.findings).toHaveLength(20_000);
    expect(out.marked).toBe(20_000);

    const log = fake.syncLog;
    const writes = log.filter((s) => s.writes > 0);
    expect(writes.length).toBeGreaterThan(1);
    // The first read asks for every used cell's fill as well; its response is too big, so Excel refuses it
    // and the adapter reads again without fills and probes only the cells it marks.
    expect(log[0]).toMatchObject({ writes: 0, error: "ResponsePayloadSizeLimitExceeded" });
    for (const s of log.slice(1)) {
      expect(s.error).toBeUndefined();
      expect(s.requestBytes).toBeLessThan(WEB_LIMITS.requestBytes);
      expect(s.responseBytes).toBeLessThan(WEB_LIMITS.responseBytes);
      expect(s.longestAddress).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    }
    const sheet = fake.book.sheets[0];
    expect(sheet.notes.size).toBe(20_000);
    expect(sheet.cell(0, 0).fill.pattern).toBe("Solid");
    expect(sheet.cell(0, 1).fill.pattern).toBe("None");
    console.log(`20k findings: ${log.length} syncs; per sync [writes, request KB, response KB]: ` +
      log.map((s) => `[${s.writes}, ${Math.round(s.requestBytes / 1024)}, ${Math.round(s.responseBytes / 1024)}]`).join(" "));

    // Again, with 20,000 marks and notes from the first run to put back or keep.
    fake.syncLog.length = 0;
    await fake.run((ctx) => validate(ctx, { check: checkerboard, features: ALL, journal, sheetNames: ["项目明细"] }));
    for (const s of fake.syncLog.slice(1)) {
      expect(s.error).toBeUndefined();
      expect(s.requestBytes).toBeLessThan(WEB_LIMITS.requestBytes);
      expect(s.responseBytes).toBeLessThan(WEB_LIMITS.responseBytes);
    }
    console.log(`second 校验: ${fake.syncLog.length} syncs`);

    fake.syncLog.length = 0;
    await fake.run((ctx) => clearMarks(ctx, journal, ALL));
    expect(fake.syncLog.every((s) => s.requestBytes < WEB_LIMITS.requestBytes && s.responseBytes < WEB_LIMITS.responseBytes)).toBe(true);
    expect(fake.book.dump()).toEqual(original);
    console.log(`清除标记: ${fake.syncLog.length} syncs`);
  });
});
