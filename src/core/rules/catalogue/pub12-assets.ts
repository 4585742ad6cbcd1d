// 国有资产使用情况表 (云南 公开12): 资产总额 and 原值合计 from their parts, 固定资产 from its four classes.
import { lineIdentityRule } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.assets",
    severity: "error",
    description: "国有资产使用情况表：资产总额 = 流动资产 + 固定资产净值 + 对外投资 + 在建工程 + 无形资产净值 + 其他资产净值；原值合计同理；固定资产 = 四类之和",
  },
  "assets",
);
