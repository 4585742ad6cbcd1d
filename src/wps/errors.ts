// What WPS throws (a JS Error from the object model, e.g. writing to a protected sheet) as one zh-CN sentence.

import { UserFacingError } from "../host/errors";

export function describeWpsError(e: unknown): string {
  if (e instanceof UserFacingError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return `WPS 表格报告错误：${message}。`;
}

export class WpsWriteFailedError extends UserFacingError {
  constructor(
    readonly cause: unknown,
    readonly rolledBack: boolean,
  ) {
    super(
      rolledBack
        ? `${describeWpsError(cause)}已撤回本次写入，工作簿未被更改。`
        : `${describeWpsError(cause)}部分写入可能未能撤回，请检查工作簿或使用 WPS 的撤销。`,
    );
  }
}
