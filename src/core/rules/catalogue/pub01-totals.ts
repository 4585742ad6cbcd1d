// 收入支出决算总表 (云南 and 全国 公开01): totals of each side and the balance of the two 总计.
import { lineIdentityRule } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.summary",
    severity: "error",
    description: "收入支出决算总表：本年收入合计 = 各项收入之和；本年支出合计 = 各功能类支出之和；总计 = 本年合计 + 结转结余；收支总计相等",
  },
  "summary",
);
