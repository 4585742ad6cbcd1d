// 收入支出决算总表 本年支出 ↔ 支出决算表: the total, and each 功能分类 类 against the sum of that 类's codes. A 类 the
// summary shows with money but the expenditure table lists no code of is reported as missing.
import { publicTable } from "../../tables/model";
import { CROSS_MESSAGES, CROSS_MESSAGES_EN, classRows, prefixSum, reportCross, reportPair } from "../cross-identities";
import { shownText } from "../messages";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "cross.summary-expenditure",
    severity: "error",
    tables: ["summary", "expenditure"],
    description: "收入支出决算总表的本年支出合计等于支出决算表的合计；总表各功能分类类级支出等于支出决算表该类各科目之和，总表列有支出的类在支出决算表中应有科目",
    tolerance: "interval",
    messages: { cross: CROSS_MESSAGES.cross, missing: "{@summary} {label}为 {amount}，但{@expenditure} 没有 {code} 类的科目" },
    messagesEn: { cross: CROSS_MESSAGES_EN.cross, missing: "{@summary} {label} is {amount} but {@expenditure} lists no code of class {code}" },
    example: {
      data: { what: "{@summary} 十二、农林水支出应等于{@expenditure} 213 类各科目之和", cell: "F23", other: "{@expenditure} 213 合计", expected: "20.00", actual: "30.00", difference: "10.00" },
      allowed: "0.01",
    },
  },
  check({ workbook }, report) {
    const summary = publicTable(workbook, "summary");
    const expenditure = publicTable(workbook, "expenditure");
    reportCross(workbook, report, { left: "summary:out.total:amount", right: ["expenditure:total:total"], what: "{@summary} 本年支出合计应等于{@expenditure} 合计", mode: "exact" });
    if (!summary || !expenditure) return;
    for (const r of classRows(summary)) {
      const left = r.cells.amount;
      const right = prefixSum(expenditure, r.code ?? "", "total");
      if (left && right) reportPair(report, "summary", left, right, `{@summary} ${r.label}应等于{@expenditure} ${r.code} 类各科目之和`);
      else if (left && left.num.value && !left.num.value.isZero()) {
        report.issue({ table: "summary", messageId: "missing", data: { label: r.label, code: r.code ?? "", amount: shownText(left) }, cell: left.ref });
      }
    }
  },
};

export default rule;
