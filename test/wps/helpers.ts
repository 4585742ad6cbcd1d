// Shared by the WPS adapter tests: the sample workbook in a fake WPS 表格.

import { FakeEt, fakeEtFromGrid } from "../fakes/wps/book";
import { loadSampleGrid } from "../helpers/sample";

export async function sampleEt(): Promise<FakeEt> {
  return fakeEtFromGrid(await loadSampleGrid());
}

/** "#FFC7CE" as ET stores it (BGR). */
export function bgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) | (n & 0xff00) | ((n & 0xff) << 16);
}
