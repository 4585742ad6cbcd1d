// 公开12 国有资产使用情况表: 资产总额 and 原值合计 from their parts, 固定资产 from its four classes.
import { lineIdentityRule } from "../line-identities";

export default lineIdentityRule(
  {
    id: "sum.pub12",
    severity: "error",
    tables: ["公开12"],
    description: "公开12：资产总额 = 流动资产 + 固定资产净值 + 对外投资 + 在建工程 + 无形资产净值 + 其他资产净值；原值合计同理；固定资产 = 四类之和",
  },
  "公开12",
  [],
  [
    { rows: ["total"], total: "assets", parts: ["current", "fixed.net", "investment", "construction", "intangible.net", "otherasset.net"], what: "资产总额应等于流动资产 + 固定资产净值 + 对外投资 + 在建工程 + 无形资产净值 + 其他资产净值" },
    { rows: ["total"], total: "original", parts: ["current", "fixed.orig", "investment", "construction", "intangible.orig", "otherasset.orig"], what: "资产原值合计应等于流动资产 + 固定资产原值 + 对外投资 + 在建工程 + 无形资产原值 + 其他资产原值" },
    { rows: ["total"], total: "fixed.orig", parts: ["building.orig", "vehicle.orig", "equipment.orig", "otherfixed.orig"], what: "固定资产原值应等于房屋构筑物、车辆、大型设备、其他固定资产原值之和" },
    { rows: ["total"], total: "fixed.net", parts: ["building.net", "vehicle.net", "equipment.net", "otherfixed.net"], what: "固定资产净值应等于房屋构筑物、车辆、大型设备、其他固定资产净值之和" },
  ],
);
