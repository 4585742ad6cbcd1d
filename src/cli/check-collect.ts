// What the HTML report and the summary workbook are made of, gathered while a batch runs without keeping its
// results: counts per rule in memory (a few dozen rules), each workbook's row and each finding spilled to JSON
// Lines files in a temporary folder, read back in order when the report is written.

import { closeSync, mkdtempSync, openSync, rmSync, writeSync, createReadStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { Severity } from "../core/findings/finding";
import { FileJson } from "./check-json";

export interface WorkbookRow {
  readonly file: string;
  readonly department: string;
  readonly template: string;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly waived: number;
  /** Tables with the most errors (then warnings), at most three: "公开06（错误 4）". */
  readonly worst: readonly string[];
  /** Why the file was not checked. */
  readonly unreadable?: string;
  readonly duplicateOf?: string;
}

export interface FindingRow {
  readonly file: string;
  readonly department: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly table: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly waived: boolean;
  readonly reason?: string;
}

export interface RuleRow {
  readonly rule: string;
  readonly severity: Severity;
  /** Workbooks with at least one finding of the rule not answered by a waiver. */
  readonly workbooks: number;
  readonly findings: number;
  readonly waived: number;
  /** The first message seen, to say what the rule is about. */
  readonly example: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function worstTables(json: FileJson): string[] {
  const byTable = new Map<string, { error: number; warning: number }>();
  for (const f of json.findings) {
    if (f.waived || f.severity === "info") continue;
    const key = f.rule.startsWith("narrative.") ? "情况说明" : f.table;
    const t = byTable.get(key) ?? { error: 0, warning: 0 };
    t[f.severity]++;
    byTable.set(key, t);
  }
  return [...byTable]
    .sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning)
    .slice(0, 3)
    .map(([table, c]) => `${table}（${c.error ? `错误 ${c.error}` : `警告 ${c.warning}`}）`);
}

export class RunCollector {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-report-"));
  private readonly workbookFd = openSync(path.join(this.dir, "workbooks.jsonl"), "w");
  private readonly findingFd = openSync(path.join(this.dir, "findings.jsonl"), "w");
  private readonly rules = new Map<string, { severity: Severity; workbooks: number; findings: number; waived: number; example: string }>();
  private closed = false;

  add(json: FileJson, counts: Readonly<Record<"error" | "warning" | "info" | "waived", number>>): void {
    const department = json.department ?? "";
    const row: WorkbookRow = {
      file: json.file,
      department,
      template: json.template?.name ?? "",
      ...counts,
      worst: worstTables(json),
      ...(json.error ? { unreadable: json.error.slice(json.file.length + 1) } : {}),
      ...(json.duplicateOf ? { duplicateOf: json.duplicateOf } : {}),
    };
    writeSync(this.workbookFd, `${JSON.stringify(row)}\n`);
    const seen = new Set<string>();
    let lines = "";
    for (const f of json.findings) {
      const rule = this.rules.get(f.rule) ?? { severity: f.severity, workbooks: 0, findings: 0, waived: 0, example: f.message };
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[rule.severity]) rule.severity = f.severity;
      if (f.waived) rule.waived++;
      else {
        rule.findings++;
        if (!seen.has(f.rule)) rule.workbooks++;
        seen.add(f.rule);
      }
      this.rules.set(f.rule, rule);
      const finding: FindingRow = {
        file: json.file, department, rule: f.rule, severity: f.severity, table: f.table, sheet: f.cell.sheet, cell: f.cell.address,
        message: f.message, waived: !!f.waived, ...(f.reason !== undefined ? { reason: f.reason } : {}),
      };
      lines += `${JSON.stringify(finding)}\n`;
    }
    if (lines) writeSync(this.findingFd, lines);
  }

  /** Rules by how many workbooks break them, then by findings. */
  ruleRows(): RuleRow[] {
    return [...this.rules]
      .map(([rule, r]) => ({ rule, ...r }))
      .sort((a, b) => b.workbooks - a.workbooks || b.findings - a.findings || a.rule.localeCompare(b.rule));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.workbookFd);
    closeSync(this.findingFd);
  }

  /** The spilled lines, as JSON text, in the order they were added. */
  async *lines(what: "workbooks" | "findings"): AsyncGenerator<string> {
    this.close();
    const input = createReadStream(path.join(this.dir, `${what}.jsonl`), { encoding: "utf8" });
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
  }

  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
