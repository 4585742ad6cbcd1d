// No identity is written twice: every 填充 formula of both samples (云南 and 全国) comes from a statement of
// identities/tables.ts — the statements the checker uses — and removing one statement removes both its check (a
// planted fault is no longer found) and its fill (its cells are no longer derived). The engine is loaded in
// isolation with identities/tables mocked (jest.isolateModulesAsync + doMock): once afresh with one statement
// removed (三公 车 小计, by hand), and once over a list swapped statement by statement (every statement).
import { cellKey, CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/findings/finding";
import { AcrossIdentity, DownIdentity, ruleOf, TableIdentities } from "../../src/core/identities/model";
import { CODE_TABLES, TABLE_IDENTITIES } from "../../src/core/identities/tables";
import { blankableDerivedCells } from "./blanking";
import { cellValue, setCell } from "../helpers/consistent-workbook-edit";
import { loadNationalGrid } from "../helpers/national";
import { loadSampleGrid } from "../helpers/sample";
import { PublicKind } from "../../src/core/tables/model";

type Identities = Partial<Record<PublicKind, TableIdentities>>;

interface Core {
  analyze: typeof import("../../src/core/engine").analyze;
  derivationsOf: typeof import("../../src/core/fill/plan").derivationsOf;
  planFill: typeof import("../../src/core/fill/plan").planFill;
  bindWorkbook: typeof import("../../src/core/tables/bind").bindWorkbook;
}

const IDENTITIES_MODULE = "../../src/core/identities/tables";

/** The engine (checker and 填充) loaded afresh over the statements `identities()` gives whenever it reads them. */
async function coreOver(identities: () => Identities): Promise<Core> {
  let core: Core | undefined;
  await jest.isolateModulesAsync(async () => {
    jest.doMock(IDENTITIES_MODULE, () => ({
      ...jest.requireActual(IDENTITIES_MODULE),
      __esModule: true,
      get TABLE_IDENTITIES() {
        return identities();
      },
    }));
    const engine = await import("../../src/core/engine");
    const plan = await import("../../src/core/fill/plan");
    const bind = await import("../../src/core/tables/bind");
    core = { analyze: engine.analyze, derivationsOf: plan.derivationsOf, planFill: plan.planFill, bindWorkbook: bind.bindWorkbook };
  });
  jest.dontMock(IDENTITIES_MODULE);
  return core!;
}

/** The engine loaded afresh over fixed statements. */
const coreWith = (identities: Identities) => coreOver(() => identities);

// ---- the statements, one by one ------------------------------------------------------------------------

interface Statement {
  readonly name: string;
  readonly kind: PublicKind;
  /** The rule (identity family) that checks it. */
  readonly rule: string;
  /** Whether 填充 writes it (false: checked only). */
  readonly fills: boolean;
  /** The identities without this statement. */
  readonly without: Identities;
  /** For a checked-only statement: where a fault breaks it (its total) and the columns it needs. */
  readonly total?: { row: string; col: string; needs: readonly string[] };
}

function withSpec(kind: PublicKind, spec: TableIdentities): Identities {
  return { ...TABLE_IDENTITIES, [kind]: spec };
}

function statements(): Statement[] {
  const out: Statement[] = [];
  for (const [kind, spec] of Object.entries(TABLE_IDENTITIES) as [PublicKind, TableIdentities][]) {
    const usual = CODE_TABLES.includes(kind) ? "row.code-tables" : `sum.${kind}`;
    (spec.down ?? []).forEach((d: DownIdentity, i) =>
      out.push({
        name: `${kind} down: ${d.what} [${d.cols.join(",")}]`,
        kind,
        rule: ruleOf(d, usual),
        fills: d.fill !== false,
        without: withSpec(kind, { ...spec, down: spec.down!.filter((_, j) => j !== i) }),
        total: { row: d.total, col: d.cols[0], needs: [d.cols[0], d.partCol ?? d.cols[0]] },
      }),
    );
    (spec.across ?? []).forEach((a: AcrossIdentity, i) =>
      out.push({
        name: `${kind} across: ${a.total} = ${a.parts.join(" + ")}`,
        kind,
        rule: ruleOf(a, usual),
        fills: a.fill !== false,
        without: withSpec(kind, { ...spec, across: spec.across!.filter((_, j) => j !== i) }),
        total: { row: "total", col: a.total, needs: [a.total, ...a.parts.map((p) => p.replace(/^-/, ""))] },
      }),
    );
    if (spec.codeHierarchy) out.push({ name: `${kind} codeHierarchy`, kind, rule: "hierarchy.functional", fills: true, without: withSpec(kind, { ...spec, codeHierarchy: false }) });
    if (spec.economic) out.push({ name: `${kind} economic`, kind, rule: "hierarchy.economic", fills: true, without: withSpec(kind, { ...spec, economic: false }) });
  }
  return out;
}

const STATEMENTS = statements();

// ---- derivations by what they compute -------------------------------------------------------------------

/**
 * A derivation by what it computes: its cell and the cells its formula reads. Two statements giving the very same
 * formula would be one identity written twice: removing either would leave it, and it would count as unattributed.
 */
const keyOf = (d: { cell: CellRef; inputs: readonly CellRef[] }) => `${cellKey(d.cell)} = ${d.inputs.map(cellKey).join(",")}`;

function publicDerivations(core: Core, grid: Grid): Map<string, { cell: CellRef; table: string }> {
  const bound = core.bindWorkbook(grid);
  const publicLabels = new Set(bound.tables.filter((t) => "rows" in t).map((t) => t.id));
  const out = new Map<string, { cell: CellRef; table: string }>();
  for (const d of core.derivationsOf(grid, bound)) if (publicLabels.has(d.table)) out.set(keyOf(d), { cell: d.cell, table: d.table });
  return out;
}

/** A fault beyond any 尾数: the cell's figure raised by 100 (a blank or a dash becomes 100), its format kept. */
function planted(grid: Grid, cell: CellRef): Grid {
  const { value, format } = cellValue(grid, cell);
  const n = typeof value === "number" ? value : typeof value === "string" && /^[\d,.-]+$/.test(value.trim()) && value.trim() !== "-" ? Number(value.replace(/,/g, "")) : 0;
  return setCell(grid, cell, (Number.isFinite(n) ? n : 0) + 100, format);
}

const findingKey = (f: Finding) => `${f.rule} ${f.check} ${cellKey(f.cell)} ${f.expected}/${f.actual} ${f.message}`;

// ---- the samples ------------------------------------------------------------------------------------------

interface Sample {
  readonly name: string;
  readonly grid: Grid;
  /** Every public derivation with the full statements. */
  readonly full: Map<string, { cell: CellRef; table: string }>;
}

/** The statements the swappable engine reads now. */
let current: Identities = TABLE_IDENTITIES;
/** The engine over `current`: full unless a test swaps a statement out (see without). */
let core: Core;
const samples: Sample[] = [];

beforeAll(async () => {
  core = await coreOver(() => current);
  for (const [name, whole] of [["云南", await loadSampleGrid()], ["全国", await loadNationalGrid()]] as const) {
    // The 公开 tables' sheets only: the scorecards have no statements here, and reading them would only take time.
    const publicSheets = new Set(core.bindWorkbook(whole).tables.filter((t) => "rows" in t).map((t) => t.sheet));
    const grid = { sheets: whole.sheets.filter((sh) => publicSheets.has(sh.name)) };
    samples.push({ name, grid, full: publicDerivations(core, grid) });
  }
}, 60_000);

/** `f` run with one statement removed from what both the checker and 填充 read. */
function without<T>(statement: Statement, f: () => T): T {
  current = statement.without;
  try {
    return f();
  } finally {
    current = TABLE_IDENTITIES;
  }
}

const fills = new Map<string, Map<string, { cell: CellRef; table: string }>>();

/** The derivations that disappear when a statement is removed: its fill. */
function fillOf(statement: Statement, sample: Sample): Map<string, { cell: CellRef; table: string }> {
  const key = `${sample.name} ${statement.name}`;
  let fill = fills.get(key);
  if (!fill) {
    const rest = without(statement, () => publicDerivations(core, sample.grid));
    fill = new Map([...sample.full].filter(([k]) => !rest.has(k)));
    fills.set(key, fill);
  }
  return fill;
}

test("the loader really swaps the statements: with none, 填充 derives nothing in a 公开 table", async () => {
  const none = await coreWith({});
  for (const s of samples) {
    expect(s.full.size).toBeGreaterThan(50);
    expect(publicDerivations(none, s.grid).size).toBe(0);
  }
});

test("every 填充 formula of a 公开 table in both samples comes from one statement: removing it removes the formula", () => {
  for (const sample of samples) {
    const attributed = new Set<string>();
    for (const s of STATEMENTS) for (const k of fillOf(s, sample).keys()) attributed.add(k);
    expect({ sample: sample.name, unattributed: [...sample.full.keys()].filter((k) => !attributed.has(k)) }).toEqual({ sample: sample.name, unattributed: [] });
  }
});

test("填充 on the samples with their derived cells blanked writes only cells some statement derives", () => {
  for (const sample of samples) {
    const plan = core.planFill(sample.grid);
    const derived = [...plan.kept, ...plan.writes, ...plan.conflicts].map((k) => k.cell);
    const { cells } = blankableDerivedCells(sample.grid, derived);
    const blank = cells.reduce((g, c) => setCell(g, c, null, cellValue(g, c).format), sample.grid);
    const stated = new Set([...sample.full.values()].map((d) => cellKey(d.cell)));
    const tables = new Set([...sample.full.values()].map((d) => d.table));
    const writes = core.planFill(blank).writes.filter((w) => tables.has(w.table));
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.map((w) => cellKey(w.cell)).filter((k) => !stated.has(k))).toEqual([]);
  }
});

