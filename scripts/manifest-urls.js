// The manifest is written against the dev server; a production build points it at the production URL.
// CommonJS so webpack.config.js can require it; typed by manifest-urls.d.ts for the tests.
"use strict";

const DEV_URL = "https://localhost:3000/";

/** "https://host/path" → "https://host/path/"; anything but an absolute https URL is refused. */
function normalizeBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`生产地址无效：${url}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`Office 加载项必须通过 https 提供：${url}`);
  if (parsed.search || parsed.hash) throw new Error(`生产地址不能带查询串或锚点：${url}`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** Every dev-server URL in the manifest, rewritten; fails if any localhost reference survives. */
function rewriteManifest(xml, productionUrl) {
  const base = normalizeBaseUrl(productionUrl);
  const out = xml.split(DEV_URL).join(base);
  if (/localhost/i.test(out)) throw new Error("manifest.xml still mentions localhost after the production rewrite");
  return out;
}

module.exports = { DEV_URL, normalizeBaseUrl, rewriteManifest };
