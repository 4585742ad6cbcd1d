// The core of waivers: the sheet format read tolerantly, fingerprints that follow meaning (not position) and
// figures, the reason's limits, and the engine applying waivers (or not, for reviewers).
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { CellValue, Grid, GridSheet, sheetFromRows } from "../../src/core/grid/grid";
import {
  addWaiver, CellMeanings, checkReason, fingerprintOf, MAX_REASON_CHARS, readWaivers, removeWaiver, WAIVER_SHEET, waiverRows, withoutAddresses,
} from "../../src/core/waivers/index";
import { Waiver } from "../../src/core/waivers/model";
import { insertRows } from "../helpers/rearrange";
import { sampleGridSync } from "../helpers/sample-sync";

const AT = "2026-12-06T10:30:00.000Z";
const W: Waiver = { rule: "scorecard", check: "grade", kind: "project-scorecard", table: "附表15", fingerprint: "f1-0123456789abcdef", where: "'附表15-3'!J24", reason: "按省定口径", at: AT };

function waiverSheet(rows: CellValue[][]): GridSheet {
  return sheetFromRows(WAIVER_SHEET, rows);
}

const HEADER = ["规则", "检查", "表种类", "表", "指纹", "位置", "说明", "时间"];

describe("reading the waiver sheet", () => {
  it("reads back what waiverRows wrote", () => {
    const rows = waiverRows([W, { ...W, fingerprint: "f1-fedcba9876543210", reason: "第二条\n两行" }]);
    expect(rows[0].slice(0, 2)).toEqual(["juesuan-waivers", "1"]);
    expect(rows[1]).toEqual(HEADER);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    const read = readWaivers({ sheets: [waiverSheet(rows)] });
    expect(read).toEqual({ waivers: [W, { ...W, fingerprint: "f1-fedcba9876543210", reason: "第二条\n两行" }], warnings: [], present: true });
  });

  it("skips a damaged row with a warning, blank rows silently, and keeps the first answer to a finding", () => {
    const read = readWaivers({
      sheets: [waiverSheet([
        ["juesuan-waivers", 1],
        HEADER,
        ["scorecard", "grade", "project-scorecard", "附表15", "f1-0123456789abcdef", "'附表15-3'!J24", "按省定口径", AT],
        [],
        ["scorecard", "grade", "", "", "", "", "没有指纹", ""],
        ["scorecard", "grade", "", "", "f1-0123456789abcdef", "", "重复的一条", ""],
        ["sum.summary", "sum", "summary", "公开01", 12345, "", 678, ""],
      ])],
    });
    expect(read.warnings).toEqual(["工作表“juesuan_忽略说明”第 5 行缺少指纹，已忽略此行"]);
    expect(read.waivers.map((w) => [w.rule, w.fingerprint, w.reason])).toEqual([["scorecard", "f1-0123456789abcdef", "按省定口径"], ["sum.summary", "12345", "678"]]);
  });

  it("leaves a sheet that is not ours, from a newer format or without its header alone, with a warning", () => {
    const foreign = readWaivers({ sheets: [waiverSheet([["别的内容"]])] });
    const why = "工作表“juesuan_忽略说明”不是 juesuan 写入的忽略说明，未读取";
    expect(foreign).toEqual({ waivers: [], warnings: [why], present: true, unreadable: why });
    expect(analyze({ sheets: [...sampleGridSync().sheets, waiverSheet([["别的内容"]])] }).waivers.unreadable).toBe(why);
    const newer = readWaivers({ sheets: [waiverSheet([["juesuan-waivers", "2"], HEADER, ["r", "c", "", "", "f", "", "理由", ""]])] });
    expect(newer.waivers).toEqual([]);
    expect(newer.warnings[0]).toContain("格式版本为“2”");
    const headless = readWaivers({ sheets: [waiverSheet([["juesuan-waivers", "1"], ["规则", "说明"]])] });
    expect(headless.warnings).toEqual(["工作表“juesuan_忽略说明”缺少表头 指纹，其中的忽略说明未读取"]);
    expect(readWaivers({ sheets: [sheetFromRows("Sheet1", [["x"]])] })).toEqual({ waivers: [], warnings: [], present: false });
  });

  it("cuts a reason past the limit and checks a reason typed in the pane", () => {
    const long = "理".repeat(MAX_REASON_CHARS + 20);
    expect(readWaivers({ sheets: [waiverSheet(waiverRows([{ ...W, reason: long }]))] }).waivers[0].reason).toHaveLength(MAX_REASON_CHARS);
    expect(checkReason("  已核实\r\n无误  ")).toEqual({ reason: "已核实\n无误" });
    expect(checkReason(" \n ")).toEqual({ error: "请填写忽略的理由。" });
    expect(checkReason("字".repeat(501))).toEqual({ error: "理由最多 500 个字（现为 501 个）。" });
  });

  it("add replaces an earlier answer to the same finding; remove drops it", () => {
    const f = { rule: "scorecard", check: "grade", kind: "project-scorecard", table: "附表15", cell: { sheet: "附表15-3", row: 23, col: 9 } } as Finding;
    const one = addWaiver([], f, "fp", "甲", AT);
    expect(one).toEqual([{ ...W, fingerprint: "fp", reason: "甲" }]);
    const two = addWaiver(one, f, "fp", "乙", AT);
    expect(two.map((w) => w.reason)).toEqual(["乙"]);
    expect(removeWaiver(two, "fp")).toEqual([]);
  });
});

