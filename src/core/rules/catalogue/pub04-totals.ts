// 财政拨款收入支出决算总表 (公开04): income by fund, expenditure by 类 and fund, the balance of the 总计.
import { lineIdentityRule } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.fiscal-summary",
    severity: "error",
    description: "财政拨款收入支出决算总表：收入合计 = 三项资金之和；支出各行合计 = 各资金列之和；支出合计 = 各类之和；总计 = 合计 + 结转结余；收支总计相等",
  },
  "fiscal-summary",
);
