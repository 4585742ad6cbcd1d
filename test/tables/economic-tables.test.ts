// 公开06 / 公开07 binder: real values from the sample workbook (built from the seed), then small rearranged grids.
import { loadSampleGrid } from "../helpers/sample";
import { gridOf, sheetFromTsv } from "../helpers/grid-builder";
import { bindWorkbook } from "../../src/core/tables/bind";
import { cellA1 } from "../../src/core/grid/address";
import { Grid, GridSheet } from "../../src/core/grid/grid";
import { BoundRow, Field, PublicTable, rowByKey } from "../../src/core/tables/model";
import { ECONOMIC_CLASSES, economicClass, economicGroup } from "../../src/core/glossary/economic-classes";

function table(grid: Grid, id: string): PublicTable {
  const t = bindWorkbook(grid).tables.find((x) => x.id === id);
  if (!t) throw new Error(`${id} not found`);
  return t as PublicTable;
}

function row(t: PublicTable, key: string): BoundRow {
  const r = rowByKey(t, key);
  if (!r) throw new Error(`row ${key} not bound`);
  return r;
}

function amount(t: PublicTable, key: string): Field {
  const f = row(t, key).cells.amount;
  if (!f) throw new Error(`row ${key} has no amount`);
  return f;
}

/** Amount as [A1 address, exact value as 2-decimal text, kind]. */
function at(t: PublicTable, key: string): [string, string, string] {
  const f = amount(t, key);
  return [cellA1(f.ref), f.num.value?.toFixed(2) ?? "?", f.num.kind];
}

/** A TSV sheet where "⏎" stands for a line break inside a cell. */
function sheet(name: string, tsv: string, where: { top?: number; left?: number } = {}): GridSheet {
  const s = sheetFromTsv(name, tsv, where);
  return { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/⏎/g, "\n") : v))) };
}

describe("公开06 in the sample workbook", () => {
  let t: PublicTable;
  beforeAll(async () => {
    t = table(await loadSampleGrid(), "公开06");
  });

  it("finds three blocks of 科目编码 / 科目名称 / 金额", () => {
    const sections = t.columns.map((c) => `${c.section}.${c.key}@${c.col}`);
    expect(sections).toEqual([
      "block1.code@0", "block1.name@1", "block1.amount@2",
      "block2.code@3", "block2.name@4", "block2.amount@5",
      "block3.code@6", "block3.name@7", "block3.amount@8",
    ]);
    expect(t.problems).toEqual([]);
    expect(t.empty).toBe(false);
    expect(t.department?.text).toBe("曲靖市工业和信息化局");
    expect(t.unit?.text).toBe("万元");
  });

  it("binds 人员经费 codes with their cells", () => {
    expect(at(t, "e301")).toEqual(["C11", "2710.28", "number"]);
    expect(at(t, "e30101")).toEqual(["C12", "718.04", "number"]);
    expect(at(t, "e303")).toEqual(["C25", "745.56", "number"]);
    const r = row(t, "e301");
    expect(r).toMatchObject({ kind: "code", code: "301", label: "工资福利支出", row: 10 });
    expect(cellA1(r.labelRef!)).toBe("B11");
  });

  it("binds 公用经费 codes in blocks 2 and 3", () => {
    expect(at(t, "e302")).toEqual(["F11", "347.06", "number"]);
    expect(at(t, "e30239")).toEqual(["F36", "69.00", "number"]);
    expect(amount(t, "e30239").text).toBe("69.00");
    expect(at(t, "e310")).toEqual(["I11", "0.00", "dash"]);
    expect(amount(t, "e310").text).toBe("-");
    expect(at(t, "e39999")).toEqual(["I38", "0.00", "dash"]);
  });

  it("binds both totals, 公用经费合计 from far right (I44), not next to its label", () => {
    expect(at(t, "personnel.total")).toEqual(["C44", "3455.84", "number"]);
    expect(cellA1(row(t, "personnel.total").labelRef!)).toBe("A44");
    expect(row(t, "personnel.total").kind).toBe("total");
    expect(at(t, "public.total")).toEqual(["I44", "694.12", "number"]);
    expect(cellA1(row(t, "public.total").labelRef!)).toBe("D44");
  });

  it("has one row per code, in reading order, with unique keys", () => {
    const codes = t.rows.filter((r) => r.kind === "code");
    expect(codes).toHaveLength(27 + 33 + 28) // rows 11–37, 11–43, 11–38;
    expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
    expect(codes.map((r) => r.code).filter((c) => c!.length === 3)).toEqual(["301", "303", "302", "307", "310", "312", "399"]);
    // The stray "-" in I39 (no code beside it) is neither a row nor a problem.
    expect(t.rows.some((r) => r.cells.amount && cellA1(r.cells.amount.ref) === "I39")).toBe(false);
  });
});