describe("fingerprints", () => {
  const grid = sampleGridSync();
  const base = analyze(grid);

  it("takes cell addresses out of a finding's parameters", () => {
    expect(withoutAddresses("公开05表!M14 为 3,802.90，对应的 I44 为 694.12")).toBe("@ 为 3,802.90，对应的 @ 为 694.12");
    expect(withoutAddresses("'Sheet 1'!$A$1:B2、F12、F13")).toBe("@、@、@");
    expect(withoutAddresses("2023年 e30201 科目 30201 {@gpb}")).toBe("2023年 e30201 科目 30201 {@gpb}");
  });

  it("are unique among the sample's findings", () => {
    const prints = base.findings.map(base.waivers.fingerprint);
    expect(new Set(prints).size).toBe(base.findings.length);
    expect(prints.every((p) => /^f1-[0-9a-f]{16}$/.test(p))).toBe(true);
  });

  it("survive a row inserted inside a table, and change with a figure involved", () => {
    const target = base.findings.find((f) => f.rule === "hierarchy.economic" && f.check === "sum")!;
    expect(target).toMatchObject({ sheet: "公开06表", actual: "694.12" });
    const print = base.waivers.fingerprint(target);
    // A blank row inside 公开06, above its economic classes: every row below moves down.
    const moved: Grid = { sheets: grid.sheets.map((s) => (s.name === "公开06表" ? insertRows(s, 8, [[]]) : s)) };
    const again = analyze(moved);
    const same = again.findings.find((f) => f.rule === "hierarchy.economic" && f.check === "sum")!;
    expect(same.cell.row).toBe(target.cell.row + 1);
    expect(again.waivers.fingerprint(same)).toBe(print);
    // Another figure among the parts (not the total): the finding is still there, its fingerprint is not.
    const part = target.cells[1];
    const changed: Grid = {
      sheets: grid.sheets.map((s) => (s.name !== part.sheet ? s : {
        ...s,
        values: s.values.map((row, r) => (r + s.top !== part.row ? row : row.map((v, c) => (c + s.left === part.col ? Number(v) + 1 : v)))),
      })),
    };
    const after = analyze(changed).findings.find((f) => f.rule === "hierarchy.economic" && f.check === "sum");
    expect(after).toBeDefined();
    expect(analyze(changed).waivers.fingerprint(after!)).not.toBe(print);
  });

  it("name a cell outside every table by its sheet alone, and key a prose finding on its data", () => {
    const prose = sheetFromRows("情况说明", [["部门整体收入10590.02万元"], [], [], ["部门整体收入10590.02万元"]]);
    const g: Grid = { sheets: [...grid.sheets, prose] };
    const meanings = new CellMeanings(g, base.bound.tables);
    const at = (row: number, quoted: string): Finding => ({
      rule: "narrative.amount", check: "amount", severity: "error", table: "公开01", kind: "summary", sheet: "情况说明",
      cell: { sheet: "情况说明", row, col: 0 }, cells: [{ sheet: "情况说明", row, col: 0 }, { sheet: "公开01表", row: 6, col: 1 }],
      expected: "10590.02", actual: quoted, data: { subject: "部门整体收入", quoted, cell: row === 0 ? "A1" : "A4" }, message: "…",
    });
    expect(meanings.of({ sheet: "情况说明", row: 3, col: 0 })).toEqual({ meaning: "sheet|情况说明", text: "" });
    expect(fingerprintOf(at(0, "10590.00"), meanings)).toBe(fingerprintOf(at(3, "10590.00"), meanings));
    expect(fingerprintOf(at(0, "10590.00"), meanings)).not.toBe(fingerprintOf(at(0, "10590.01"), meanings));
    // A prose cell that lies inside a table's range is still named by its sheet: rewording the prose keeps the waiver.
    const inside = (text: string): Finding => ({ ...at(0, "10590.00"), sheet: "公开01表", cell: { sheet: "公开01表", row: 44, col: 0 }, data: { subject: "部门整体收入", quoted: "10590.00", prose: text } });
    expect(meanings.of({ sheet: "公开01表", row: 44, col: 0 }).meaning).not.toBe("sheet|公开01表");
    expect(fingerprintOf(inside("x"), meanings)).toBe(fingerprintOf({ ...inside("x"), cell: { sheet: "公开01表", row: 40, col: 0 } }, meanings));
  });
});

