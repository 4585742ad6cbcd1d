// Host errors become one clear zh-CN sentence for the user; the adapter's own refusals carry theirs.

import { UserFacingError } from "../host/errors";
import { HostErrorLike } from "./host";

export { ProtectedSheetsError, UserFacingError } from "../host/errors";

/** A write that failed; `rolledBack` tells whether what had been written was put back. */
export class WriteFailedError extends UserFacingError {
  constructor(
    readonly cause: unknown,
    readonly rolledBack: boolean,
  ) {
    super(
      rolledBack
        ? `${describeHostError(cause)}已撤回本次写入，工作簿未被更改。`
        : `${describeHostError(cause)}部分写入可能未能撤回，请检查工作簿或使用 Excel 的撤消。`,
    );
  }
}

export function hostErrorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as HostErrorLike).code === "string") {
    return (e as HostErrorLike).code;
  }
  return undefined;
}

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。",
  AccessDenied: "工作表受保护或工作簿为只读，无法写入。",
  RequestPayloadSizeLimitExceeded: "一次要写入的内容超出了 Excel 的传输上限。",
  ResponsePayloadSizeLimitExceeded: "工作簿数据量超出了 Excel 单次传输的上限。",
  ItemNotFound: "找不到所需的工作表或批注（可能已被重命名或删除），请重新校验。",
  ApiNotFound: "当前 Excel 版本不支持此操作。",
  NotImplemented: "当前 Excel 版本不支持此操作。",
  UnsupportedOperation: "当前 Excel 版本不支持此操作。",
  InvalidArgument: "Excel 拒绝了一个参数（地址或内容无效）。",
  RequestAborted: "Excel 中止了请求，请稍后再试。",
};

/** One sentence for any error thrown inside Excel.run. */
export function describeHostError(e: unknown): string {
  if (e instanceof UserFacingError) return e.message;
  const code = hostErrorCode(e);
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = e instanceof Error ? e.message : String(e);
  return code ? `Excel 报告错误（${code}）：${message}。` : `操作失败：${message}。`;
}
