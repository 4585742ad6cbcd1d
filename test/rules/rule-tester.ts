// A strict tester for one rule, after ESLint's: valid cases must report nothing above 尾数, invalid cases must
// report exactly the listed findings (check, cell, severity, numbers) in order; the bound workbook is
// deep-frozen, so a rule that mutates its input fails; duplicate case names fail.
import { cellA1 } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { Severity } from "../../src/core/findings/finding";
import { runRules } from "../../src/core/rules/evaluate";
import { CheckOptions, Rule } from "../../src/core/rules/rule";
import { bindWorkbook } from "../../src/core/tables/bind";

export interface ExpectedFinding {
  check: string;
  /** "Sheet!A1" of the primary cell. */
  at: string;
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  message?: RegExp;
}

export interface RuleCases {
  valid: { name: string; grid: Grid; options?: CheckOptions }[];
  /**
   * Invalid cases list every finding above 尾数, or every finding at all with includeInfo. Rules `alongside` run
   * too, as the engine runs them, without their findings being compared: a broken identity's primary cell is the
   * cell shared by the most broken identities, of whichever family.
   */
  invalid: { name: string; grid: Grid; options?: CheckOptions; findings: ExpectedFinding[]; includeInfo?: boolean; alongside?: readonly Rule[] }[];
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

function run(rule: Rule, grid: Grid, options?: CheckOptions, alongside: readonly Rule[] = []) {
  const bound = deepFreeze(bindWorkbook(grid));
  const problems = bound.tables.flatMap((t) => t.problems.map((p) => `${t.id}: ${p.message}`));
  if (problems.length) throw new Error(`the test grid does not bind cleanly:\n${problems.join("\n")}`);
  return runRules(bound, [rule, ...alongside], options).filter((f) => f.rule === rule.meta.id);
}

export function testRule(rule: Rule, cases: RuleCases): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  if (dupes.length) throw new Error(`duplicate case names: ${dupes.join(", ")}`);

  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      test(`valid: ${c.name}`, () => {
        const found = run(rule, c.grid, c.options).filter((f) => f.severity !== "info");
        expect(found.map((f) => `${f.check}@${f.sheet}!${cellA1(f.cell)}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${c.name}`, () => {
        if (c.findings.length === 0) throw new Error("an invalid case must expect at least one finding");
        const found = run(rule, c.grid, c.options, c.alongside).filter((f) => c.includeInfo || f.severity !== "info");
        const actual = found.map((f, i) => {
          const want = c.findings[i];
          const got: Record<string, unknown> = { check: f.check, at: `${f.sheet}!${cellA1(f.cell)}` };
          if (want?.severity) got.severity = f.severity;
          if (want?.expected !== undefined) got.expected = f.expected;
          if (want?.actual !== undefined) got.actual = f.actual;
          if (want?.difference !== undefined) got.difference = f.difference;
          if (want?.message) expect(f.message).toMatch(want.message);
          return got;
        });
        expect(actual).toEqual(c.findings.map(({ message: _m, ...rest }) => rest));
      });
    }
  });
}
