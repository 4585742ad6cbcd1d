// 收入支出决算总表: totals of each side and the balance of the two 总计 (the statements of identities/tables.ts).
import { lineIdentityRule, sumExample } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.summary",
    severity: "error",
    description: "收入支出决算总表：本年收入合计 = 各项收入之和；本年支出合计 = 各功能分类支出之和；收入总计 = 本年收入合计 + 使用专用结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；支出总计 = 收入总计",
    example: sumExample("本年收入合计应等于各项收入之和", "C38", { expected: "10,590.02", actual: "10,591.02", difference: "1.00", allowed: "0.045" }),
  },
  "summary",
);