describe("analyze and the waiver sheet", () => {
  const grid = sampleGridSync();
  const base = analyze(grid);
  const grade = base.findings.find((f) => f.sheet === "附表15-3" && f.check === "grade")!;
  const waivers = addWaiver([], grade, base.waivers.fingerprint(grade), "按省定口径", AT);
  const stale = { ...waivers[0], fingerprint: "f1-0000000000000000", where: "'附表15-9'!J24" };
  // A reason quoting a table title: the waiver sheet is never read as a table.
  const sheet = waiverSheet(waiverRows([...waivers, { ...stale, reason: "收入支出决算表" }]));
  const withWaivers: Grid = { sheets: [...grid.sheets, sheet] };

  it("marks the answered finding, lists the stale waiver, and finds the same tables", () => {
    const a = analyze(withWaivers);
    expect(a.findings.filter((f) => f.waiver)).toEqual([{ ...grade, waiver: { reason: "按省定口径", at: AT } }]);
    expect(a.findings).toHaveLength(base.findings.length);
    expect(a.waivers.list).toHaveLength(2);
    expect(a.waivers.stale.map((w) => w.reason)).toEqual(["收入支出决算表"]);
    expect(a.bound.tables.map((t) => t.id)).toEqual(base.bound.tables.map((t) => t.id));
    expect(a.bound.unrecognised).toEqual(base.bound.unrecognised);
    expect(a.waivers.fingerprint(a.findings.find((f) => f.waiver)!)).toBe(base.waivers.fingerprint(grade));
  });

  it("with ignoreWaivers shows every finding unanswered, still listing the waivers", () => {
    const a = analyze(withWaivers, { profile: "national", ignoreWaivers: true });
    expect(a.findings.filter((f) => f.waiver)).toEqual([]);
    expect(a.findings).toEqual(base.findings);
    expect(a.waivers.list).toHaveLength(2);
  });
});