/** How many samples exercise each statement (a fault there is found, and gone with the statement). */
const exercised = new Map<string, number>();

describe.each(STATEMENTS.map((s) => [s.name, s] as const))("%s", (_name, statement) => {
  test(statement.fills ? "removing it removes its fill and its check" : "it is checked only: no fill; removing it removes its check", () => {
    let checked = 0;
    for (const sample of samples) {
      const fill = fillOf(statement, sample);
      if (!statement.fills) expect([...fill.keys()]).toEqual([]);
      const bound = core.bindWorkbook(sample.grid);
      const table = bound.tables.find((t) => t.kind === statement.kind && "rows" in t);
      // Where a fault breaks it: its filled cells, or (checked only) its total where the table has its columns.
      const candidates = [...fill.values()].map((d) => d.cell);
      const total = statement.total;
      if (!statement.fills && total && table && "rows" in table && total.needs.every((k) => table.columns.some((c) => c.key === k))) {
        const row = table.rows.find((r) => r.key === total.row) ?? table.rows.find((r) => r.kind === "total");
        if (row?.cells[total.col]) candidates.push(row.cells[total.col].ref);
      }
      // A planted figure must not change how the table is read (a 合计 row's first figure of 179.98 would read as code 179).
      const shape = (g: Grid, sheet: string) => core.bindWorkbook(g).tables.filter((t) => t.sheet === sheet).map((t) => ("rows" in t ? t.rows.map((r) => r.key).join(",") : t.kind)).join("|");
      const cell = candidates.find((c) => shape(planted(sample.grid, c), c.sheet) === shape(sample.grid, c.sheet));
      if (!cell) continue;
      const faulty = planted(sample.grid, cell);
      const before = new Set(without(statement, () => core.analyze(faulty)).findings.map(findingKey));
      const gone = core.analyze(faulty).findings.filter((f) => !before.has(findingKey(f)) && f.severity !== "info");
      // Its finding involves the faulty cell and belongs to the family that checks the statement.
      expect({ sample: sample.name, cell: cellKey(cell), found: gone.some((f) => f.rule === statement.rule && f.cells.some((c) => cellKey(c) === cellKey(cell))) }).toEqual({
        sample: sample.name,
        cell: cellKey(cell),
        found: true,
      });
      checked++;
    }
    exercised.set(statement.name, checked);
  });
});

