// Shared by the adapter tests: the sample workbook in a fake Excel, a hand-made finding, feature sets.

import { CellRef } from "../../src/core/grid/address";
import { Finding, Severity } from "../../src/core/findings/finding";
import { Features } from "../../src/host/features";
import { FakeExcel, FakeExcelOptions, fakeExcelFromGrid } from "../fakes/fake-excel";
import { loadSampleGrid } from "../helpers/sample";

export const ALL: Features = { merges: true, notes: true };
export const NO_NOTES: Features = { merges: true, notes: false };

export async function sampleFake(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return fakeExcelFromGrid(await loadSampleGrid(), options);
}

export function finding(cell: CellRef, severity: Severity = "error", message = "合计不等于各项之和"): Finding {
  return {
    rule: "test.rule", check: "sum", severity, table: "公开01", kind: "summary", sheet: cell.sheet, cell, cells: [cell],
    expected: "10.00", actual: "9.00", difference: "1.00", allowed: "0.00", data: {}, message,
  };
}
