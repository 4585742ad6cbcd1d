// Queues write operations and syncs only when the estimated request would pass the budget — so a small plan is
// one sync and a huge one is split into requests that each stay far below Excel on the web's 5 MB limit.

import { ContentState } from "../host/cell-state";
import { HostContext, HostWorksheet } from "./host";
import { valueForWrite } from "../host/value-for-write";
import { REQUEST_BUDGET_BYTES } from "./limits";
import { WriteOp } from "../host/write-plan";

/** Thrown when a sync fails part-way through a plan; `completedSyncs` syncs had succeeded before. */
export class BatchWriteError extends Error {
  constructor(
    readonly cause: unknown,
    readonly completedSyncs: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Request bytes an operation may cost; deliberately pessimistic (non-ASCII as \uXXXX escapes). */
export function estimateBytes(op: WriteOp): number {
  const text = (s: string) => s.length + 5 * (s.match(/[\u0080-\uffff]/g)?.length ?? 0);
  switch (op.kind) {
    case "fill":
      return 300 + op.addresses.length + (op.write.clear ? 100 : 500);
    case "note-add":
    case "note-set":
      return 400 + op.address.length + text(op.text);
    case "note-delete":
      return 400 + op.address.length;
    case "content":
      return 600 + op.address.length + text(JSON.stringify(op.content));
  }
}

/** Runs the operations in order; returns the number of syncs. */
export async function executeWrites(context: HostContext, ops: readonly WriteOp[], budget = REQUEST_BUDGET_BYTES): Promise<number> {
  const sheets = new Map<string, HostWorksheet>();
  const sheet = (name: string) => {
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = context.workbook.worksheets.getItem(name)));
    return s;
  };
  let syncs = 0;
  let queued = 0;
  const flush = async () => {
    try {
      await context.sync();
    } catch (e) {
      throw new BatchWriteError(e, syncs);
    }
    syncs++;
    queued = 0;
  };
  for (const op of ops) {
    const cost = estimateBytes(op);
    if (queued > 0 && queued + cost > budget) await flush();
    queueOp(sheet(op.sheet), op);
    queued += cost;
  }
  if (queued > 0) await flush();
  return syncs;
}

function queueOp(sheet: HostWorksheet, op: WriteOp): void {
  switch (op.kind) {
    case "fill": {
      const fill = sheet.getRanges(op.addresses).format.fill;
      const w = op.write;
      if (w.clear) {
        fill.clear();
        return;
      }
      // Colour first (it turns "no fill" into a solid fill), then the pattern, then shades.
      fill.color = w.color;
      fill.pattern = w.pattern;
      if (w.patternColor !== undefined) fill.patternColor = w.patternColor;
      fill.tintAndShade = w.tintAndShade;
      if (w.patternTintAndShade !== undefined) fill.patternTintAndShade = w.patternTintAndShade;
      return;
    }
    case "note-add":
      sheet.notes.add(op.address, op.text);
      return;
    case "note-set":
      sheet.notes.getItem(op.address).content = op.text;
      return;
    case "note-delete":
      sheet.notes.getItem(op.address).delete();
      return;
    case "content":
      queueContent(sheet, op.address, op.content);
      return;
  }
}

function queueContent(sheet: HostWorksheet, address: string, content: ContentState): void {
  const range = sheet.getRange(address);
  range.numberFormat = [[content.numberFormat]];
  if (content.formula) range.formulas = [[content.formula]];
  else range.values = [[valueForWrite(content.value, content.numberFormat)]];
}

export { valueForWrite } from "../host/value-for-write";
