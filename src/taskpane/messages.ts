// The one-line outcome of each action, computed without the DOM (tested in Node).

import { CheckReport, FillResult, UndoResult } from "../host/types";
import { openFindings, totals } from "./summary";

export type MessageKind = "info" | "success" | "error";
export type Outcome = readonly [string, MessageKind];

export function validateMessage(report: CheckReport, marked: number, notMarked: string | undefined, notes: boolean): Outcome {
  if (report.tables.length === 0) {
    const why = report.problems.length ? report.problems.join("；") : "未找到任何公开表或绩效自评表";
    return [`${why}。请确认打开的是部门决算公开工作簿（公开01–公开12、附表14、附表15）。`, "error"];
  }
  const t = totals(report);
  const n = openFindings(report.findings).length;
  const waived = report.findings.length - n;
  const tables = `识别到 ${report.tables.length} 张表`;
  const apart = waived ? `；另有 ${waived} 个已忽略（附说明）` : "";
  if (n === 0) return [`${tables}，未发现问题${apart}。`, "success"];
  const head = `${tables}，发现 ${n} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）${apart}`;
  if (notMarked) return [`${head}。${notMarked}`, "error"];
  const how = notes ? "已用颜色和批注标记" : "已用颜色标记（此版本 Excel 不支持批注，说明见下方列表）";
  return [`${head}，${how} ${marked} 个单元格。`, t.error ? "error" : "info"];
}

/** After 自动复查: which sheets were read again, what the workbook has now, how many marks changed. */
export function recheckMessage(report: CheckReport, changed: number, sheets: readonly string[], notMarked: string | undefined): Outcome {
  const where = `已自动复查（${sheets.join("、")}）`;
  if (notMarked) return [`${where}：${notMarked}`, "error"];
  const t = totals(report);
  const n = openFindings(report.findings).length;
  const now = n ? `现有 ${n} 个问题（错误 ${t.error}，警告 ${t.warning}，尾数 ${t.info}）` : "未发现问题";
  const marks = changed ? `，更新了 ${changed} 个单元格的标记` : "，标记无变化";
  return [`${where}：${now}${marks}。`, n === 0 ? "success" : "info"];
}

export function fillMessage(out: FillResult): Outcome {
  const protectedCells = out.plan.conflicts.filter((c) => c.reason === "protected").length;
  const notes: string[] = [];
  if (out.keptDiffering) notes.push(`${out.keptDiffering} 个单元格与公式结果不一致，保留原值`);
  if (protectedCells) notes.push(`${protectedCells} 个单元格在受保护的工作表上，未写入`);
  if (out.plan.manual.length) notes.push(`${out.plan.manual.length} 个单元格需人工填写（如定性指标）`);
  const tail = notes.length ? `；${notes.join("；")}` : "";
  if (out.written.length === 0) return [`没有需要填充的单元格${tail}。`, "info"];
  const tails = out.written.some((w) => w.kind === "amount" && w.replaced === undefined) ? ` ${SUMMED_TOTALS_NOTE}` : "";
  return [`已填充 ${out.written.length} 个单元格（写入公式）${tail}。可点击“撤销”恢复；建议重新校验。${tails}`, "success"];
}

/** After blank totals were filled: a sum of rounded parts carries their 尾数, which the published total may not. */
export const SUMMED_TOTALS_NOTE =
  "注意：填入的合计是各项（已四舍五入到分）相加之和，会带上各项的尾数，可能与按元汇总后四舍五入的合计相差 0.01；合计宜按元汇总后填入。";

/** After 忽略并说明 (and the check run again): what was stored, then what the check says now. */
export function waiveMessage(check: Outcome): Outcome {
  return [`已忽略此问题，说明已存入工作簿（随文件保存，审核时可见）。${check[0]}`, check[1] === "error" ? "info" : check[1]];
}

export function unwaiveMessage(check: Outcome): Outcome {
  return [`已撤销忽略，该问题重新计入。${check[0]}`, check[1]];
}

export function undoMessage(undone: UndoResult | undefined): Outcome {
  if (!undone) return ["没有可撤销的操作。", "info"];
  if (undone.removedSheet) {
    return undone.removedSheet.gone
      ? [`已撤销“${undone.label}”：工作表“${undone.removedSheet.name}”已不存在。`, "info"]
      : [`已撤销“${undone.label}”，删除了工作表“${undone.removedSheet.name}”。`, "success"];
  }
  return [`已撤销“${undone.label}”。`, "success"];
}

export function clearMessage(cleared: number): Outcome {
  return cleared ? [`已清除 ${cleared} 处标记，单元格已恢复原样。`, "success"] : ["没有需要清除的标记。", "info"];
}

export function insertMessage(sheetName: string): Outcome {
  return [`已插入工作表“${sheetName}”，得分、总分和等级由公式自动计算；点击“撤销”可删除此表。`, "success"];
}