describe("公开07 in the sample workbook", () => {
  let t: PublicTable;
  beforeAll(async () => {
    t = table(await loadSampleGrid(), "公开07");
  });

  it("finds four blocks and no problems", () => {
    expect(new Set(t.columns.map((c) => c.section))).toEqual(new Set(["block1", "block2", "block3", "block4"]));
    expect(t.columns.filter((c) => c.key === "amount").map((c) => c.col)).toEqual([2, 5, 8, 11]);
    expect(t.problems).toEqual([]);
    expect(t.empty).toBe(false);
  });

  it("binds real amounts", () => {
    expect(at(t, "e302")).toEqual(["F11", "499.15", "number"]);
    expect(at(t, "e312")).toEqual(["L14", "6006.22", "number"]);
    expect(at(t, "e31204")).toEqual(["L17", "5545.00", "number"]);
    expect(at(t, "e310")).toEqual(["I24", "189.72", "number"]);
    expect(at(t, "e303")).toEqual(["C25", "86.33", "number"]);
  });

  it("keeps the mistyped 20921 as shown, inside the 309 block", () => {
    const r = row(t, "e20921");
    expect(r).toMatchObject({ code: "20921", label: "文物和陈列品购置" });
    expect(cellA1(r.labelRef!)).toBe("H21");
    expect(at(t, "e20921")).toEqual(["I21", "0.00", "dash"]);
    const order = t.rows.map((x) => x.code);
    const i = order.indexOf("20921");
    expect(order.slice(i - 1, i + 2)).toEqual(["30919", "20921", "30922"]);
    expect(order.indexOf("309")).toBeLessThan(i);
    expect(order.indexOf("310")).toBeGreaterThan(i);
  });

  it("has no total row (the seed's 公开07 has none)", () => {
    expect(t.rows.filter((r) => r.kind === "total")).toEqual([]);
  });
});

