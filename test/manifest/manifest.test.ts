// The manifest, checked offline (office-addin-manifest validate needs a Microsoft web service): well-formed,
// every resid defined and used, every URL served by the build, icons of the declared sizes, and the production
// build's URL rewrite.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { MIN_EXCEL_API } from "../../src/host/features";
import { DEV_URL, normalizeBaseUrl, rewriteManifest } from "../../scripts/manifest-urls";
import { find, parseXml, walk, XmlElement } from "./xml";

const ROOT = path.join(__dirname, "../..");
const XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(XML);

/** Files the webpack config puts in dist/, read from the config itself (no build needed). */
function builtFiles(): Map<string, string | undefined> {
  const makeConfig = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => { plugins: object[] };
  const config = makeConfig({}, { mode: "production" });
  const out = new Map<string, string | undefined>();
  for (const plugin of config.plugins) {
    const html = (plugin as { userOptions?: { filename?: string; template?: string } }).userOptions;
    if (html?.filename) out.set(html.filename, html.template);
    for (const p of (plugin as { patterns?: { from: string; to: string }[] }).patterns ?? []) {
      if (p.from.includes("*")) {
        const dir = path.dirname(p.from);
        const ext = path.extname(p.from);
        for (const f of readdirSync(path.join(ROOT, dir))) {
          if (f.endsWith(ext)) out.set(p.to.replace("[name]", path.basename(f, ext)).replace("[ext]", ext), path.join(dir, f));
        }
      } else out.set(p.to, p.from);
    }
  }
  return out;
}

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const urls = (root: XmlElement) => [...walk(root)].flatMap((e) => Object.values(e.attrs)).filter((v) => /^https?:\/\//.test(v) && !v.includes("schemas.microsoft.com") && !v.includes("www.w3.org"));

describe("manifest.xml", () => {
  it("is a TaskPaneApp for workbooks, ReadWriteDocument, zh-CN with an en-US override", () => {
    expect(manifest.local).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(find(manifest, "Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(find(manifest, "Version")[0].text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(find(manifest, "DefaultLocale")[0].text).toBe("zh-CN");
    expect(find(manifest, "Permissions")[0].text).toBe("ReadWriteDocument");
    expect(find(manifest, "Host").filter((h) => h.attrs.Name).map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(find(manifest, "DisplayName")[0].children.map((c) => c.attrs.Locale)).toEqual(["en-US"]);
  });

  it("declares the minimum ExcelApi the adapter relies on", () => {
    const sets = find(manifest, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([["ExcelApi", MIN_EXCEL_API], ["SharedRuntime", "1.1"]]);
  });

  it("runs the ribbon's commands in the task pane's runtime (SharedRuntime 1.1)", () => {
    const host = find(find(manifest, "VersionOverrides")[0], "Host")[0];
    // Runtimes must come first inside the Host, before DesktopFormFactor (schema order).
    expect(host.children.map((c) => c.local)).toEqual(["Runtimes", "DesktopFormFactor"]);
    const runtimes = find(host, "Runtime");
    expect(runtimes.map((r) => [r.attrs.resid, r.attrs.lifetime])).toEqual([["Taskpane.Url", "long"]]);
    // The shared runtime loads only when the function file and the pane use the runtime's resid.
    expect(find(host, "FunctionFile")[0].attrs.resid).toBe("Taskpane.Url");
    const panes = find(host, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    for (const a of panes) {
      expect(find(a, "SourceLocation")[0].attrs.resid).toBe("Taskpane.Url");
      expect(find(a, "TaskpaneId")[0].text).toBe("Juesuan.Taskpane"); // one pane: a shared runtime has only one
    }
    const url = find(manifest, "Url").find((u) => u.attrs.id === "Taskpane.Url")!.attrs.DefaultValue;
    expect(url).toBe(find(manifest, "SourceLocation")[0].attrs.DefaultValue);
  });

  it("has a Home-tab group with 校验, 填充, 插入模板 and 打开任务窗格", () => {
    const tab = find(manifest, "OfficeTab")[0];
    expect(tab.attrs.id).toBe("TabHome");
    const controls = find(tab, "Control");
    const strings = new Map(find(manifest, "String").map((s) => [s.attrs.id, s.attrs.DefaultValue]));
    const label = (c: XmlElement) => strings.get(c.children.find((x) => x.local === "Label")!.attrs.resid);
    expect(controls.map(label)).toEqual(["校验", "填充", "插入模板", "打开任务窗格"]);
    const ids = [...walk(manifest)].map((e) => e.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of controls) expect(find(c, "Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
  });

  it("defines every resid it uses, uses every resource it defines, and translates every string", () => {
    const used = new Set([...walk(manifest)].map((e) => e.attrs.resid).filter(Boolean));
    const resources = find(manifest, "Resources")[0];
    const defined = [...walk(resources)].filter((e) => e.attrs.id).map((e) => e.attrs.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    for (const [block, max] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
      for (const s of find(find(resources, block)[0], "String")) {
        expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
        const en = s.children.find((c) => c.local === "Override" && c.attrs.Locale === "en-US");
        expect(en?.attrs.Value.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("points every URL at a file the build produces, with icons of the declared sizes", () => {
    const files = builtFiles();
    for (const url of urls(manifest)) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length);
      expect(files.has(file)).toBe(true);
      const source = files.get(file);
      if (source) expect(existsSync(path.join(ROOT, source))).toBe(true);
    }
    for (const img of find(manifest, "Image").filter((i) => i.attrs.id)) {
      const size = Number(img.attrs.id.split(".")[1]);
      expect(pngSize(path.join(ROOT, files.get(img.attrs.DefaultValue.slice(DEV_URL.length))!))).toEqual([size, size]);
    }
    const icon = (tag: string) => find(manifest, tag)[0].attrs.DefaultValue.slice(DEV_URL.length);
    expect(pngSize(path.join(ROOT, files.get(icon("IconUrl"))!))).toEqual([32, 32]);
    expect(pngSize(path.join(ROOT, files.get(icon("HighResolutionIconUrl"))!))).toEqual([64, 64]);
  });

  it("names only functions that commands.ts registers", () => {
    const commands = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    for (const f of find(manifest, "FunctionName")) expect(commands).toContain(`associate("${f.text}"`);
  });
});

describe("production URL rewrite", () => {
  it("moves every dev URL to the production base and leaves no localhost behind", () => {
    const out = rewriteManifest(XML, "https://addin.example.gov.cn/juesuan");
    const rewritten = parseXml(out);
    expect(out).not.toMatch(/localhost/);
    expect(urls(rewritten).length).toBe(urls(manifest).length);
    for (const url of urls(rewritten)) expect(url.startsWith("https://addin.example.gov.cn/juesuan/")).toBe(true);
  });

  it("accepts only absolute https base URLs", () => {
    expect(normalizeBaseUrl("https://a.example/x")).toBe("https://a.example/x/");
    expect(() => normalizeBaseUrl("http://a.example/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("a.example")).toThrow();
  });
});
