// Entry point of the scorecard templates: one function per kind, one that dispatches on the kind.

import { deptTemplate } from "./dept";
import { SheetTemplate, TemplateKind } from "./model";
import { TemplateOptions } from "./options";
import { projectTemplate } from "./project";

export { deptTemplate } from "./dept";
export { projectTemplate } from "./project";
export { uniqueSheetName } from "./sheet-name";
export { DEFAULT_INDICATORS, MAX_INDICATORS, TemplateOptionError } from "./options";
export type { TemplateOptions } from "./options";
export type { SheetTemplate, TemplateKind } from "./model";

export const TEMPLATE_KINDS: Readonly<Record<TemplateKind, string>> = {
  project: "项目支出绩效自评表（附表15）",
  dept: "部门整体支出绩效自评表（附表14）",
};

export function buildTemplate(kind: TemplateKind, options: TemplateOptions = {}): SheetTemplate {
  return kind === "project" ? projectTemplate(options) : deptTemplate(options);
}
