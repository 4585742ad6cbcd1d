// The pane following the selection and 自动复查 on the fake WPS 表格 (Application.ApiEvent): selections and the
// user's edits are reported, the add-in's own writes are not; an edit that fixes 附表15-3!J24 (良 → 中) unmarks it
// and puts its own fill and comment back, 10,612.11 in 公开01表!F38 turns its 尾数 mark into an error, and
// 清除标记 and 撤销 afterwards restore exactly.

import { CellRef } from "../../src/core/grid/address";
import { SEVERITY_FILL } from "../../src/core/plan/plan";
import { highlightsFromFindings } from "../../src/core/plan/highlights";
import { Journal } from "../../src/host/journal";
import { liveMarkPlan } from "../../src/host/live-marks";
import { checkGrid } from "../../src/taskpane/engine";
import { wpsHost } from "../../src/wps/wps-host";
import { dumpBook, userEdit, userSelect } from "../fakes/wps/book";
import { bgr, sampleEt } from "./helpers";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("自动复查 and selection on WPS 表格", () => {
  it("reports selections and edits, not its own writes; re-checks only what changed; 清除标记 and 撤销 exact", async () => {
    const et = await sampleEt();
    // J24 has a fill and a comment of its own before the add-in comes
    const j24 = et.book.sheet("附表15-3").mutableCell(23, 9);
    j24.fill = { ...j24.fill, pattern: 1, color: bgr("#FFFF00") };
    j24.comment = "原有批注";
    const initial = dumpBook(et.book);
    const host = wpsHost(et.app);
    const selected: CellRef[] = [];
    const edited: string[][] = [];
    await host.watch({ selected: (c) => selected.push(c), edited: (s) => edited.push([...s]) });
    const journal = new Journal();

    await host.validate({ check: checkGrid, journal });
    await host.selectCell({ sheet: "公开06表", row: 43, col: 8 });
    userSelect(et.book, "附表15-3", "J24");
    await tick();
    expect(selected).toEqual([{ sheet: "公开06表", row: 43, col: 8 }, { sheet: "附表15-3", row: 23, col: 9 }]);
    expect(edited).toEqual([]); // marking raised no edit

    expect(j24.fill.color).toBe(bgr(SEVERITY_FILL.error));
    userEdit(et.book, "附表15-3", "J24", "中");
    await tick();
    expect(edited).toEqual([["附表15-3"]]);
    const fixed = await host.recheck({ check: checkGrid, journal, sheets: ["附表15-3"] });
    expect(fixed.changed).toBe(1);
    expect(fixed.report.findings.some((f) => f.sheet === "附表15-3" && f.cell.row === 23 && f.cell.col === 9)).toBe(false);
    expect({ fill: j24.fill, comment: j24.comment }).toEqual({ fill: initial.get("附表15-3!J24")!.fill, comment: "原有批注" });

    userEdit(et.book, "公开01表", "F38", 10612.11);
    const broken = await host.recheck({ check: checkGrid, journal, sheets: ["公开01表"] });
    // F38 becomes an error, and a cell whose note names F38's figure is marked again (the pure diff of the reports)
    const plan = liveMarkPlan(highlightsFromFindings(fixed.report.findings), highlightsFromFindings(broken.report.findings));
    expect([...plan.touched.keys()]).toContain("公开01表!F38");
    expect(broken.changed).toBe(plan.touched.size);
    const f38 = et.book.sheet("公开01表").mutableCell(37, 5);
    expect(f38.fill.color).toBe(bgr(SEVERITY_FILL.error));
    expect(f38.comment).toMatch(/10,612\.11/);
    const afterLive = dumpBook(et.book);

    const edits = ["附表15-3!J24", "公开01表!F38"];
    const differing = (a: ReturnType<typeof dumpBook>, b: ReturnType<typeof dumpBook>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k))).sort();
    await host.clearMarks(journal);
    expect(differing(dumpBook(et.book), initial)).toEqual(edits.sort());
    for (const k of edits) expect({ ...dumpBook(et.book).get(k), value: null }).toEqual({ ...initial.get(k), value: null });
    await host.undo(journal); // 清除标记
    expect(differing(dumpBook(et.book), afterLive)).toEqual([]);
    expect((await host.undo(journal))?.label).toBe("校验"); // the 校验 and both re-checks, as one
    expect(differing(dumpBook(et.book), initial)).toEqual(edits.sort());
    expect(journal.last).toBeUndefined();
    await tick();
    expect(edited).toEqual([["附表15-3"], ["公开01表"]]);
  });
});
