// 公开10 / 公开11 “三公”经费: the total and its parts, in every amount column.
import { LineIdentity, lineIdentityRule } from "../line-identities";

const COLS = ["budget", "full", "final"];
const IDENTITIES: LineIdentity[] = [
  { total: "total", parts: ["abroad", "car", "reception"], cols: COLS, what: "“三公”经费支出合计应等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费" },
  { total: "car", parts: ["car.purchase", "car.operation"], cols: COLS, what: "公务用车购置及运行维护费应等于购置费 + 运行维护费" },
  { total: "reception", parts: ["reception.domestic", "reception.abroad"], cols: COLS, what: "公务接待费应等于国内接待费 + 国（境）外接待费" },
];

export const pub10Totals = lineIdentityRule(
  { id: "sum.pub10", severity: "error", tables: ["公开10"], description: "公开10：“三公”经费合计与各项之和、机关运行经费与行政/参公单位之和相等" },
  "公开10",
  [...IDENTITIES, { total: "opex", parts: ["opex.admin", "opex.civil"], cols: COLS, what: "机关运行经费应等于行政单位 + 参照公务员法管理事业单位" }],
);

export const pub11Totals = lineIdentityRule(
  { id: "sum.pub11", severity: "error", tables: ["公开11"], description: "公开11：“三公”经费合计与各项之和相等" },
  "公开11",
  IDENTITIES,
);