/**
 * Statements neither sample exercises: both samples leave 政府性基金 and 国有资本经营 empty (the same statements hold
 * for 一般公共预算, where they are exercised), and no sample layout has the 年初 结转/结余 split.
 */
const UNUSED = [
  "gpb across: carry.in.total = carry.in.carry + carry.in.surplus",
  "gpb across: carry.out.total = carry.out.carry + carry.out.surplus",
  // The national layout's 年末 = 年初 + 收入 − 支出 is exercised on the empty tables' 合计 row.
  ...STATEMENTS.filter((s) => (s.kind === "fund" || s.kind === "capital") && !s.name.endsWith("carry.out.total = carry.in.total + income.total + -out.total")).map((s) => s.name),
];

test("every statement is exercised by a sample, except those listed (and said why)", () => {
  expect(exercised.size).toBe(STATEMENTS.length);
  expect(STATEMENTS.filter((s) => !exercised.get(s.name)).map((s) => s.name)).toEqual(UNUSED);
});

test("三公 车 小计, by hand: removed, the planted fault is no longer found and 车 小计 is no longer filled", async () => {
  const spec = TABLE_IDENTITIES["three-public-gpb"]!;
  const car = spec.down!.find((d) => d.total === "car")!;
  const without = await coreWith({ ...TABLE_IDENTITIES, "three-public-gpb": { ...spec, down: spec.down!.filter((d) => d !== car) } });
  const national = samples.find((s) => s.name === "全国")!;
  // The national 三公 table lies across one row: 决算数 车 小计 I7 = 购置费 J7 + 运行维护费 K7; 预算数 C7 = D7 + E7.
  const at = (a1: string): CellRef => ({ sheet: "Sheet7", row: 6, col: a1.charCodeAt(0) - 65 });
  const fault = setCell(national.grid, at("J7"), 1, "#,##0.00");
  const what = "公务用车购置及运行维护费应等于购置费 + 运行维护费";
  const found = core.analyze(fault).findings.filter((f) => f.rule === "sum.three-public-gpb" && f.data.what === what);
  expect(found.map((f) => f.cells.map(cellKey).sort())).toEqual([["Sheet7!I7", "Sheet7!J7", "Sheet7!K7"]]);
  expect(without.analyze(fault).findings.filter((f) => f.data.what === what)).toEqual([]);
  const filled = (core: Core) => [...publicDerivations(core, national.grid).values()].map((d) => cellKey(d.cell));
  expect(filled(core)).toEqual(expect.arrayContaining(["Sheet7!C7", "Sheet7!I7"]));
  expect(filled(without)).not.toContain("Sheet7!C7");
  expect(filled(without)).not.toContain("Sheet7!I7");
  // …and the 合计 still is: only that statement went.
  expect(filled(without)).toEqual(expect.arrayContaining(["Sheet7!A7", "Sheet7!G7"]));
});
