// The WPS 表格 add-in (`npm run build:wps` → dist-wps/): the main page that defines the ribbon's callbacks
// (index.html), ribbon.xml, the task pane (the same pane as in Excel, without office.js, started with the WPS
// host), the icons, and jsplugins.xml for offline deployment. Every path is relative to the folder, so the same
// output is served over http (online mode) or copied into WPS's jsaddons folder (offline mode).
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- webpack-cli loads this CommonJS file with require() */

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { version } = require("./package.json");

const NAME = "juesuan";
const OFFICE_JS = /\s*<!--[^]*?-->\s*<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"><\/script>/;

/** The Excel pane's page minus office.js (and the comment about it): WPS needs nothing from outside. */
function paneHtml() {
  const html = require("node:fs").readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8");
  if (!OFFICE_JS.test(html)) throw new Error("src/taskpane/taskpane.html: the office.js script tag was not found");
  return html.replace(OFFICE_JS, "\n    <!-- WPS 表格: window.Application is the host; nothing is loaded from outside the add-in. -->");
}

/** Offline deployment: WPS reads this list (oem.ini JSPluginsServer) and loads jsaddons/juesuan_<version>/. */
function jsplugins() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${NAME}" type="et" version="${version}" url="${NAME}_${version}.7z" enable="true"/>
</jsplugins>
`;
}

module.exports = (_env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: {
      main: "./src/wps/addin/main.ts",
      taskpane: "./src/wps/addin/pane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-wps"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2017" } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/addin/index.html", chunks: ["main"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", templateContent: paneHtml(), chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/icons/*-32.png", to: "images/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "package.json", to: "jsplugins.xml", transform: () => jsplugins() },
        ],
      }),
    ],
    performance: { maxAssetSize: 400_000, maxEntrypointSize: 400_000 },
  };
};
