// A fully consistent 部门决算公开 workbook, generated as a core Grid: 公开01–公开12, one 附表14 and N 附表15, one
// table per sheet, laid out like the seed (titles, "公开NN表" markers, 部门/单位 lines, header rows, 栏次 rows, notes)
// so the binders recognise it. Every identity of domain.md §3–§5 holds EXACTLY: amounts are built bottom-up in
// integer cents (leaves first, every total a sum of what is shown), so there are no rounding tails either.
//
// Deterministic: a small seeded PRNG (mulberry32) drives every choice. `scale` multiplies the number of 功能分类
// 项 codes (and so the rows of 公开02/03/05); `scorecards` is the number of 附表15.
//
// Besides the grid the generator returns where it put every figure (`cells`, keyed "table:row:column" with the
// binders' row/column keys, e.g. "公开02:c2010450:fiscal", "公开01:in.gpb:amount", "附表15-1:ind3:score"), and the
// figure's value in cents, so tests can mutate a cell and predict the finding without going through a binder.
//
// Model in short (all 一般公共预算; no 政府性基金 / 国有资本经营 money, so 公开08/09 are empty with their notes):
//   per 项 code: 公开05 columns c1…c16 (carry-in, income, spending, carry-out; 12 = 1 + 4 − 7 by construction),
//   plus money from other sources (其他收入/事业收入 income, basic/project spending); 公开02 = fiscal income +
//   other income, 公开03 = fiscal + other spending; 公开01/04 are the sums; 公开06/07 split 公开05's 基本/项目支出 by
//   经济分类 with the 三公 codes (30212, 30217, 30231, 31013) equal to 公开10/11; 附表14 executes 公开03's totals
//   and the 附表15 全年执行数 partition 公开03's 项目支出.

import Decimal from "decimal.js";
import { CellRef, RangeRef } from "../../src/core/grid/address";
import { CellValue, Grid, GridSheet } from "../../src/core/grid/grid";
import { FUNCTIONAL_CLASSES } from "../../src/core/glossary/functional-classes";
import { displayText } from "../../src/core/numbers/parse";

export interface ConsistentOptions {
  /** Multiplies the number of 功能分类 项 codes (24 at scale 1). */
  readonly scale?: number;
  /** Number of 附表15 项目支出绩效自评表. */
  readonly scorecards?: number;
  /** 类/款 subtotal rows in 公开02/03/05. */
  readonly subtotals?: boolean;
  readonly department?: string;
  readonly seed?: number;
  readonly year?: number;
}

export interface ConsistentWorkbook {
  readonly grid: Grid;
  readonly options: Readonly<Required<ConsistentOptions>>;
  /** Cell of each figure, label and name cell, by key ("公开02:c2010450:fiscal", "公开07:department"). */
  readonly cells: ReadonlyMap<string, CellRef>;
  /** Value in cents of each amount cell (absent for text, counts and percentages). */
  readonly cents: ReadonlyMap<string, number>;
  /** The 项 codes (leaves), in sheet order. */
  readonly leaves: readonly string[];
  /** 类 and 款 codes in use. */
  readonly parents: readonly string[];
  /** Per scorecard sheet: the index of its qualitative indicator ("ind5") and its 分值/得分 in cents. */
  readonly scorecards: readonly { sheet: string; qualitative: string; qualitativeWeight: number; qualitativeScore: number; grade: string; total: number }[];
}

const DEFAULTS: Required<ConsistentOptions> = { scale: 1, scorecards: 3, subtotals: true, department: "示例市工业和信息化局", seed: 20240901, year: 2023 };

// ---- deterministic randomness ------------------------------------------------------------------

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: small, fast and good enough to make varied test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Log-uniform cents in [lo, hi]: amounts spread over orders of magnitude, as real ones do. */
  cents(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
}

/** Splits a whole number of cents into n parts (some zero when zeroChance > 0) that add up to it exactly. */
function split(total: number, n: number, rng: Rng, zeroChance = 0): number[] {
  if (n === 0) return [];
  const weights: number[] = Array.from({ length: n }, () => (rng.chance(zeroChance) ? 0 : 0.05 + rng.next()));
  if (!weights.some((w) => w > 0)) weights[0] = 1;
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  // Floating point may put the floors a cent off either way; settle the rest on the largest part.
  const largest = weights.indexOf(Math.max(...weights));
  parts[largest] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** Half-up rounding of p / q (q > 0, p ≥ 0) to a whole number, exactly. */
function divHalfUp(p: bigint, q: bigint): bigint {
  return (2n * p + q) / (2n * q);
}

// ---- cells and sheets --------------------------------------------------------------------------

/** A cell to write: text, a raw number (General) or a value with its number format. */
type Out = null | string | number | { readonly v: CellValue; readonly f: string };

const MONEY = "#,##0.00";

/** An amount in cents; zero is shown as the seed shows it in that place: "-", blank or 0.00. */
function amt(cents: number, zero: "-" | "" | "0" = ""): Out {
  if (cents === 0) return zero === "" ? null : zero === "-" ? "-" : { v: 0, f: MONEY };
  return { v: cents / 100, f: MONEY };
}

/** A whole count; zero blank. */
function count(n: number): Out {
  return n === 0 ? null : { v: n, f: "0" };
}

/** A share of cents as a percent with two decimals ("95.74%"), rounded half-up exactly. */
function percentOf(num: number, den: number): Out {
  const basis = Number(divHalfUp(BigInt(num) * 10000n, BigInt(den))); // hundredths of a percent
  return { v: basis / 10000, f: "0.00%" };
}

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  constructor(
    readonly name: string,
    private readonly book: BookBuilder,
  ) {}

  /** Appends a row; returns its 0-based sheet row. */
  row(cells: readonly Out[] = []): number {
    const values: CellValue[] = [];
    const formats: string[] = [];
    for (const c of cells) {
      if (c === null || c === "") {
        values.push(null);
        formats.push("General");
      } else if (typeof c === "string") {
        values.push(c);
        formats.push("General");
      } else if (typeof c === "number") {
        values.push(c);
        formats.push("General");
      } else {
        values.push(c.v);
        formats.push(c.f);
      }
    }
    this.values.push(values);
    this.formats.push(formats);
    return this.values.length - 1;
  }

  /** Records where a figure went (and its cents, for amounts). */
  put(key: string, row: number, col: number, cents?: number): void {
    this.book.cells.set(key, { sheet: this.name, row, col });
    if (cents !== undefined) this.book.cents.set(key, cents);
  }

  /** The seed's preamble: title, marker, 部门, 单位 — each followed by a blank line, as in the dump. */
  preamble(table: string, title: string, marker: string, unitLabel = "金额单位：万元", departmentFirst = true): void {
    this.row([title]);
    this.row();
    this.row([marker]);
    this.row();
    const dept = () => {
      const r = this.row([`部门：${this.book.department}`]);
      this.put(`${table}:department`, r, 0);
      this.row();
    };
    const unit = () => {
      this.row([unitLabel]);
      this.row();
    };
    if (departmentFirst) {
      dept();
      unit();
    } else {
      unit();
      dept();
    }
  }

  build(): GridSheet {
    return { name: this.name, top: 0, left: 0, values: this.values, formats: this.formats, merges: headerMerges(this.name, this.values, this.formats) };
  }
}

class BookBuilder {
  readonly sheets: SheetBuilder[] = [];
  readonly cells = new Map<string, CellRef>();
  readonly cents = new Map<string, number>();
  constructor(readonly department: string) {}
  sheet(name: string): SheetBuilder {
    const s = new SheetBuilder(name, this);
    this.sheets.push(s);
    return s;
  }
}

/**
 * Header merges the way scripts/build-sample.mjs draws them from the dump (and so the way the sample has them):
 * a header label followed by empty cells is merged across them when a header row below holds at least two labels
 * in that span. Header rows are the rows with two or more cells above the first row of figures or codes.
 */
