// `check --summary summary.xlsx`: the report's tables for reviewers who work in Excel — 工作簿 (one row per file)
// and 问题 (one row per finding) — written with exceljs's streaming writer from the collector's spill files, so a
// province's findings never sit in memory at once.

import { promises as fs } from "node:fs";
import path from "node:path";
import { FindingRow, RunCollector, WorkbookRow } from "./check-collect";
import { CliError, systemReason } from "./output";

const SEVERITY = { error: "错误", warning: "警告", info: "尾数" } as const;

export async function writeSummary(file: string, collector: RunCollector): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    const books = wb.addWorksheet("工作簿", { views: [{ state: "frozen", ySplit: 1 }] });
    books.columns = [
      { header: "文件", width: 40 }, { header: "部门", width: 28 }, { header: "模板", width: 22 }, { header: "错误", width: 8 },
      { header: "警告", width: 8 }, { header: "尾数", width: 8 }, { header: "已忽略", width: 8 }, { header: "问题最多的表", width: 36 },
      { header: "无法读取的原因", width: 40 }, { header: "与之内容相同的文件", width: 40 },
    ];
    books.getRow(1).font = { bold: true };
    for await (const line of collector.lines("workbooks")) {
      const w = JSON.parse(line) as WorkbookRow;
      books.addRow([w.file, w.department, w.template, w.error, w.warning, w.info, w.waived, w.worst.join("、"), w.unreadable ?? "", w.duplicateOf ?? ""]).commit();
    }
    books.commit();
    const findings = wb.addWorksheet("问题", { views: [{ state: "frozen", ySplit: 1 }] });
    findings.columns = [
      { header: "文件", width: 40 }, { header: "部门", width: 28 }, { header: "严重程度", width: 10 }, { header: "规则", width: 28 },
      { header: "表", width: 10 }, { header: "工作表", width: 14 }, { header: "单元格", width: 10 }, { header: "说明", width: 80 },
      { header: "已忽略", width: 8 }, { header: "忽略说明", width: 40 },
    ];
    findings.getRow(1).font = { bold: true };
    for await (const line of collector.lines("findings")) {
      const f = JSON.parse(line) as FindingRow;
      findings.addRow([f.file, f.department, SEVERITY[f.severity], f.rule, f.table, f.sheet, f.cell, f.message, f.waived ? "是" : "", f.reason ?? ""]).commit();
    }
    findings.commit();
    await wb.commit();
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`无法写入汇总表 ${file}：${systemReason(e)}`);
  }
}