describe("rearranged 公开06 / 公开07 grids", () => {
  it("reads a table starting at B3 with text amounts and spaced / broken header labels", () => {
    const tsv = [
      "一般公共预算财政拨款基本支出决算表",
      "公开06表",
      "部门：测试局\t\t\t\t\t单位：万元",
      "人员经费\t\t\t公用经费",
      "科目 编码\t科目⏎名称\t金　额\t科 目 编 码\t科目名称\t 金额 ",
      "'301\t工资福利支出\t'1,234.50\t'302\t商品和服务支出\t'2,000.00",
      "'30101\t基本工资\t'1,234.50\t'30201\t办公费\t'2,000.00",
      "'303\t对个人和家庭的补助\t-\t'307\t债务利息及费用支出\t-",
      "人员经费合计\t\t'1,234.50\t公用经费合计\t\t'2,000.00",
      "注：本表反映部门本年度一般公共预算财政拨款基本支出经济分类支出情况。",
    ].join("\n");
    const t = table(gridOf(sheet("Sheet1", tsv, { top: 2, left: 1 })), "公开06");
    expect(t.problems).toEqual([]);
    expect(t.columns.map((c) => `${c.section}.${c.key}=${c.label}`)).toEqual([
      "block1.code=科目编码", "block1.name=科目名称", "block1.amount=金额",
      "block2.code=科目编码", "block2.name=科目名称", "block2.amount=金额",
    ]);
    expect(at(t, "e301")).toEqual(["D8", "1234.50", "number"]);
    expect(amount(t, "e301").text).toBe("1,234.50");
    expect(at(t, "e30201")).toEqual(["G9", "2000.00", "number"]);
    expect(cellA1(row(t, "e30201").labelRef!)).toBe("F9");
    expect(at(t, "personnel.total")).toEqual(["D11", "1234.50", "number"]);
    expect(at(t, "public.total")).toEqual(["G11", "2000.00", "number"]);
    expect(t.rows.map((r) => r.key)).toEqual(["e301", "e30101", "e303", "e302", "e30201", "e307", "personnel.total", "public.total"]);
    expect(t.department?.text).toBe("测试局");
  });

  it("reads numeric codes, a 合计 row and duplicate codes in a 公开07 with two blocks", () => {
    const tsv = [
      "一般公共预算财政拨款项目支出决算表",
      "科目编码\t科目名称\t金额\t科目编码\t科目名称\t金额",
      "302\t商品和服务支出\t30.00\t310\t资本性支出\t5.00",
      "30201\t办公费\t10.00\t31002\t办公设备购置\t5.00",
      "30201\t办公费\t20.00\t\t\t",
      "合计\t\t\t\t\t35.00",
    ].join("\n");
    const t = table(gridOf(sheet("表7", tsv)), "公开07");
    expect(t.problems).toEqual([]);
    expect(row(t, "e30201#2")).toMatchObject({ code: "30201", row: 4 });
    expect(at(t, "e30201#2")).toEqual(["C5", "20.00", "number"]);
    expect(at(t, "e310")).toEqual(["F3", "5.00", "number"]);
    expect(row(t, "total")).toMatchObject({ kind: "total", label: "合计" });
    expect(at(t, "total")).toEqual(["F6", "35.00", "number"]);
  });

  it("marks an all-dash table empty", () => {
    const tsv = [
      "一般公共预算财政拨款项目支出决算表",
      "科目编码\t科目名称\t金额",
      "'301\t工资福利支出\t-",
      "'30101\t基本工资\t",
    ].join("\n");
    const t = table(gridOf(sheet("表7", tsv)), "公开07");
    expect(t.empty).toBe(true);
    expect(t.rows.map((r) => r.key)).toEqual(["e301", "e30101"]);
  });
});

describe("read problems", () => {
  it("reports a missing 科目编码 header instead of throwing", () => {
    const tsv = [
      "一般公共预算财政拨款基本支出决算表",
      "编号\t名目\t数",
      "301\t工资福利支出\t10.00",
    ].join("\n");
    const wb = bindWorkbook(gridOf(sheet("表6", tsv)));
    expect(wb.problems).toEqual([]);
    const t = wb.tables[0] as PublicTable;
    expect(t.rows).toEqual([]);
    expect(t.empty).toBe(true);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ code: "missing-column" });
    expect(t.problems[0].message).toContain("科目编码");
    expect(cellA1(t.problems[0].cell!)).toBe("A1");
  });

  it("reports a block with no 金额 column, an unreadable amount and a figure without a code", () => {
    const tsv = [
      "一般公共预算财政拨款基本支出决算表",
      "科目编码\t科目名称\t金额\t科目编码\t科目名称",
      "'301\t工资福利支出\t见说明\t'302\t商品和服务支出",
      "'30101\t基本工资\t10.00\t'30201\t办公费",
      "\t\t5.00\t\t",
    ].join("\n");
    const t = table(gridOf(sheet("表6", tsv)), "公开06");
    const problems = t.problems.map((p) => `${p.code}@${cellA1(p.cell!)}`);
    expect(problems).toEqual(["missing-column@D2", "unreadable-cell@C3", "unreadable-cell@C5"]);
    expect(t.problems[0].message).toBe("公开06：第2组科目未找到“金额”列，2个科目编码无法读取金额");
    expect(row(t, "e302").cells.amount).toBeUndefined();
    expect(amount(t, "e301").num.kind).toBe("text");
  });
});

describe("经济分类 glossary", () => {
  it("splits 人员经费 (301, 303) from 公用经费", () => {
    expect(ECONOMIC_CLASSES.filter((c) => c.group === "personnel").map((c) => c.code)).toEqual(["301", "303"]);
    expect(economicGroup("30101")).toBe("personnel");
    expect(economicGroup("30305")).toBe("personnel");
    expect(economicGroup("30239")).toBe("public");
    expect(economicGroup("31013")).toBe("public");
    expect(economicClass("30922")?.name).toBe("资本性支出（基本建设）");
    expect(economicClass("20921")).toBeUndefined();
  });
});
