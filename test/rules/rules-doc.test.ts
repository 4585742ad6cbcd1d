// docs/rules.md is generated from the catalogue (npm run rules-doc) and documents every rule, as linters do: this
// fails while the file is stale. Descriptions speak of tables by meaning, and every rule has an example message.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKS } from "../../src/core/packs/index";
import { appliesTo, exampleMessage, rulesReference } from "../../src/core/rules/reference";
import { RULES } from "../../src/core/rules/registry";
import { SUBJECTS } from "../../src/core/narrative/lexicon";

const DOC = path.join(__dirname, "../../docs/rules.md");

test("docs/rules.md is what the catalogue generates (run `npm run rules-doc` after changing a rule or a pack)", () => {
  const current = readFileSync(DOC, "utf8");
  const generated = rulesReference();
  if (current !== generated) {
    const a = current.split("\n");
    const b = generated.split("\n");
    const i = a.findIndex((line, n) => line !== b[n]);
    throw new Error(`docs/rules.md is stale: run npm run rules-doc\nfirst difference at line ${i + 1}:\n  file:      ${a[i]}\n  generated: ${b[i]}`);
  }
});

test("the reference has a section per rule id, in catalogue order, then the narrative lexicon", () => {
  const headings = readFileSync(DOC, "utf8").split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
  expect(headings).toEqual([...RULES.map((r) => r.meta.id), "情况说明词表"]);
});

test("the lexicon section lists every subject of the lexicon by id", () => {
  const lexicon = readFileSync(DOC, "utf8").split("## 情况说明词表")[1];
  const missing = SUBJECTS.filter((s) => !lexicon.includes(`| \`${s.id}\` |`)).map((s) => s.id);
  expect(missing).toEqual([]);
  expect(SUBJECTS.length).toBeGreaterThan(25);
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (_id, rule) => {
  test("its description names tables by meaning: no {@kind} placeholder, no table number", () => {
    expect(rule.meta.description).not.toMatch(/\{@|公开\d|附表\d|表[\d一二三四五六七八九十]+(?![\u4e00-\u9fa5])/);
  });

  test("its example renders fully, with table labels from {@kind} (never a typed table number)", () => {
    const text = exampleMessage(rule);
    expect(text).not.toMatch(/\{/);
    for (const v of Object.values(rule.meta.example.data)) expect(v).not.toMatch(/公开\d\d/);
  });

  test("it applies to at least one template pack", () => {
    expect(PACKS.filter((p) => appliesTo(rule, p)).length).toBeGreaterThan(0);
  });
});

test("a rule applies to a pack that has every table it needs (an alternative: any one of them)", () => {
  const byId = (id: string) => RULES.find((r) => r.meta.id === id)!;
  const pack = (id: string) => PACKS.find((p) => p.id === id)!;
  // 全国 has no 项目支出 table by 经济分类, no 财政拨款“三公” table and no 资产 table.
  expect(appliesTo(byId("cross.gpb-project"), pack("national"))).toBe(false);
  expect(appliesTo(byId("cross.three-public-tables"), pack("national"))).toBe(false);
  expect(appliesTo(byId("sum.assets"), pack("national"))).toBe(false);
  // …but its 三公 table against the 基本支出 table's 经济分类 is checked.
  expect(appliesTo(byId("cross.three-public-economic"), pack("national"))).toBe(true);
  expect(appliesTo(byId("cross.gpb-basic"), pack("national"))).toBe(true);
  for (const p of PACKS) expect(appliesTo(byId("completeness"), p)).toBe(true);
});
