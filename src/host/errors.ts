// Refusals written for the user (zh-CN), the same on every host.

/** An error whose message is already written for the user (zh-CN). */
export class UserFacingError extends Error {}

export class ProtectedSheetsError extends UserFacingError {
  constructor(readonly sheets: readonly string[]) {
    super(`工作表“${sheets.join("”“")}”受保护，未做任何更改。请先撤销工作表保护（审阅 → 撤销工作表保护）再试。`);
  }
}
