// The catalogue itself: ids unique and stable in form, every zh-CN template has an English twin with the
// same placeholders, every rule has a test that names it, and no rule changes its (deep-frozen) input.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules/registry";
import { placeholders } from "../../src/core/rules/messages";
import { runRules } from "../../src/core/rules/evaluate";
import { bindWorkbook } from "../../src/core/tables/bind";
import { loadSampleGrid } from "../helpers/sample";

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

test("rule ids are unique and of the form family.name", () => {
  const ids = RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z0-9-]+)?$/);
});

test.each(RULES.map((r) => [r.meta.id, r] as const))("%s: every message has an English twin with the same placeholders", (_id, rule) => {
  const zh = rule.meta.messages;
  const en = rule.meta.messagesEn;
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const k of Object.keys(zh)) expect(placeholders(en[k])).toEqual(placeholders(zh[k]));
  expect(rule.meta.description.length).toBeGreaterThan(5);
  expect(rule.meta.tables.length).toBeGreaterThan(0);
});

test("every rule id is asserted by some test in test/rules", () => {
  const dir = __dirname;
  const text = readdirSync(dir).filter((f) => f.endsWith(".test.ts") && f !== path.basename(__filename)).map((f) => readFileSync(path.join(dir, f), "utf8")).join("\n");
  const untested = RULES.map((r) => r.meta.id).filter((id) => !text.includes(`"${id}"`));
  expect(untested).toEqual([]);
});

test("rules never change the bound workbook (it is deep-frozen)", async () => {
  const wb = deepFreeze(bindWorkbook(await loadSampleGrid()));
  expect(() => runRules(wb, RULES)).not.toThrow();
});
