// 公开04 财政拨款收入支出决算表: income by fund, expenditure by 类 and fund, carry-forward per fund.
import { lineIdentityRule } from "../line-identities";

const FUNDS = ["gpb", "fund", "capital"] as const;
const ALL = ["total", ...FUNDS];

export default lineIdentityRule(
  {
    id: "sum.pub04",
    severity: "error",
    tables: ["公开04"],
    description: "公开04：收入合计 = 三项资金之和；支出各行合计 = 各资金列之和；支出合计 = 各类之和；总计平衡；各资金年初 + 收入 − 支出 = 年末",
  },
  "公开04",
  [
    { total: "in.total", parts: ["in.gpb", "in.fund", "in.capital"], cols: ["amount"], what: "本年收入合计应等于三项财政拨款之和" },
    { total: "in.carry", parts: ["in.carry.gpb", "in.carry.fund", "in.carry.capital"], cols: ["amount"], what: "年初财政拨款结转和结余应等于各项资金之和" },
    { total: "in.grand", parts: ["in.total", "in.carry"], cols: ["amount"], what: "收入总计应等于本年收入合计 + 年初结转和结余" },
    { total: "out.total", parts: ["out.*"], cols: ALL, what: "本年支出合计应等于各功能分类支出之和" },
    { total: "out.grand", parts: ["out.total", "out.carry"], cols: ALL, what: "支出总计应等于本年支出合计 + 年末结转和结余" },
    { total: "out.grand", parts: ["in.grand"], cols: ["total"], what: "支出总计应等于收入总计" },
  ],
  [{ rows: ["out.*", "out.total", "out.carry", "out.grand"], total: "total", parts: [...FUNDS], what: "合计应等于一般公共预算、政府性基金、国有资本经营三列之和" }],
);
