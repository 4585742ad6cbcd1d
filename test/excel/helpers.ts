// Shared by the adapter tests: the sample workbook in a fake Excel, a synthetic check, feature sets.

import { CellRef } from "../../src/core/grid/address";
import { Grid } from "../../src/core/grid/grid";
import { Finding, Severity } from "../../src/core/findings/finding";
import { bindWorkbook } from "../../src/core/tables/bind";
import { isPublicTable } from "../../src/core/tables/model";
import { Features } from "../../src/excel/features";
import { CheckReport } from "../../src/excel/validate";
import { FakeExcel, FakeExcelOptions, fakeExcelFromGrid } from "../fakes/fake-excel";
import { loadSampleGrid } from "../helpers/sample";

export const ALL: Features = { merges: true, notes: true };
export const NO_NOTES: Features = { merges: true, notes: false };

export async function sampleFake(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return fakeExcelFromGrid(await loadSampleGrid(), options);
}

export function finding(cell: CellRef, severity: Severity = "error", message = "合计不等于各项之和"): Finding {
  return {
    rule: "test.rule", check: "sum", severity, table: "公开01", sheet: cell.sheet, cell, cells: [cell],
    expected: "10.00", actual: "9.00", difference: "1.00", allowed: "0.00", data: {}, message,
  };
}

/**
 * Stands in for the rules engine (not written yet): for every recognised 公开 table, an error on the first
 * figure of its last row, a warning on the first figure of its first row and 尾数 on the second figure.
 */
export function syntheticCheck(grid: Grid): CheckReport {
  const bound = bindWorkbook(grid);
  const findings: Finding[] = [];
  for (const t of bound.tables) {
    if (!isPublicTable(t)) continue;
    const withFigures = t.rows.filter((r) => Object.keys(r.cells).length > 0);
    if (withFigures.length === 0) continue;
    const first = Object.values(withFigures[0].cells);
    const last = Object.values(withFigures[withFigures.length - 1].cells);
    findings.push({ ...finding(last[0].ref, "error", `${t.id} 合计不等于各项之和`), table: t.id });
    findings.push({ ...finding(first[0].ref, "warning", `${t.id} 首行需复核`), table: t.id });
    if (first[1]) findings.push({ ...finding(first[1].ref, "info", `${t.id} 尾数差异`), table: t.id });
  }
  return { findings, tables: bound.tables.map((t) => ({ id: t.id, sheet: t.sheet })), problems: bound.problems.map((p) => p.message) };
}