function headerMerges(sheet: string, values: readonly (readonly CellValue[])[], formats: readonly (readonly string[])[]): RangeRef[] {
  const rows = values.map((r, i) => r.map((v, j) => displayText(v, formats[i][j] ?? "General")));
  const isDataRow = (cells: readonly string[]) => cells.some((c) => /^-?[\d,]+\.\d+$|^[23]\d{2,6}$/.test(c.trim()));
  const headerRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (isDataRow(rows[r])) break;
    if (rows[r].filter((c) => c.trim()).length >= 2) headerRows.push(r);
  }
  const merges: RangeRef[] = [];
  const isLabel = (x: string | undefined) => !!x && !!x.trim() && !/^\d+$/.test(x.trim());
  for (const r of headerRows) {
    const cells = rows[r];
    for (let c = 0; c < cells.length; c++) {
      if (!cells[c].trim()) continue;
      let end = c;
      while (end + 1 < cells.length && !cells[end + 1].trim()) end++;
      if (end === c) continue;
      const below = headerRows.filter((x) => x > r);
      const spanned = below.some((b) => rows[b].slice(c, end + 1).filter(isLabel).length >= 2);
      if (spanned) merges.push({ sheet, top: r, left: c, bottom: r, right: end });
    }
  }
  return merges;
}

// ---- 功能分类 codes and the per-code model ---------------------------------------------------------

const CN_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 14 → 十四, 26 → 二十六: the numbering of 公开01/04's 26 expenditure lines. */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${CN_DIGITS[n % 10]}`;
}

const ITEM_NAMES = ["行政运行", "一般行政管理事务", "机关服务", "专项业务", "事业运行", "信息化建设", "专项管理", "监督检查", "宣传培训"];

interface Leaf {
  readonly code: string;
  readonly name: string;
  /** 公开05 columns 1…16 (index 0 unused). */
  readonly c: number[];
  /** Spending from other sources (not 财政拨款): basic, project. */
  readonly otherBasic: number;
  readonly otherProject: number;
  /** Income from other sources: 事业收入, 其他收入. */
  readonly business: number;
  readonly other: number;
}

/** 公开05's 16 columns by the binder's keys, in 栏次 order (named by meaning: "out.project" is 栏次 11). */
const GPB_KEYS = [
  "carry.in.total", "carry.in.basic", "carry.in.project", "income.total", "income.basic", "income.project",
  "out.total", "out.basic", "out.personnel", "out.public", "out.project",
  "carry.out.total", "carry.out.basic", "carry.out.project", "carry.out.project.carry", "carry.out.project.surplus",
];

/** Every per-row figure of 公开02/03/05, by the binders' column keys. */
type RowFigures = Record<string, number>;

function leafFigures(l: Leaf): { t02: RowFigures; t03: RowFigures; t05: RowFigures } {
  const fiscal = l.c[4];
  const t02 = { total: fiscal + l.business + l.other, fiscal, superior: 0, business: l.business, "business.tuition": 0, operating: 0, affiliated: 0, other: l.other };
  const basic = l.c[8] + l.otherBasic;
  const project = l.c[11] + l.otherProject;
  const t03 = { total: basic + project, basic, project, remit: 0, operating: 0, subsidy: 0 };
  const t05: RowFigures = {};
  for (let i = 1; i <= 16; i++) t05[GPB_KEYS[i - 1]] = l.c[i];
  return { t02, t03, t05 };
}

function addInto(into: RowFigures, from: RowFigures): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function makeLeaf(code: string, name: string, rng: Rng): Leaf {
  const c = new Array<number>(17).fill(0);
  const kind = rng.next();
  const basicKind = kind < 0.45 || kind >= 0.8;
  const projectKind = kind >= 0.45;
  if (basicKind) {
    c[9] = rng.cents(1_000, 300_000);
    c[10] = rng.chance(0.8) ? Math.round(c[9] * (0.05 + rng.next() * 0.35)) : 0;
  }
  if (projectKind) c[11] = rng.cents(1_000, 600_000);
  c[8] = c[9] + c[10];
  // Carry-forwards: a few codes carry project money in or out, fewer carry basic money.
  if (projectKind && rng.chance(0.25)) {
    c[15] = rng.cents(500, Math.max(600, Math.floor(c[11] / 2)));
    c[16] = rng.chance(0.3) ? rng.cents(100, 50_000) : 0;
  }
  c[14] = c[15] + c[16];
  if (projectKind && rng.chance(0.25)) c[3] = Math.min(c[11] + c[14], rng.cents(500, Math.max(600, c[11])));
  if (basicKind && rng.chance(0.08)) c[13] = rng.cents(100, 20_000);
  if (basicKind && rng.chance(0.08)) c[2] = Math.min(c[8], rng.cents(100, 20_000));
  c[12] = c[13] + c[14];
  c[1] = c[2] + c[3];
  // Income is what balances the year per part: 年末 = 年初 + 收入 − 支出.
  c[5] = c[8] + c[13] - c[2];
  c[6] = c[11] + c[14] - c[3];
  c[4] = c[5] + c[6];
  c[7] = c[8] + c[11];
  const otherBasic = basicKind && rng.chance(0.12) ? rng.cents(100, 50_000) : 0;
  const otherProject = projectKind && rng.chance(0.12) ? rng.cents(100, 100_000) : 0;
  const business = rng.chance(0.08) ? rng.cents(100, 200_000) : 0;
  const other = rng.chance(0.12) ? rng.cents(100, 50_000) : 0;
  return { code, name, c, otherBasic, otherProject, business, other };
}

function makeLeaves(scale: number, rng: Rng): { leaves: Leaf[]; names: Map<string, string> } {
  const total = Math.max(1, Math.round(24 * scale));
  // A few 类 at scale 1 (as a real department has), all 26 once there are enough codes to go round.
  const classCount = Math.min(FUNCTIONAL_CLASSES.length, Math.max(6, Math.round(6 * scale)));
  const classes = scale <= 1 ? ["201", "208", "210", "213", "215", "221"].map((c) => FUNCTIONAL_CLASSES.find((x) => x.code === c)!) : FUNCTIONAL_CLASSES.slice(0, classCount);
  const perClass = split(total - classes.length, classes.length, rng).map((n) => n + 1);
  const leaves: Leaf[] = [];
  const names = new Map<string, string>();
  classes.forEach((cls, i) => {
    names.set(cls.code, cls.name);
    const n = perClass[i];
    const stem = cls.name.replace(/等?支出$/, "");
    // 款 codes 01…99 with small gaps; 项 codes 01… per 款, the last often 99 (其他…支出).
    const maxPerKuan = Math.max(4, Math.ceil(n / 40));
    let left = n;
    let kuan = 0;
    while (left > 0) {
      kuan += rng.chance(0.3) && kuan < 50 ? 2 : 1;
      const kuanCode = `${cls.code}${String(kuan).padStart(2, "0")}`;
      names.set(kuanCode, `${stem}第${chineseNumber(Math.min(kuan, 99) % 100 || 1)}类事务`);
      const k = Math.min(left, rng.int(1, maxPerKuan));
      for (let j = 1; j <= k; j++) {
        const item = j === k && k > 1 && k < 99 && rng.chance(0.3) ? 99 : j;
        const code = `${kuanCode}${String(item).padStart(2, "0")}`;
        const name = item === 99 ? `其他${stem}事务支出` : ITEM_NAMES[(j - 1) % ITEM_NAMES.length];
        leaves.push(makeLeaf(code, name, rng));
      }
      left -= k;
    }
  });
  return { leaves, names };
}

