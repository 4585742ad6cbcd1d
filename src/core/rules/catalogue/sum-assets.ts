// 国有资产使用情况表: 资产总额 and 原值合计 from their parts, 固定资产 from its four classes (the statements of
// identities/tables.ts).
import { lineIdentityRule, sumExample } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.assets",
    severity: "error",
    description: "国有资产使用情况表每一行：资产总额 = 流动资产 + 固定资产净值 + 对外投资 + 在建工程 + 无形资产净值 + 其他资产净值；资产原值合计同理（各项取原值）；固定资产原值、净值 = 房屋构筑物、车辆、大型设备、其他固定资产之和",
    example: sumExample("固定资产净值应等于房屋构筑物、车辆、大型设备、其他固定资产净值之和", "G15", { expected: "1,872.99", actual: "1,871.99", difference: "-1.00", allowed: "0.025" }),
  },
  "assets",
);
