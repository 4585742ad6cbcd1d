// Cars in use are assets: a 公务用车保有量 above zero with no 车辆 among the state assets is worth a look (a warning).
import { publicTable } from "../../tables/model";
import { get } from "../helpers";
import { shownText } from "../messages";
import { Rule } from "../rule";

const rule: Rule = {
  meta: {
    id: "cross.fleet-vehicles",
    severity: "warning",
    tables: ["three-public", "assets"],
    description: "财政拨款“三公”经费情况表中公务用车保有量大于 0 时，国有资产使用情况表的车辆原值不应为 0",
    tolerance: "none",
    messages: { fleet: "公务用车保有量为 {count} 辆，但{@assets} 车辆原值为 {vehicles}" },
    messagesEn: { fleet: "{count} official cars in use but {@assets} vehicles are {vehicles}" },
    example: { data: { count: "3", vehicles: "0" } },
  },
  check({ workbook }, report) {
    const fleet = get(publicTable(workbook, "three-public"), "n.car.fleet", "final");
    const vehicles = get(publicTable(workbook, "assets"), "total", "vehicle.orig");
    if (fleet?.num.value?.gt(0) && vehicles?.num.value?.isZero()) {
      report.issue({ table: "three-public", messageId: "fleet", data: { count: shownText(fleet), vehicles: shownText(vehicles) || "0" }, cell: fleet.ref, cells: [vehicles.ref] });
    }
  },
};

export default rule;
