// 填充 on the national nine-table sample (domain.md §7): its derived cells blanked, filled by the CLI, recomputed by
// LibreOffice — every formula gives the engine's value. The national layouts are filled from the same identity
// statements the checker uses: 公开05 小计 = 基本 + 项目 and the code hierarchy, the 三公 table laid across
// (合计, 车 小计 in 预算数 and 决算数), 公开08/09 小计.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { planFill } from "../../src/core/fill/plan";
import { cellA1 } from "../../src/core/grid/address";
import { libreOfficeAvailable } from "../helpers/libreoffice";
import { NATIONAL_PATH } from "../helpers/national";
import { disagreements, prepare, Run } from "./lo-run";

const available = libreOfficeAvailable();
if (!available && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
const describeLo = available ? describe : describe.skip;

describeLo("填充 on the national sample, recomputed by LibreOffice", () => {
  let dir: string;
  let run: Run;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-national-fill-"));
    run = await prepare(dir, "national", NATIONAL_PATH, (grid) => planFill(grid), "national");
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the national layouts' derived cells are written as formulas", () => {
    const byCell = new Map(run.plan.writes.map((w) => [`${w.cell.sheet}!${cellA1(w.cell)}`, w.formula]));
    // 公开05: 合计 row 小计 from its leaves, a 项 row's 小计 from 基本 + 项目
    expect(byCell.get("Sheet5!C44")).toBe("=SUM(D44:E44)");
    // 三公 across: 预算数 合计 and 车 小计, 决算数 合计
    expect(byCell.get("Sheet7!A7")).toBe("=SUM(B7:C7,F7)");
    expect(byCell.get("Sheet7!C7")).toBe("=SUM(D7:E7)");
    expect(byCell.get("Sheet7!G7")).toBe("=SUM(H7:I7,L7)");
    expect(run.poisoned).toBe(run.plan.writes.length);
    const perSheet: Record<string, number> = {};
    for (const w of run.plan.writes) perSheet[w.cell.sheet] = (perSheet[w.cell.sheet] ?? 0) + 1;
    // 表1: the four totals; 表2/3: 合计 and subtotals by the hierarchy, each leaf's 合计 across; 表5: 小计 of every
    // row and the hierarchy in three columns; 表6: 类 and group totals left blankable; 表7: 合计 and 车 小计 in
    // 预算数 and 决算数; 表8/9 are empty (nothing to derive).
    expect(perSheet).toEqual({ Sheet1: 4, Sheet2: 26, Sheet3: 26, Sheet4: 14, Sheet5: 69, Sheet6: 3, Sheet7: 4 });
  });

  test("every formula LibreOffice computes equals the engine's value", async () => {
    expect(await disagreements(run)).toEqual([]);
  });
});
