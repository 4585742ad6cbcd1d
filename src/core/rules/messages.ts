// Message templates are data; rendering is strict: an unknown message id or an unfilled placeholder is a
// programming mistake and throws (the rule tests catch it), never a half-rendered sentence for users.

import { RuleMeta } from "./rule";

export function fillTemplate(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return v;
  });
}

export function renderMessage(meta: RuleMeta, messageId: string, data: Readonly<Record<string, string>>): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return fillTemplate(template, data);
}

/** Appended to numeric messages: whether rounding explains the difference. */
export function roundingSuffix(broken: boolean, allowed: string): string {
  if (/^0(\.0*)?$/.test(allowed)) return ""; // figures that must agree exactly
  return broken ? `（超出尾数误差 ±${allowed}）` : `（在尾数误差 ±${allowed} 以内）`;
}

/** Placeholders a template uses, for the catalogue tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
