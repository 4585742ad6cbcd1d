// docs/rules.md, generated from the rule catalogue (as linters document every rule): per rule id its severity,
// what it checks, the tables it reads, the template packs it applies to, its messages and one example message.
// Pure: the catalogue and the packs in, Markdown out. scripts/rules-doc.mjs writes it; a test fails when stale.

import { Severity } from "../findings/finding";
import { KIND_NAMES } from "../packs/identify";
import { PACKS } from "../packs/index";
import { KIND_ORDER, TableKind, TemplatePack } from "../packs/model";
import { LabelOf, withLabels } from "./labels";
import { fillTemplate, roundingSuffix } from "./messages";
import { RULES } from "./registry";
import { lexiconReference } from "../narrative/reference";
import { Rule, TableNeed } from "./rule";
import { ToleranceMode } from "./tolerance";

const SEVERITY: Readonly<Record<Severity, string>> = { error: "错误（error）", warning: "提示（warning）", info: "尾数（info）" };

const TOLERANCE: Readonly<Record<ToleranceMode | "none", string>> = {
  interval: "按尾数区间比较：差额在各数显示位数的舍入范围内时记为尾数（info），不算错误；同一数字在两张表中列示时须完全一致",
  exact: "两边应完全一致（同一数字在两处列示）",
  none: "不涉及金额运算",
};

/** The kinds a pack's set lists. */
function kindsOf(pack: TemplatePack): Set<TableKind> {
  return new Set(pack.tables.map((t) => t.kind));
}

/** A rule applies to a pack whose set has every table the rule needs (an entry of several kinds: any one of them). */
export function appliesTo(rule: Rule, pack: TemplatePack): boolean {
  const kinds = kindsOf(pack);
  return rule.meta.tables.every((need) => (typeof need === "string" ? kinds.has(need) : need.some((k) => kinds.has(k))));
}

/** Table labels as the pack numbers them ("公开05"), by name where the pack has no number for the kind. */
function packLabels(pack: TemplatePack | undefined): LabelOf {
  return (kind) => {
    const n = pack?.tables.find((t) => t.kind === kind)?.number;
    return pack && n !== undefined ? pack.label(n) : KIND_NAMES[kind];
  };
}

function needText(need: TableNeed): string {
  if (typeof need === "string") return KIND_NAMES[need];
  if (KIND_ORDER.every((k) => need.includes(k))) return "任一张公开表或绩效自评表";
  return need.map((k) => KIND_NAMES[k]).join("或");
}

/** The example message, rendered as a finding shows it (table labels of the first pack the rule applies to). */
export function exampleMessage(rule: Rule, packs: readonly TemplatePack[] = PACKS): string {
  const { example } = rule.meta;
  const id = example.messageId ?? Object.keys(rule.meta.messages)[0];
  const template = rule.meta.messages[id];
  if (template === undefined) throw new Error(`rule ${rule.meta.id}: its example names no message of its own ("${id}")`);
  const labels = packLabels(packs.find((p) => appliesTo(rule, p)));
  const text = withLabels(fillTemplate(template, example.data), labels);
  return example.allowed === undefined ? text : text + roundingSuffix(true, example.allowed);
}

/** GitHub's heading anchor for a rule id ("cross.gpb-basic" → "crossgpb-basic"). */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
}

/** Markdown table cells hold no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function rulesReference(rules: readonly Rule[] = RULES, packs: readonly TemplatePack[] = PACKS): string {
  const packNames = (rule: Rule) => packs.filter((p) => appliesTo(rule, p)).map((p) => p.name);
  const out: string[] = [];
  out.push(
    "# 校验规则一览",
    "",
    "<!-- Generated from the rule catalogue (src/core/rules/registry.ts) by `npm run rules-doc`: do not edit by hand. -->",
    "<!-- test/rules/rules-doc.test.ts fails while this file differs from what the catalogue generates. -->",
    "",
    "Every rule checks one identity family; its id is the `rule` of each finding it reports (JSON output, the pane's",
    "list), so findings can be filtered by it, and `check` names the message within the rule. This page is generated",
    "from the catalogue itself (`npm run rules-doc`); a test fails when it is stale.",
    "",
    "- **严重程度**：规则的恒等式不成立（超出尾数误差）时报告的级别。只差尾数的记为尾数（info），不算错误。",
    "- **适用模板**：模板（template pack）的表集中含有规则所需的每一张表时，规则适用于该模板（列为“甲或乙”的，有其一即可）。",
    "  在具体工作簿中，规则只检查实际存在的表和列；缺少模板要求的表由 `completeness` 报告。",
    "- **消息**：`check` 为消息的 id；模板中 `{name}` 为参数，`{@kind}` 为该种表在工作簿中的编号（如 `{@gpb}` → 公开05）。",
    "- **示例消息**：用虚构的数字和单元格渲染一条消息模板，表号取规则适用的第一个模板的编号。",
    "",
    `共 ${rules.length} 条规则，模板：${packs.map((p) => `${p.name}（\`${p.id}\`）`).join("、")}。`,
    "",
    "| 规则 | 严重程度 | 适用模板 | 检查内容 |",
    "| --- | --- | --- | --- |",
  );
  for (const rule of rules) {
    const m = rule.meta;
    const ids = packs.filter((p) => appliesTo(rule, p)).map((p) => `\`${p.id}\``);
    out.push(`| [\`${m.id}\`](#${anchor(m.id)}) | ${m.severity} | ${cell(ids.join(" ") || "—")} | ${cell(m.description)} |`);
  }
  for (const rule of rules) {
    const m = rule.meta;
    out.push(
      "",
      `## ${m.id}`,
      "",
      m.description,
      "",
      `- 严重程度：${SEVERITY[m.severity]}`,
      `- 所需的表：${m.tables.map(needText).join("；")}`,
      `- 适用模板：${packNames(rule).join("、") || "（当前没有模板含有所需的全部表）"}`,
      `- 比较方式：${TOLERANCE[m.tolerance]}`,
      `- 消息（\`check\`）：`,
      ...Object.entries(m.messages).map(([id, template]) => `  - \`${id}\`：${template}`),
      "",
      "示例消息：",
      "",
      `> ${exampleMessage(rule, packs)}`,
    );
  }
  return out.join("\n") + "\n" + lexiconReference();
}
