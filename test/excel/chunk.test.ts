import fc from "fast-check";
import { cellKey, parseRangeA1 } from "../../src/core/grid/address";
import { addressChunks, cellsToAreas, joinAddresses } from "../../src/core/plan/chunk";
import { highlightsFromFindings } from "../../src/core/plan/highlights";
import { finding } from "./helpers";

describe("cellsToAreas", () => {
  it("merges row runs and equal runs on consecutive rows into rectangles", () => {
    const cells = [
      { row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 }, // B2:C3
      { row: 1, col: 5 }, // F2
      { row: 4, col: 1 }, { row: 4, col: 2 }, // B5:C5 (row 4 is not adjacent to row 2)
    ];
    const areas = cellsToAreas("S", cells).map((a) => `${a.top},${a.left}:${a.bottom},${a.right}`);
    expect(areas).toEqual(["1,1:2,2", "1,5:1,5", "4,1:4,2"]);
  });

  it("covers exactly the given cells, with disjoint areas", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 12 }) }), { maxLength: 200 }), (cells) => {
        const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
        const covered: string[] = [];
        for (const a of cellsToAreas("S", cells)) {
          for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) covered.push(`${r},${c}`);
        }
        expect(covered.length).toBe(new Set(covered).size);
        expect(new Set(covered)).toEqual(wanted);
      }),
    );
  });
});

describe("joinAddresses", () => {
  it("keeps every list within the limit and loses nothing", () => {
    const addresses = Array.from({ length: 5000 }, (_, i) => `A${i * 2 + 1}`);
    const lists = joinAddresses(addresses, 4000);
    expect(lists.every((l) => l.length <= 4000)).toBe(true);
    expect(lists.flatMap((l) => l.split(","))).toEqual(addresses);
  });

  it("turns a checkerboard into address lists Excel can parse back", () => {
    const cells = [];
    for (let r = 0; r < 100; r++) for (let c = r % 2; c < 40; c += 2) cells.push({ row: r, col: c });
    const lists = addressChunks("S", cells, 2000);
    const back = lists.flatMap((l) => l.split(",")).map((a) => parseRangeA1(a, "S")!);
    expect(back).toHaveLength(cells.length); // nothing on a checkerboard is adjacent
    expect(lists.every((l) => l.length <= 2000)).toBe(true);
  });
});

describe("highlightsFromFindings", () => {
  it("marks each primary cell once with its worst severity and every message", () => {
    const a = { sheet: "公开01", row: 5, col: 2 };
    const b = { sheet: "公开01", row: 6, col: 2 };
    const hs = highlightsFromFindings([finding(a, "info", "尾数"), finding(b, "warning", "复核"), finding(a, "error", "合计不符")]);
    expect(hs.map((h) => [cellKey(h.cell), h.severity])).toEqual([["公开01!C6", "error"], ["公开01!C7", "warning"]]);
    expect(hs[0].note).toBe("【尾数】尾数\n【错误】合计不符");
  });
});
