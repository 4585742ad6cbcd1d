// The “三公” tables (云南 公开10/11 listed down, 全国 公开07 laid across): the total and its parts, in every
// amount column; 机关运行经费 from its two kinds of unit.
import { lineIdentityRule } from "../line-identities";

export const pub10Totals = lineIdentityRule(
  { id: "sum.three-public", severity: "error", description: "财政拨款“三公”经费、机关运行经费情况表：“三公”经费合计与各项之和、机关运行经费与行政/参公单位之和相等" },
  "three-public",
);

export const pub11Totals = lineIdentityRule(
  { id: "sum.three-public-gpb", severity: "error", description: "一般公共预算财政拨款“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车 = 购置费 + 运行费；公务接待 = 国内 + 国（境）外" },
  "three-public-gpb",
);
