// `check --report report.html`: one self-contained page for people — no network, no external script or font. The
// run's data sits in a <script type="application/json"> (every "<" escaped, so no text in a workbook can close the
// element) and the page's own script builds every table from it with textContent: a department named
// "<b>局</b>" shows those characters, never markup. Written as a stream from the collector's spill files.

import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { RunCollector } from "./check-collect";
import { RunTotals } from "./report";
import { CliError, systemReason } from "./output";

/** JSON safe inside <script>: "<" (and the two line separators JavaScript once refused) as escapes. */
export function scriptJson(text: string): string {
  return text.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const STYLE = `
body{font:14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:24px;color:#222;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#666;margin-bottom:16px}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:88px}
.card b{display:block;font-size:22px}.card.error b{color:#c62828}.card.warning b{color:#b26a00}.card.info b{color:#1565c0}.card.waived b{color:#555}
table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;white-space:nowrap}td.wrap{white-space:normal;min-width:320px}td.note{white-space:normal}th{background:#f0f0f0;position:sticky;top:0;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.bad td{background:#fff3f3}
.sev-error{color:#c62828;font-weight:bold}.sev-warning{color:#b26a00}.sev-info{color:#1565c0}
.chart{background:#fff;border:1px solid #ddd;padding:10px;border-radius:6px}
.bar{display:flex;align-items:center;margin:3px 0}.bar .label{width:260px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar .fill{background:#e57373;height:16px;margin:0 8px}.bar .fill.warning{background:#ffb74d}.bar .fill.info{background:#64b5f6}
.filters{display:flex;gap:10px;flex-wrap:wrap;margin:8px 0}.filters input[type=search]{width:280px}
.note{color:#666;margin:6px 0}
`;

// The page's script: data in, DOM out, text only through textContent.
const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById("juesuan-data").textContent);
  var LABEL = { error: "错误", warning: "警告", info: "尾数" };
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function row(cells, cls) { var tr = el("tr", undefined, cls); cells.forEach(function (c) { var td = el("td", c.text, c.cls); if (c.title) td.title = c.title; tr.appendChild(td); }); return tr; }
  function num(n) { return { text: n, cls: "n" }; }
  var t = data.totals;
  document.getElementById("meta").textContent = "生成于 " + data.generated + "，juesuan " + data.version + (t.interrupted ? "（运行被中断，只含已完成的文件）" : "");
  var cards = [["files", "文件", t.files], ["checked", "已校验", t.files - t.unreadable], ["unreadable", "无法读取", t.unreadable], ["duplicates", "内容重复", t.duplicates],
    ["error", "错误", t.error], ["warning", "警告", t.warning], ["info", "尾数", t.info], ["waived", "已忽略（附说明）", t.waived]];
  var box = document.getElementById("cards");
  cards.forEach(function (c) { var d = el("div", undefined, "card " + c[0]); var b = el("b", c[2]); b.setAttribute("data-count", c[0]); d.appendChild(b); d.appendChild(el("span", c[1])); box.appendChild(d); });

  var chart = document.getElementById("chart");
  var top = data.rules.filter(function (r) { return r.findings > 0; }).sort(function (a, b) { return b.findings - a.findings; }).slice(0, 10);
  var max = top.length ? top[0].findings : 1;
  if (!top.length) chart.appendChild(el("div", "没有发现问题", "note"));
  top.forEach(function (r) {
    var d = el("div", undefined, "bar"); var l = el("span", r.rule, "label"); l.title = r.example;
    var f = el("span", undefined, "fill " + r.severity); f.style.width = Math.max(2, Math.round(400 * r.findings / max)) + "px";
    d.appendChild(l); d.appendChild(f); d.appendChild(el("span", r.findings + " 条，" + r.workbooks + " 个工作簿")); chart.appendChild(d);
  });

  var rules = document.getElementById("rules");
  data.rules.forEach(function (r) { rules.appendChild(row([{ text: r.rule, title: r.example }, { text: LABEL[r.severity], cls: "sev-" + r.severity }, num(r.workbooks), num(r.findings), num(r.waived), { text: r.example, cls: "wrap" }])); });

  var books = document.getElementById("workbooks");
  data.workbooks.forEach(function (w) {
    var note = w.unreadable ? "无法读取：" + w.unreadable : w.duplicateOf ? "与 " + w.duplicateOf + " 内容完全相同" : "";
    books.appendChild(row([{ text: w.file }, { text: w.department }, { text: w.template }, num(w.error), num(w.warning), num(w.info), num(w.waived), { text: w.worst.join("、"), cls: "note" }, { text: note, cls: "note" }], w.unreadable || w.error ? "bad" : ""));
  });

  var ruleSelect = document.getElementById("f-rule");
  data.rules.forEach(function (r) { var o = el("option", r.rule); o.value = r.rule; ruleSelect.appendChild(o); });
  var LIMIT = 1000;
  function render() {
    var sev = document.getElementById("f-severity").value, rule = ruleSelect.value, q = document.getElementById("f-text").value.trim().toLowerCase();
    var waived = document.getElementById("f-waived").checked;
    var body = document.getElementById("findings"); body.textContent = "";
    var shown = 0, matched = 0;
    data.findings.forEach(function (f) {
      if (sev && f.severity !== sev) return; if (rule && f.rule !== rule) return; if (!waived && f.waived) return;
      if (q && (f.file + " " + f.department + " " + f.table + " " + f.sheet + "!" + f.cell + " " + f.message + " " + (f.reason || "")).toLowerCase().indexOf(q) < 0) return;
      matched++; if (shown >= LIMIT) return; shown++;
      body.appendChild(row([{ text: f.file }, { text: f.department }, { text: f.waived ? "已忽略" : LABEL[f.severity], cls: f.waived ? "" : "sev-" + f.severity }, { text: f.rule },
        { text: f.table }, { text: f.sheet + "!" + f.cell }, { text: f.message + (f.waived && f.reason ? "（说明：" + f.reason + "）" : ""), cls: "wrap" }]));
    });
    document.getElementById("f-count").textContent = "符合条件 " + matched + " 条" + (matched > shown ? "，显示前 " + shown + " 条" : "");
  }
  ["f-severity", "f-rule", "f-waived"].forEach(function (id) { document.getElementById(id).addEventListener("change", render); });
  document.getElementById("f-text").addEventListener("input", render);
  render();
})();
`;

const BODY = `<h1>决算公开校验报告</h1>
<div class="meta" id="meta"></div>
<div class="cards" id="cards"></div>
<h2>最常见的问题</h2>
<div class="chart" id="chart"></div>
<h2>按规则</h2>
<table><thead><tr><th>规则</th><th>严重程度</th><th>涉及工作簿</th><th>问题数</th><th>已忽略</th><th>示例</th></tr></thead><tbody id="rules"></tbody></table>
<h2>按工作簿</h2>
<table><thead><tr><th>文件</th><th>部门</th><th>模板</th><th>错误</th><th>警告</th><th>尾数</th><th>已忽略</th><th>问题最多的表</th><th>备注</th></tr></thead><tbody id="workbooks"></tbody></table>
<h2>全部问题</h2>
<div class="filters">
<label>严重程度 <select id="f-severity"><option value="">全部</option><option value="error">错误</option><option value="warning">警告</option><option value="info">尾数</option></select></label>
<label>规则 <select id="f-rule"><option value="">全部</option></select></label>
<label>查找 <input type="search" id="f-text" placeholder="文件、部门、表、单元格或说明"></label>
<label><input type="checkbox" id="f-waived"> 含已忽略</label>
</div>
<div class="note" id="f-count"></div>
<table><thead><tr><th>文件</th><th>部门</th><th>严重程度</th><th>规则</th><th>表</th><th>单元格</th><th>说明</th></tr></thead><tbody id="findings"></tbody></table>
`;

export interface ReportMeta {
  readonly version: string;
  readonly generated: string;
}

/** Writes the report whole or not at all (a temporary file beside it, then renamed). */
export async function writeHtmlReport(file: string, collector: RunCollector, totals: RunTotals, meta: ReportMeta): Promise<void> {
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const out = createWriteStream(temp, { encoding: "utf8" });
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, "drain");
    };
    await write(`<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`);
    await write(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
    await write(`<title>决算公开校验报告</title><style>${STYLE}</style></head><body>\n${BODY}<script type="application/json" id="juesuan-data">`);
    const head = {
      version: meta.version,
      generated: meta.generated,
      totals: { ...totals, unreadable: totals.unreadable.length },
      rules: collector.ruleRows(),
    };
    await write(scriptJson(JSON.stringify(head).slice(0, -1)));
    for (const what of ["workbooks", "findings"] as const) {
      await write(`,"${what}":[`);
      let first = true;
      for await (const line of collector.lines(what)) {
        await write((first ? "" : ",") + scriptJson(line));
        first = false;
      }
      await write("]");
    }
    await write(`}</script>\n<script>${SCRIPT}</script>\n</body></html>\n`);
    out.end();
    await once(out, "finish");
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`无法写入报告 ${file}：${systemReason(e)}`);
  }
}
