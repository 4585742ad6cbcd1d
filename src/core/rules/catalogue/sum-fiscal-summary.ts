// 财政拨款收入支出决算总表: income by fund, expenditure by 类 and fund, the balance of the 总计 (the statements of
// identities/tables.ts).
import { lineIdentityRule, sumExample } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.fiscal-summary",
    severity: "error",
    description: "财政拨款收入支出决算总表：本年收入合计 = 三项财政拨款收入之和；年初结转和结余 = 各项资金之和；支出各行合计 = 一般公共预算、政府性基金、国有资本经营三列之和；本年支出合计 = 各功能分类支出之和；总计 = 本年合计 + 结转和结余；支出总计 = 收入总计",
    example: sumExample("本年收入合计应等于三项财政拨款之和", "C38", { expected: "10,584.32", actual: "10,594.32", difference: "10.00", allowed: "0.02" }),
  },
  "fiscal-summary",
);