/** Rows of a 科目编码 table in sheet order: 类, 款, 项 (or 项 only), each with its figures. */
function codeRows(leaves: readonly Leaf[], names: ReadonlyMap<string, string>, subtotals: boolean, pick: (l: Leaf) => RowFigures): { code: string; name: string; figures: RowFigures }[] {
  const sums = new Map<string, RowFigures>();
  for (const l of leaves) {
    for (const p of [l.code.slice(0, 3), l.code.slice(0, 5)]) {
      const s = sums.get(p) ?? {};
      addInto(s, pick(l));
      sums.set(p, s);
    }
  }
  const out: { code: string; name: string; figures: RowFigures }[] = [];
  let lastClass = "";
  let lastKuan = "";
  for (const l of leaves) {
    if (subtotals && l.code.slice(0, 3) !== lastClass) {
      lastClass = l.code.slice(0, 3);
      out.push({ code: lastClass, name: names.get(lastClass) ?? "", figures: sums.get(lastClass)! });
    }
    if (subtotals && l.code.slice(0, 5) !== lastKuan) {
      lastKuan = l.code.slice(0, 5);
      out.push({ code: lastKuan, name: names.get(lastKuan) ?? "", figures: sums.get(lastKuan)! });
    }
    out.push({ code: l.code, name: l.name, figures: pick(l) });
  }
  return out;
}

// ---- 经济分类 (公开06/07) -------------------------------------------------------------------------

type EconomicBlock = readonly (readonly [string, string])[];

const E301: EconomicBlock = [["301", "工资福利支出"], ["30101", "基本工资"], ["30102", "津贴补贴"], ["30103", "奖金"], ["30106", "伙食补助费"], ["30107", "绩效工资"], ["30108", "机关事业单位基本养老保险缴费"], ["30109", "职业年金缴费"], ["30110", "职工基本医疗保险缴费"], ["30111", "公务员医疗补助缴费"], ["30112", "其他社会保障缴费"], ["30113", "住房公积金"], ["30114", "医疗费"], ["30199", "其他工资福利支出"]];
const E303: EconomicBlock = [["303", "对个人和家庭的补助"], ["30301", "离休费"], ["30302", "退休费"], ["30303", "退职（役）费"], ["30304", "抚恤金"], ["30305", "生活补助"], ["30306", "救济费"], ["30307", "医疗费补助"], ["30308", "助学金"], ["30309", "奖励金"], ["30310", "个人农业生产补贴"], ["30311", "代缴社会保险费"], ["30399", "其他对个人和家庭的补助"]];
const E302: EconomicBlock = [["302", "商品和服务支出"], ["30201", "办公费"], ["30202", "印刷费"], ["30203", "咨询费"], ["30204", "手续费"], ["30205", "水费"], ["30206", "电费"], ["30207", "邮电费"], ["30208", "取暖费"], ["30209", "物业管理费"], ["30211", "差旅费"], ["30212", "因公出国（境）费用"], ["30213", "维修（护）费"], ["30214", "租赁费"], ["30215", "会议费"], ["30216", "培训费"], ["30217", "公务接待费"], ["30218", "专用材料费"], ["30224", "被装购置费"], ["30225", "专用燃料费"], ["30226", "劳务费"], ["30227", "委托业务费"], ["30228", "工会经费"], ["30229", "福利费"], ["30231", "公务用车运行维护费"], ["30239", "其他交通费用"], ["30240", "税金及附加费用"], ["30299", "其他商品和服务支出"]];
const E307: EconomicBlock = [["307", "债务利息及费用支出"], ["30701", "国内债务付息"], ["30702", "国外债务付息"], ["30703", "国内债务发行费用"], ["30704", "国外债务发行费用"]];
const E309: EconomicBlock = [["309", "资本性支出（基本建设）"], ["30901", "房屋建筑物购建"], ["30902", "办公设备购置"], ["30903", "专用设备购置"], ["30905", "基础设施建设"], ["30906", "大型修缮"], ["30907", "信息网络及软件购置更新"], ["30908", "物资储备"], ["30913", "公务用车购置"], ["30919", "其他交通工具购置"], ["30921", "文物和陈列品购置"], ["30922", "无形资产购置"], ["30999", "其他基本建设支出"]];
const E310: EconomicBlock = [["310", "资本性支出"], ["31001", "房屋建筑物购建"], ["31002", "办公设备购置"], ["31003", "专用设备购置"], ["31005", "基础设施建设"], ["31006", "大型修缮"], ["31007", "信息网络及软件购置更新"], ["31008", "物资储备"], ["31009", "土地补偿"], ["31010", "安置补助"], ["31011", "地上附着物和青苗补偿"], ["31012", "拆迁补偿"], ["31013", "公务用车购置"], ["31019", "其他交通工具购置"], ["31021", "文物和陈列品购置"], ["31022", "无形资产购置"], ["31099", "其他资本性支出"]];
const E311: EconomicBlock = [["311", "对企业补助（基本建设）"], ["31101", "资本金注入"], ["31199", "其他对企业补助"]];
const E312: EconomicBlock = [["312", "对企业补助"], ["31201", "资本金注入"], ["31203", "政府投资基金股权投资"], ["31204", "费用补贴"], ["31205", "利息补贴"], ["31299", "其他对企业补助"]];
const E313: EconomicBlock = [["313", "对社会保障基金补助"], ["31302", "对社会保险基金补助"], ["31303", "补充全国社会保障基金"], ["31304", "对机关事业单位职业年金补助"]];
const E399: EconomicBlock = [["399", "其他支出"], ["39906", "赠与"], ["39907", "国家赔偿费用支出"], ["39908", "对民间非营利组织和群众性自治组织补贴"], ["39909", "经常性赠与"], ["39910", "资本性赠与"], ["39999", "其他支出"]];

/** Fills a class and its 款 from a class total; `fixed` 款 get the given amounts, the rest share what is left. */
function fillClass(block: EconomicBlock, total: number, rng: Rng, fixed: Readonly<Record<string, number>> = {}, exclude: readonly string[] = []): Map<string, number> {
  const out = new Map<string, number>();
  out.set(block[0][0], total);
  const kuans = block.slice(1).map(([code]) => code);
  let rest = total;
  for (const k of kuans) if (fixed[k] !== undefined) rest -= fixed[k];
  if (rest < 0) throw new Error(`economic class ${block[0][0]}: fixed parts exceed the total`);
  const free = kuans.filter((k) => fixed[k] === undefined && !exclude.includes(k));
  const parts = split(rest, free.length, rng, 0.45);
  for (const k of kuans) out.set(k, fixed[k] ?? 0);
  free.forEach((k, i) => out.set(k, parts[i]));
  return out;
}

// ---- the workbook -------------------------------------------------------------------------------

/** The 三公 figures (决算数 in cents; counts whole). */
interface ThreePublic {
  abroad: number;
  carPurchase: number;
  carOperation: number;
  reception: number;
  groups: number;
  abroadPeople: number;
  carsBought: number;
  fleet: number;
  batches: number;
  receptionPeople: number;
  opex: number;
}

