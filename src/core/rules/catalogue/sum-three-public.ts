// The “三公” tables (listed down or laid across): the total and its parts, in every amount column; 机关运行经费 from
// its two kinds of unit (the statements of identities/tables.ts).
import { lineIdentityRule, sumExample } from "../line-identities";

export const sumThreePublic = lineIdentityRule(
  {
    id: "sum.three-public",
    severity: "error",
    description: "财政拨款“三公”经费、行政参公单位机关运行经费情况表，预算数、全年预算数、决算数各列：“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车 = 购置费 + 运行维护费；公务接待 = 国内 + 国（境）外；机关运行经费 = 行政单位 + 参照公务员法管理事业单位",
    example: sumExample("“三公”经费支出合计应等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费", "E12", { expected: "32.62", actual: "33.62", difference: "1.00", allowed: "0.02" }),
  },
  "three-public",
);

export const sumThreePublicGpb = lineIdentityRule(
  {
    id: "sum.three-public-gpb",
    severity: "error",
    description: "一般公共预算财政拨款“三公”经费表（纵向或横向排列），预算数、全年预算数、决算数各列：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车 = 购置费 + 运行维护费；公务接待 = 国内 + 国（境）外",
    example: sumExample("公务用车购置及运行维护费应等于购置费 + 运行维护费", "I7", { expected: "25.63", actual: "24.63", difference: "-1.00", allowed: "0.015" }),
  },
  "three-public-gpb",
);
