// The plain-text report: per file, the tables recognised, then findings grouped by table.

import { cellA1 } from "../core/grid/address";
import { SEVERITY_LABEL } from "../core/findings/finding";
import { FileResult } from "./check";

export function plainReport(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) continue; // reported on stderr, one line per file
    lines.push(`文件：${r.file}`);
    if (r.tables.length === 0) {
      lines.push("  未找到任何公开表或绩效自评表。", "");
      continue;
    }
    lines.push(`  识别到 ${r.tables.length} 张表：`);
    for (const t of r.tables) lines.push(`    ${t.id.padEnd(4, "　")}  ${t.sheet}!${t.range}  ${t.title}`);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of r.findings) counts[f.severity]++;
    lines.push(`  发现：错误 ${counts.error} 条，警告 ${counts.warning} 条，尾数 ${counts.info} 条`);
    let current = "";
    for (const f of r.findings) {
      if (f.table !== current) {
        current = f.table;
        lines.push(`  【${current}】`);
      }
      lines.push(`    [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${cellA1(f.cell)}  ${f.message}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