export function consistentWorkbook(options: ConsistentOptions = {}): ConsistentWorkbook {
  const opts: Required<ConsistentOptions> = { ...DEFAULTS, ...options };
  const rng = new Rng(opts.seed);
  const book = new BookBuilder(opts.department);
  const { leaves, names } = makeLeaves(opts.scale, rng);

  const fig = leaves.map(leafFigures);
  const sum = (pick: (f: ReturnType<typeof leafFigures>) => number, prefix = "") =>
    fig.reduce((a, f, i) => (leaves[i].code.startsWith(prefix) ? a + pick(f) : a), 0);
  const c = (i: number, prefix = "") => sum((f) => f.t05[GPB_KEYS[i - 1]], prefix);

  // Totals every table repeats.
  const gpbIncome = c(4);
  const gpbCarryIn = c(1);
  const gpbCarryOut = c(12);
  const business = sum((f) => f.t02.business);
  const otherIncome = sum((f) => f.t02.other);
  const incomeTotal = gpbIncome + business + otherIncome;
  const spending = sum((f) => f.t03.total);
  const otherSpending = sum((f) => f.t03.total) - c(7);
  // Money from other sources carried in covers what the year's other income did not.
  const otherCarryIn = Math.max(0, otherSpending - business - otherIncome) + rng.cents(1_000, 500_000);
  const otherCarryOut = otherCarryIn + business + otherIncome - otherSpending;
  const carryIn = gpbCarryIn + otherCarryIn;
  const carryOut = gpbCarryOut + otherCarryOut;

  const personnel = c(9);
  const publicFunds = c(10);
  const projectGpb = c(11);
  const basicAll = sum((f) => f.t03.basic);
  const projectAll = sum((f) => f.t03.project);

  const three: ThreePublic = {
    abroad: rng.chance(0.5) ? Math.round(publicFunds * 0.01) : 0,
    carPurchase: rng.chance(0.6) ? Math.round(projectGpb * 0.004) + 1_000 : 0,
    carOperation: Math.round(publicFunds * 0.05) + 500,
    reception: Math.round(publicFunds * 0.02) + 500,
    groups: 0,
    abroadPeople: 0,
    carsBought: 0,
    fleet: rng.int(3, 15),
    batches: rng.int(10, 60),
    receptionPeople: 0,
    opex: Math.round(publicFunds * (0.5 + rng.next() * 0.4)),
  };
  if (three.abroad > 0) {
    three.groups = rng.int(1, 3);
    three.abroadPeople = three.groups * rng.int(2, 5);
  }
  if (three.carPurchase > 0) three.carsBought = rng.int(1, 2);
  three.receptionPeople = three.batches * rng.int(3, 8);

  // 公开06: 人员经费 = 301 + 303, 公用经费 = 302 (+ 307, 310, 312, 399) — the 三公 codes carry 公开10/11's money.
  const e06 = new Map<string, number>();
  const p303 = Math.round(personnel * (0.1 + rng.next() * 0.15));
  for (const [k, v] of fillClass(E301, personnel - p303, rng)) e06.set(k, v);
  for (const [k, v] of fillClass(E303, p303, rng)) e06.set(k, v);
  const p310 = Math.round(publicFunds * rng.next() * 0.05);
  const threeBasic = { "30212": three.abroad, "30217": three.reception, "30231": three.carOperation };
  const need302 = three.abroad + three.reception + three.carOperation;
  if (publicFunds - p310 < need302) throw new Error("consistentWorkbook: 公用经费 too small for the 三公 figures (try another seed)");
  for (const [k, v] of fillClass(E302, publicFunds - p310, rng, threeBasic)) e06.set(k, v);
  for (const [k, v] of fillClass(E307, 0, rng)) e06.set(k, v);
  for (const [k, v] of fillClass(E310, p310, rng, { "31013": 0 })) e06.set(k, v);
  for (const [k, v] of fillClass(E312, 0, rng)) e06.set(k, v);
  for (const [k, v] of fillClass(E399, 0, rng)) e06.set(k, v);

  // 公开07: 项目支出 by 类; 公务用车购置 (31013) is project money here, the other 三公 codes are zero.
  const e07 = new Map<string, number>();
  const q302 = Math.round(projectGpb * (0.05 + rng.next() * 0.15));
  const q303 = Math.round(projectGpb * rng.next() * 0.05);
  const q310 = Math.round(projectGpb * rng.next() * 0.1) + three.carPurchase;
  const q312 = projectGpb - q302 - q303 - q310;
  if (q312 < 0) throw new Error("consistentWorkbook: 项目支出 too small (try another seed)");
  for (const [k, v] of fillClass(E301, 0, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E303, q303, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E302, q302, rng, { "30212": 0, "30217": 0, "30231": 0 })) e07.set(k, v);
  for (const [k, v] of fillClass(E307, 0, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E309, 0, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E310, q310, rng, { "31013": three.carPurchase })) e07.set(k, v);
  for (const [k, v] of fillClass(E311, 0, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E312, q312, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E313, 0, rng)) e07.set(k, v);
  for (const [k, v] of fillClass(E399, 0, rng)) e07.set(k, v);

  // ---- 公开01 收入支出决算表 ----
  {
    const s = book.sheet("公开01表");
    s.preamble("公开01", "收入支出决算表", "公开01表");
    s.row(["收入", "", "", "支出", "", ""]);
    s.row(["项目", "行次", "金额", "项目(按功能分类)", "行次", "金额"]);
    s.row(["栏次", "", 1, "栏次", "", 2]);
    const income: [string, string, number, "-" | ""][] = [
      ["in.gpb", "一、一般公共预算财政拨款收入", gpbIncome, ""],
      ["in.fund", "二、政府性基金预算财政拨款收入", 0, ""],
      ["in.capital", "三、国有资本经营预算财政拨款收入", 0, ""],
      ["in.superior", "四、上级补助收入", 0, "-"],
      ["in.business", "五、事业收入", business, "-"],
      ["in.operating", "六、经营收入", 0, "-"],
      ["in.affiliated", "七、附属单位上缴收入", 0, "-"],
      ["in.other", "八、其他收入", otherIncome, "-"],
    ];
    FUNCTIONAL_CLASSES.forEach((cls, i) => {
      const left: Out[] = i < income.length ? [income[i][1], i + 1, amt(income[i][2], income[i][3])] : ["", i + 1, ""];
      const amount = sum((f) => f.t03.total, cls.code);
      const r = s.row([...left, `${chineseNumber(i + 1)}、${cls.name}`, 31 + i, amt(amount)]);
      if (i < income.length) s.put(`公开01:${income[i][0]}:amount`, r, 2, income[i][2]);
      s.put(`公开01:out.${cls.code}:amount`, r, 5, amount);
    });
    const tail: [string, string, number, string, string, number][] = [
      ["in.total", "本年收入合计", incomeTotal, "out.total", "本年支出合计", spending],
      ["in.reserve", "使用专用结余", 0, "out.distribution", "结余分配", 0],
      ["in.carry", "年初结转和结余", carryIn, "out.carry", "年末结转和结余", carryOut],
      ["in.grand", "总计", incomeTotal + carryIn, "out.grand", "总计", spending + carryOut],
    ];
    tail.forEach(([lk, ll, lv, rk, rl, rv], i) => {
      const r = s.row([ll, 27 + i, amt(lv), rl, 57 + i, amt(rv)]);
      s.put(`公开01:${lk}:amount`, r, 2, lv);
      s.put(`公开01:${rk}:amount`, r, 5, rv);
    });
    s.row();
    s.row(["注：1. 本表反映部门本年度的总收支和年初、年末结转结余情况。"]);
    s.row();
    s.row(["2. 本套报表金额单位转换时可能存在尾数误差。"]);
  }

  // ---- 公开02 收入决算表, 公开03 支出决算表, 公开05 一般公共预算财政拨款收入支出决算表 ----
  const codeTable = (
    table: "公开02" | "公开03" | "公开05",
    header: readonly (readonly Out[])[],
    keys: readonly string[],
    pick: (l: Leaf, i: number) => RowFigures,
    zero: (key: string) => "-" | "",
  ) => {
    const title = { 公开02: "收入决算表", 公开03: "支出决算表", 公开05: "一般公共预算财政拨款收入支出决算表" }[table];
    const s = book.sheet(`${table}表`);
    s.preamble(table, title, `${table}表`, table === "公开05" ? "单位：万元" : "金额单位：万元");
    for (const h of header) s.row(h);
    const totals: RowFigures = {};
    leaves.forEach((l, i) => addInto(totals, pick(l, i)));
    const rowOf = (key: string, code: string, name: string, figures: RowFigures) => {
      const r = s.row([code, name, "", ...keys.map((k) => amt(figures[k] ?? 0, zero(k)))]);
      keys.forEach((k, j) => s.put(`${table}:${key}:${k}`, r, 3 + j, figures[k] ?? 0));
      s.put(`${table}:${key}:name`, r, 1);
      s.put(`${table}:${key}:code`, r, 0);
    };
    rowOf("total", "", "合计", totals);
    const index = new Map(leaves.map((l, i) => [l.code, i]));
    for (const row of codeRows(leaves, names, opts.subtotals, (l) => pick(l, index.get(l.code)!))) rowOf(`c${row.code}`, row.code, row.name, row.figures);
    s.row();
    return s;
  };

  {
    const s = codeTable(
      "公开02",
      [
        ["项目", "", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "", "经营收入", "附属单位上缴收入", "其他收入"],
        ["支出功能分类科目编码", "科目名称", "", "", "", "", "小计", "其中：教育收费", "", "", ""],
        ["类", "款", "项", 1, 2, 3, 4, 5, 6, 7, 8],
      ],
      ["total", "fiscal", "superior", "business", "business.tuition", "operating", "affiliated", "other"],
      (_l, i) => fig[i].t02,
      (k) => (k === "total" || k === "fiscal" ? "" : "-"),
    );
    s.row(["注：本表反映部门本年度取得的各项收入情况。"]);
  }
  {
    const s = codeTable(
      "公开03",
      [
        ["项目", "", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["支出功能分类科目编码", "科目名称", "", "", "", "", "", "", ""],
        ["类", "款", "项", 1, 2, 3, 4, 5, 6],
      ],
      ["total", "basic", "project", "remit", "operating", "subsidy"],
      (_l, i) => fig[i].t03,
      () => "",
    );
    s.row(["注：本表反映部门本年度各项支出情况。"]);
  }
  const GPB_HEADER: readonly (readonly Out[])[] = [
    ["项目", "", "", "年初结转和结余", "", "", "本年收入", "", "", "本年支出", "", "", "", "", "年末结转和结余", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", "", "基本支出", "", "", "项目支出", "合计", "基本支出", "项目支出结转和结余", "", ""],
    ["支出功能分类科目编码", "科目名称", "", "合计", "基本支出结转", "项目支出结转和结余", "合计", "基本支出", "项目支出", "合计", "小计", "人员经费", "公用经费", "", "", "", "小计", "项目支出结转", "项目支出结余"],
    ["类", "款", "项", ...Array.from({ length: 16 }, (_, i) => i + 1)],
  ];
  const CARRY_COLS = new Set(GPB_KEYS.filter((k) => k.startsWith("carry.")));
  {
    const s = codeTable("公开05", GPB_HEADER, GPB_KEYS, (_l, i) => fig[i].t05, (k) => (CARRY_COLS.has(k) ? "-" : ""));
    s.row(["注：本表反映部门本年度一般公共预算财政拨款的收支和年初、年末结转结余情况。"]);
  }

  // ---- 公开04 财政拨款收入支出决算表 ----
  {
    const s = book.sheet("公开04表");
    s.preamble("公开04", "财政拨款收入支出决算表", "公开04表");
    s.row(["收 入", "", "", "支 出", "", "", "", "", ""]);
    s.row(["项 目", "行次", "决算数", "项目（按功能分类）", "行次", "合计", "一般公共预算 财政拨款", "政府性基金 预算财政拨款", "国有资本经营 预算财政拨款"]);
    s.row(["栏 次", "", 1, "栏 次", "", 2, 3, 4, 5]);
    const funds: [string, string, number][] = [
      ["in.gpb", "一、一般公共预算财政拨款", gpbIncome],
      ["in.fund", "二、政府性基金预算财政拨款", 0],
      ["in.capital", "三、国有资本经营预算财政拨款", 0],
    ];
    const putOut = (r: number, key: string, gpb: number) => {
      s.put(`公开04:${key}:total`, r, 5, gpb);
      s.put(`公开04:${key}:gpb`, r, 6, gpb);
      s.put(`公开04:${key}:fund`, r, 7, 0);
      s.put(`公开04:${key}:capital`, r, 8, 0);
    };
    FUNCTIONAL_CLASSES.forEach((cls, i) => {
      const left: Out[] = i < funds.length ? [funds[i][1], i + 1, amt(funds[i][2])] : ["", i + 1, ""];
      const spent = c(7, cls.code);
      const r = s.row([...left, `${chineseNumber(i + 1)}、${cls.name}`, 33 + i, amt(spent), amt(spent), "", ""]);
      if (i < funds.length) s.put(`公开04:${funds[i][0]}:amount`, r, 2, funds[i][2]);
      putOut(r, `out.${cls.code}`, spent);
    });
    let r = s.row(["本年收入合计", 27, amt(gpbIncome), "本年支出合计", 59, amt(c(7)), amt(c(7)), "", ""]);
    s.put("公开04:in.total:amount", r, 2, gpbIncome);
    putOut(r, "out.total", c(7));
    r = s.row(["年初财政拨款结转和结余", 28, amt(gpbCarryIn), "年末财政拨款结转和结余", 60, amt(gpbCarryOut), amt(gpbCarryOut), "", "-"]);
    s.put("公开04:in.carry:amount", r, 2, gpbCarryIn);
    putOut(r, "out.carry", gpbCarryOut);
    const carryFunds: [string, string, number][] = [
      ["in.carry.gpb", "一、一般公共预算财政拨款", gpbCarryIn],
      ["in.carry.fund", "二、政府性基金预算财政拨款", 0],
      ["in.carry.capital", "三、国有资本经营预算财政拨款", 0],
    ];
    carryFunds.forEach(([key, label, v], i) => {
      const row = s.row([label, 29 + i, amt(v), "", 61 + i, "", "", "", ""]);
      s.put(`公开04:${key}:amount`, row, 2, v);
    });
    const grand = gpbIncome + gpbCarryIn;
    r = s.row(["总计", 32, amt(grand), "总计", 64, amt(grand), amt(grand), "", "-"]);
    s.put("公开04:in.grand:amount", r, 2, grand);
    putOut(r, "out.grand", grand);
    s.row();
    s.row(["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算的总支出和年初、年末结转结余情况。"]);
  }

  // ---- 公开06 / 公开07 经济分类 ----
  const economicTable = (table: "公开06" | "公开07", title: string, groupRow: readonly Out[], blocks: readonly (readonly EconomicBlock[])[], amounts: ReadonlyMap<string, number>, totals: readonly (readonly [number, string, string, number, number])[]) => {
    const s = book.sheet(`${table}表`);
    s.preamble(table, title, `${table}表`, table === "公开06" ? "单位：万元" : "金额单位：万元", table === "公开06");
    s.row(groupRow);
    s.row(blocks.flatMap(() => ["科目编码", "科目名称", "金额"]));
    const columns = blocks.map((b) => b.flat());
    const height = Math.max(...columns.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      const cells: Out[] = [];
      const at: [number, string][] = [];
      columns.forEach((col, b) => {
        const entry = col[i];
        if (!entry) {
          cells.push("", "", "");
          return;
        }
        const [code, name] = entry;
        at.push([b, code]);
        cells.push(code, name, amt(amounts.get(code) ?? 0, "-"));
      });
      const r = s.row(cells);
      for (const [b, code] of at) {
        s.put(`${table}:e${code}:amount`, r, b * 3 + 2, amounts.get(code) ?? 0);
        s.put(`${table}:e${code}:code`, r, b * 3);
        s.put(`${table}:e${code}:name`, r, b * 3 + 1);
      }
    }
    // Total lines: [label column, label, key, value column, cents].
    const width = blocks.length * 3;
    const line: Out[] = new Array<Out>(width).fill("");
    const placed: [string, number, number][] = [];
    for (const [labelCol, label, key, valueCol, v] of totals) {
      line[labelCol] = label;
      line[valueCol] = amt(v, "-");
      placed.push([key, valueCol, v]);
    }
    const r = s.row(line);
    for (const [key, col, v] of placed) s.put(`${table}:${key}:amount`, r, col, v);
    s.row();
    return s;
  };
  {
    const s = economicTable(
      "公开06",
      "一般公共预算财政拨款基本支出决算表",
      ["人员经费", "", "", "公用经费", "", "", "", "", ""],
      [[E301, E303], [E302, E307], [E310, E312, E399]],
      e06,
      [
        [0, "人员经费合计", "personnel.total", 2, personnel],
        [3, "公用经费合计", "public.total", 8, publicFunds],
      ],
    );
    s.row(["注：本表反映部门本年度一般公共预算财政拨款基本支出经济分类支出情况。"]);
  }
  {
    const s = economicTable(
      "公开07",
      "一般公共预算财政拨款项目支出决算表",
      ["项目经费", "", "", "", "", "", "", "", "", "", "", ""],
      [[E301, E303], [E302, E307], [E309, E310], [E311, E312, E313, E399]],
      e07,
      [[0, "合计", "total", 2, projectGpb]],
    );
    s.row(["注：本表反映部门本年度一般公共预算财政拨款项目支出经济分类支出情况。"]);
  }

  // ---- 公开08 / 公开09: empty, with the note that says why ----
  {
    const s = book.sheet("公开08表");
    s.preamble("公开08", "政府性基金预算财政拨款收入支出决算表", "公开08表", "单位：万元");
    for (const h of GPB_HEADER) s.row(h);
    s.row(["", "合计", ""]);
    s.row();
    s.row(["注：1. 本表反映部门本年度政府性基金预算财政拨款的收支和年初、年末结转结余情况。"]);
    s.row([` 2. 本部门${opts.year}年度无政府性基金预算财政拨款收入，《政府性基金预算财政拨款收入支出决算表》为空表。`]);
  }
  {
    const s = book.sheet("公开09表");
    s.preamble("公开09", "国有资本经营预算财政拨款收入支出决算表", "公开09表", "单位：万元");
    s.row(["项目", "", "", "年初结转和结余", "", "", "本年收入", "本年支出", "年末结转和结余", "", ""]);
    s.row(["支出功能分类科目编码", "科目名称", "", "合计", "结转", "结余", "", "", "合计", "结转", "结余"]);
    s.row(["类", "款", "项", 1, 2, 3, 4, 5, 6, 7, 8]);
    s.row(["", "合计", ""]);
    s.row();
    s.row(["注：1. 本表反映部门本年度国有资本经营预算财政拨款的收支和年初、年末结转结余情况。"]);
    s.row([` 2. 本部门${opts.year}年度无国有资本经营预算财政拨款收入，《国有资本经营预算财政拨款收入支出决算表》为空表。`]);
  }

  // ---- 公开10 / 公开11 “三公”经费 ----
  // Per amount line: [预算数, 全年预算数, 决算数]; 全年预算数 ≥ 决算数 (no 超预算), 预算数 anywhere around it.
  const budgets = (final: number): [number, number, number] => {
    if (final === 0) return [0, 0, 0];
    const full = final + (rng.chance(0.5) ? 0 : Math.round(final * rng.next() * 0.1));
    const budget = Math.max(0, full + Math.round(full * (rng.next() - 0.5) * 0.2));
    return [budget, full, final];
  };
  const abroad = budgets(three.abroad);
  const purchase = budgets(three.carPurchase);
  const operation = budgets(three.carOperation);
  const reception = budgets(three.reception);
  const add3 = (...xs: [number, number, number][]): [number, number, number] => [0, 1, 2].map((i) => xs.reduce((a, x) => a + x[i], 0)) as [number, number, number];
  const car = add3(purchase, operation);
  const threeTotal = add3(abroad, car, reception);
  const threePublicTable = (table: "公开10" | "公开11", title: string, counts: boolean) => {
    const s = book.sheet(`${table}表`);
    s.preamble(table, title, `${table}表`, "单位：万元");
    s.row(["项 目", "行次", "预算数", "全年预算数", "决算统计数"]);
    s.row(["栏 次", "", 1, 2, 3]);
    const DASH = "—";
    let n = 0;
    const amountLine = (key: string, label: string, v: [number, number, number] | "final-only", final = 0, zero: "" | "0" = "") => {
      n++;
      const cells: Out[] = v === "final-only" ? [DASH, DASH, amt(final, zero)] : v.map((x) => amt(x, zero));
      const r = s.row([label, n, ...cells]);
      const values = v === "final-only" ? [0, 0, final] : v;
      ["budget", "full", "final"].forEach((col, j) => s.put(`${table}:${key}:${col}`, r, 2 + j, values[j]));
    };
    const countLine = (key: string, label: string, value: number) => {
      n++;
      const r = s.row([label, n, DASH, DASH, count(value)]);
      s.put(`${table}:${key}:final`, r, 4);
    };
    const zero = table === "公开11" ? "0" : "";
    n++;
    s.row([table === "公开10" ? "一、“三公”经费支出" : "“三公”经费支出", n, DASH, DASH, DASH]);
    amountLine("total", table === "公开10" ? "（一）支出合计" : "(一) 支出合计", threeTotal);
    amountLine("abroad", "1. 因公出国（境）费", abroad, 0, zero);
    amountLine("car", "2. 公务用车购置及运行维护费", car);
    amountLine("car.purchase", "（1）公务用车购置费", purchase, 0, zero);
    amountLine("car.operation", "（2）公务用车运行维护费", operation);
    amountLine("reception", "3. 公务接待费", reception);
    amountLine("reception.domestic", "（1）国内接待费", "final-only", three.reception);
    amountLine("reception.domestic.foreign", "其中：外事接待费", "final-only", 0);
    amountLine("reception.abroad", "（2）国（境）外接待费", "final-only", 0);
    if (counts) {
      n++;
      s.row(["（二）相关统计数", n, DASH, DASH, DASH]);
      countLine("n.groups", "1. 因公出国（境）团组数（个）", three.groups);
      countLine("n.abroad.people", "2. 因公出国（境）人次（人）", three.abroadPeople);
      countLine("n.car.purchase", "3. 公务用车购置数（辆）", three.carsBought);
      countLine("n.car.fleet", "4. 公务用车保有量（辆）", three.fleet);
      countLine("n.reception.batches", "5. 国内公务接待批次（个）", three.batches);
      countLine("n.reception.batches.foreign", "其中：外事接待批次（个）", 0);
      countLine("n.reception.people", "6. 国内公务接待人次（人）", three.receptionPeople);
      countLine("n.reception.people.foreign", "其中：外事接待人次（人）", 0);
      countLine("n.abroad.batches", "7. 国（境）外公务接待批次（个）", 0);
      countLine("n.abroad.visitors", "8. 国（境）外公务接待人次（人）", 0);
      amountLine("opex", "二、机关运行经费", "final-only", three.opex);
      amountLine("opex.admin", "（一）行政单位", "final-only", three.opex);
      amountLine("opex.civil", "（二）参照公务员法管理事业单位", "final-only", 0);
    }
    s.row();
    return s;
  };
  {
    const s = threePublicTable("公开10", "财政拨款“三公”经费、行政参公单位机关运行经费情况表", true);
    s.row(["注：1. 财政拨款“三公”经费为单位使用一般公共预算、政府性基金和国有资本经营预算安排的支出，包括当年财政拨款和以前年度财政拨款结转结余资金安排的实际支出。“三公”经费相关统计数是指使用财政拨款负担费用的相关批次、人次及车辆情况。"]);
    s.row();
    s.row(["2. “机关运行经费”填列行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。"]);
  }
  {
    const s = threePublicTable("公开11", "一般公共预算“三公”经费情况表", false);
    s.row(["注：本表所列“三公”经费为单位使用一般公共预算财政拨款安排的支出，包括当年一般公共预算财政拨款和以前年度一般公共预算财政拨款结转结余资金安排的实际支出。"]);
  }

  // ---- 公开12 国有资产使用情况表 ----
  {
    const s = book.sheet("公开12表");
    s.row(["附表12"]);
    s.row();
    s.row(["国有资产使用情况表"]);
    s.row();
    s.row(["公开12表"]);
    s.row();
    const d = s.row([`部门：${opts.department}`]);
    s.put("公开12:department", d, 0);
    s.row();
    s.row(["金额单位：万元"]);
    s.row();
    s.row(["项目", "行次", "资产总额", "资产原值 合计", "流动资产", "固定资产", "", "", "", "", "", "", "", "", "", "对外投资/ 有价证 券", "在建工程", "无形资产", "", "其他资产", ""]);
    s.row(["", "", "", "", "", "小计", "", "房屋构筑物", "", "车辆", "", "单价200万以上 大型设备", "", "其他固定资产", "", "", "", "原值", "净值", "原值", "净值"]);
    s.row(["", "", "", "", "", "原值", "净值", "原值", "净值", "原值", "净值", "原值", "净值", "原值", "净值", "", "", "", "", "", ""]);
    s.row(["栏次", "", ...Array.from({ length: 19 }, (_, i) => i + 1)]);
    const pairOf = (lo: number, hi: number, netShare = 0.3 + rng.next() * 0.6): [number, number] => {
      const orig = rng.cents(lo, hi);
      return [orig, Math.round(orig * netShare)];
    };
    const building = pairOf(100_000, 50_000_000);
    const vehicle = pairOf(50_000, 2_000_000);
    const equipment: [number, number] = [0, 0];
    const otherFixed = pairOf(10_000, 5_000_000);
    const intangible = rng.chance(0.5) ? pairOf(5_000, 1_000_000) : ([0, 0] as [number, number]);
    const otherAsset: [number, number] = [0, 0];
    const current = rng.cents(100_000, 50_000_000);
    const investment = 0;
    const construction = rng.chance(0.3) ? rng.cents(10_000, 1_000_000) : 0;
    const fixed: [number, number] = [0, 1].map((i) => building[i] + vehicle[i] + equipment[i] + otherFixed[i]) as [number, number];
    const assets = current + fixed[1] + investment + construction + intangible[1] + otherAsset[1];
    const original = current + fixed[0] + investment + construction + intangible[0] + otherAsset[0];
    const cols: [string, number][] = [
      ["assets", assets], ["original", original], ["current", current], ["fixed.orig", fixed[0]], ["fixed.net", fixed[1]],
      ["building.orig", building[0]], ["building.net", building[1]], ["vehicle.orig", vehicle[0]], ["vehicle.net", vehicle[1]],
      ["equipment.orig", equipment[0]], ["equipment.net", equipment[1]], ["otherfixed.orig", otherFixed[0]], ["otherfixed.net", otherFixed[1]],
      ["investment", investment], ["construction", construction], ["intangible.orig", intangible[0]], ["intangible.net", intangible[1]],
      ["otherasset.orig", otherAsset[0]], ["otherasset.net", otherAsset[1]],
    ];
    const r = s.row(["合计", 1, ...cols.map(([, v]) => amt(v, "-"))]);
    cols.forEach(([k, v], j) => s.put(`公开12:total:${k}`, r, 2 + j, v));
    s.row();
    s.row(["注：1. 资产总额=流动资产+固定资产（净值）+对外投资/有价证券+在建工程+无形资产（净值）+其他资产（净值）；"]);
    s.row();
    s.row(["2. 资产原值合计=流动资产+固定资产（原值）+对外投资/有价证券+在建工程+无形资产（原值）+其他资产（原值）；"]);
  }

  // ---- 附表14 部门整体支出绩效自评表 ----
  {
    const s = book.sheet("附表14");
    s.row(["附表14"]);
    s.row();
    s.row([`${opts.year}年度部门整体支出绩效自评表`, "", "", "", "", "", "", "", ""]);
    const d = s.row(["部门名称", opts.department, "", "", "", "", "", "", ""]);
    s.put("附表14:department", d, 1);
    s.row(["部门预算资金(万元)", "项目年度支出", "", "年初预算数", "预算调整数(调增为“+”;调减为“-”)", "预算确定数", "执行数(系统提取)", "执行率(%)", "情况说明"]);
    // Executed: 公开03's totals; 预算确定数 a little above; 年初预算数 = 确定数 − 调整数.
    const line = (executed: number) => {
      const confirmed = executed + (rng.chance(0.4) ? 0 : Math.round(executed * rng.next() * 0.15));
      const adjustment = Math.round(confirmed * (rng.next() - 0.6) * 0.3);
      return { initial: confirmed - adjustment, adjustment, confirmed, executed };
    };
    const basic = line(basicAll);
    const fiscal = line(projectGpb);
    const other = line(projectAll - projectGpb);
    const add = (a: typeof basic, b: typeof basic) => ({ initial: a.initial + b.initial, adjustment: a.adjustment + b.adjustment, confirmed: a.confirmed + b.confirmed, executed: a.executed + b.executed });
    const project = add(fiscal, other);
    const total = add(basic, project);
    const rows: [string, Out, Out, typeof basic][] = [
      ["total", "年度资金总额", "", total],
      ["basic", "基本支出", "", basic],
      ["project", "项目支出", "", project],
      ["project.fiscal", "", "其中:财政拨款", fiscal],
      ["project.other", "", "其他资金", other],
    ];
    for (const [key, b, cLabel, v] of rows) {
      // 执行率(%) as a plain number with two decimals, as the seed shows it (97.54).
      const rate: Out = v.confirmed === 0 ? null : { v: Number(divHalfUp(BigInt(v.executed) * 10000n, BigInt(v.confirmed))) / 100, f: "0.00" };
      const r = s.row(["", b, cLabel, amt(v.initial, "-"), amt(v.adjustment, "-"), amt(v.confirmed, "-"), amt(v.executed, "-"), rate, ""]);
      s.put(`附表14:${key}:initialBudget`, r, 3, v.initial);
      s.put(`附表14:${key}:adjustment`, r, 4, v.adjustment);
      s.put(`附表14:${key}:confirmedBudget`, r, 5, v.confirmed);
      s.put(`附表14:${key}:executed`, r, 6, v.executed);
      s.put(`附表14:${key}:rate`, r, 7);
    }
    s.row(["部门年度目标", "围绕年度重点工作，推动工业经济稳定增长，提升产业发展质量。", "", "", "", "", "", "", ""]);
    s.row(["部门整体支出绩效指标", "", "", "", "", "", "", "", ""]);
    s.row(["绩效指标", "", "", "指标性质", "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施", ""]);
    s.row(["一级指标", "二级指标", "三级指标", "", "", "", "", "", ""]);
    const indicators: Out[][] = [
      ["产出指标", "数量指标", "培育省级及以上绿色工厂(园区)", ">=", 2, "个", 3, "无", ""],
      ["", "数量指标", "新增规模以上工业企业", ">=", 50, "户", 56, "无", ""],
      ["", "质量指标", "项目验收合格率", ">=", 95, "%", { v: 0.98, f: "0%" }, "无", ""],
      ["效益指标", "经济效益指标", "规模以上工业增加值增速", ">=", 8, "%", { v: 0.091, f: "0.0%" }, "无", ""],
      ["", "社会效益指标", "安全事故发生率", "=", 0, "%", { v: 0, f: "0%" }, "无", ""],
      ["满意度指标", "服务对象满意度指标", "服务企业满意度", ">=", 90, "%", { v: 0.95, f: "0%" }, "无", ""],
    ];
    for (const ind of indicators) s.row(ind);
    s.row(["其他需说明事项", "无", "", "", "", "", "", "", ""]);
    s.row(["备注:1.涉密部门和涉密信息按保密规定不公开。", "", "", "", "", "", "", "", ""]);
    s.row(["2.一级指标包含产出指标、效益指标、满意度指标,二级指标和三级指标根据项目实际情况设置。", "", "", "", "", "", "", "", ""]);
  }

  // ---- 附表15 项目支出绩效自评表 ----
  const cards: { sheet: string; qualitative: string; qualitativeWeight: number; qualitativeScore: number; grade: string; total: number }[] = [];
  const executedParts = split(projectAll - opts.scorecards, opts.scorecards, rng).map((x) => x + 1);
  for (let k = 1; k <= opts.scorecards; k++) {
    const sheet = `附表15-${k}`;
    const s = book.sheet(sheet);
    const executed = executedParts[k - 1];
    const full = executed + (rng.chance(0.5) ? 0 : Math.round(executed * rng.next() * 0.4));
    const initial = Math.max(0, full + Math.round(full * (rng.next() - 0.5) * 0.4));
    const rateWeight = 1000; // 10.00
    const rateScore = Number(divHalfUp(BigInt(rateWeight) * BigInt(Math.min(executed, full)), BigInt(full)));
    s.row([sheet]);
    s.row();
    s.row([`${opts.year}年度项目支出绩效自评表`, "", "", "", "", "", "", "", "", ""]);
    s.row(["项目名称", `${opts.year}年${rng.pick(["产业发展", "工业经济运行", "中小企业服务", "信息化建设", "节能监察", "人才培训"])}专项经费（${k}）`, "", "", "", "", "", "", "", ""]);
    const d = s.row(["主管部门", opts.department, "", "", "实施单位", opts.department, "", "", "", ""]);
    s.put(`${sheet}:department`, d, 1);
    s.row(["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注", ""]);
    const rate = percentOf(executed, full);
    let r = s.row(["", "年度资金总额", amt(initial, "0"), amt(full), amt(executed), amt(rateWeight), rate, amt(rateScore, "0"), "", ""]);
    (["initialBudget", "fullBudget", "executed", "weight", "rate", "score"] as const).forEach((key, j) => s.put(`${sheet}:fund.total:${key}`, r, 2 + j, [initial, full, executed, rateWeight, undefined, rateScore][j]));
    s.row(["", "其中：当年财政拨款", amt(initial, "0"), amt(full), amt(executed), "", rate, "", "", ""]);
    s.row(["", "上年结转资金", "", "", "", "", "", "", "", ""]);
    s.row(["", "其他资金", "", "", "", "", "", "", "", ""]);
    s.row(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "", "", ""]);
    s.row(["", "按计划完成项目建设任务，资金使用规范，服务对象满意。", "", "", "项目按计划实施，资金使用规范。", "", "", "", "", ""]);
    s.row(["项目支出绩效指标表", "", "", "", "", "", "", "", "", ""]);
    s.row(["绩效指标", "", "", "年度指标值", "", "", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    s.row(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", "", ""]);

    // Indicators: [一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值 (shown), 分值 (cents), 得分 (cents)].
    const quantity = rng.int(2, 20);
    const quantityActual = rng.chance(0.8) ? quantity : quantity - 1;
    const quality = rng.int(85, 100); // % against ≥ 95
    const cost = rng.int(10, 18); // % against ≤ 15
    const satisfaction = rng.int(85, 99); // % against ≥ 90
    const qualitativeScore = rng.pick([850, 900]);
    const ratioScore = (weight: number, num: number, den: number) => Number(divHalfUp(BigInt(weight) * BigInt(num), BigInt(den)));
    const indicators: [string, string, string, string, Out, string, Out, number, number][] = [
      ["产出指标", "数量指标", "项目完成数量", "=", quantity, "个", quantityActual, 2000, quantityActual >= quantity ? 2000 : ratioScore(2000, quantityActual, quantity)],
      ["", "质量指标", "验收合格率", ">=", 95, "%", { v: quality / 100, f: "0%" }, 2000, quality >= 95 ? 2000 : ratioScore(2000, quality, 95)],
      ["", "成本指标", "成本控制率", "<=", 15, "%", { v: cost / 100, f: "0%" }, 1000, cost <= 15 ? 1000 : ratioScore(1000, 15, cost)],
      ["效益指标", "社会效益指标", "安全事故发生率", "=", 0, "%", { v: 0, f: "0%" }, 2000, 2000],
      ["", "经济效益指标", "带动相关产业发展", "定性", "好", "等级", "达成", 1000, qualitativeScore],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 90, "%", { v: satisfaction / 100, f: "0%" }, 1000, satisfaction >= 90 ? 1000 : ratioScore(1000, satisfaction, 90)],
    ];
    let total = rateScore;
    indicators.forEach(([l1, l2, l3, nature, target, unit, actual, weight, score], i) => {
      const reason = score < weight ? "偏差原因：实际完成值未达年度指标值；改进措施：加强过程管理，科学设定绩效目标。" : "无";
      r = s.row([l1, l2, l3, nature, target, unit, actual, amt(weight), amt(score, "0"), reason]);
      s.put(`${sheet}:ind${i + 1}:weight`, r, 7, weight);
      s.put(`${sheet}:ind${i + 1}:score`, r, 8, score);
      s.put(`${sheet}:ind${i + 1}:level3`, r, 2);
      total += score;
    });
    s.row(["其他需要说明的事项", "", "无", "", "", "", "", "", "", ""]);
    const grade = total >= 9000 ? "优" : total >= 8000 ? "良" : total >= 6000 ? "中" : "差";
    r = s.row(["总分", "", "", "", "", "", "", amt(10000), amt(total, "0"), grade]);
    s.put(`${sheet}:total:weight`, r, 7, 10000);
    s.put(`${sheet}:total:score`, r, 8, total);
    s.put(`${sheet}:total:grade`, r, 9);
    s.row();
    s.row(["备注："]);
    s.row();
    s.row(["1. 涉密部门和涉密信息按保密规定不公开。"]);
    s.row(["2. 一级指标包含产出指标、效益指标、满意度指标，二级指标和三级指标根据项目实际情况设置。"]);
    s.row(["3. 全年预算数=年初预算数+调整预算（年度新增项目）。"]);
    cards.push({ sheet, qualitative: "ind5", qualitativeWeight: 1000, qualitativeScore, grade, total });
  }

  const parents = [...new Set(leaves.flatMap((l) => [l.code.slice(0, 3), l.code.slice(0, 5)]))];
  return {
    grid: { sheets: book.sheets.map((s) => s.build()) },
    options: opts,
    cells: book.cells,
    cents: book.cents,
    leaves: leaves.map((l) => l.code),
    parents,
    scorecards: cards,
  };
}

/** The cell of a key, or an error naming the key (a typo in a test should say so). */
export function cellAt(wb: ConsistentWorkbook, key: string): CellRef {
  const ref = wb.cells.get(key);
  if (!ref) throw new Error(`consistent workbook: no cell "${key}"`);
  return ref;
}

/** The cents of an amount key. */
export function centsAt(wb: ConsistentWorkbook, key: string): number {
  const v = wb.cents.get(key);
  if (v === undefined) throw new Error(`consistent workbook: no amount "${key}"`);
  return v;
}

/** Cents as the decimal string findings carry ("1234.50"). */
export function money(cents: number): string {
  return new Decimal(cents).dividedBy(100).toFixed(2);
}
