// Waived copies of the sample for the tests: findings answered through the exceljs writer, saved as .xlsx bytes.
import ExcelJS from "exceljs";
import { writeWaiverSheet } from "../../src/cli/waiver-xlsx";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/findings/finding";
import { addWaiver, Waiver } from "../../src/core/waivers/index";
import { sampleBytes } from "../cli/helpers";

export const AT = "2026-12-06T10:30:00.000Z";

/** The sample read with exceljs, and its findings. */
export async function sampleWorkbook(): Promise<{ wb: ExcelJS.Workbook; findings: readonly Finding[]; fingerprint: (f: Finding) => string }> {
  const wb = await loadWorkbook(sampleBytes());
  const { findings, waivers } = analyze(workbookToGrid(wb));
  return { wb, findings, fingerprint: waivers.fingerprint };
}

/** The sample with the chosen findings answered, each by `reason(f)`, as .xlsx bytes. */
export async function waivedSample(pick: (f: Finding) => boolean, reason: (f: Finding) => string): Promise<{ bytes: Buffer; waivers: Waiver[] }> {
  const { wb, findings, fingerprint } = await sampleWorkbook();
  let waivers: Waiver[] = [];
  for (const f of findings.filter(pick)) waivers = addWaiver(waivers, f, fingerprint(f), reason(f), AT);
  writeWaiverSheet(wb, waivers);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), waivers };
}

/** The 等级 of 附表15-3: 总分 79.00 graded 良 where the profile says 中. */
export const isGrade153 = (f: Finding): boolean => f.sheet === "附表15-3" && f.check === "grade";
