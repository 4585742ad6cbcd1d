// 公开01 收入支出决算表: totals of each side and the balance of the two 总计.
import { lineIdentityRule } from "../line-identities";

const INCOME = ["in.gpb", "in.fund", "in.capital", "in.superior", "in.business", "in.operating", "in.affiliated", "in.other"];

export default lineIdentityRule(
  {
    id: "sum.pub01",
    severity: "error",
    tables: ["公开01"],
    description: "公开01：本年收入合计 = 各项收入之和；本年支出合计 = 各功能类支出之和；总计 = 本年合计 + 结转结余；收支总计相等",
  },
  "公开01",
  [
    { total: "in.total", parts: INCOME, cols: ["amount"], what: "本年收入合计应等于各项收入之和" },
    { total: "out.total", parts: ["out.*"], cols: ["amount"], what: "本年支出合计应等于各功能分类支出之和" },
    { total: "in.grand", parts: ["in.total", "in.reserve", "in.carry"], cols: ["amount"], what: "收入总计应等于本年收入合计 + 使用专用结余 + 年初结转和结余" },
    { total: "out.grand", parts: ["out.total", "out.distribution", "out.carry"], cols: ["amount"], what: "支出总计应等于本年支出合计 + 结余分配 + 年末结转和结余" },
    { total: "out.grand", parts: ["in.grand"], cols: ["amount"], what: "支出总计应等于收入总计" },
  ],
);
