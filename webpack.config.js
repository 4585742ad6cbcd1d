// One bundle — the task pane, which is also the shared runtime of the ribbon's commands (manifest.xml: Runtimes,
// FunctionFile = taskpane.html) — plus the manifest and icons, all in dist/.
// `npm run build` (production) rewrites the manifest's https://localhost:3000/ URLs to the production URL
// given by --env addinUrl=https://… or JUESUAN_ADDIN_URL.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- webpack-cli loads this CommonJS file with require() */

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteManifest, normalizeBaseUrl } = require("./scripts/manifest-urls");

const DEFAULT_PRODUCTION_URL = "https://juesuan.example.org/";

/** Warns in the build output when the production manifest points at the placeholder host. */
class PlaceholderUrlWarning {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PlaceholderUrlWarning", (compilation) => {
      const { WebpackError } = compiler.webpack;
      compilation.warnings.push(new WebpackError(
        `manifest.xml points at the placeholder ${this.url}; build with --env addinUrl=https://<your host>/ ` +
        "or JUESUAN_ADDIN_URL to deploy."));
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const productionUrl = normalizeBaseUrl(env.addinUrl || process.env.JUESUAN_ADDIN_URL || DEFAULT_PRODUCTION_URL);
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            // externalHelpers: one copy of swc's helpers (object spread …) from @swc/helpers, not one per module.
            options: { jsc: { parser: { syntax: "typescript" }, target: "es2017", externalHelpers: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icons/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: production ? (content) => rewriteManifest(content.toString("utf8"), productionUrl) : undefined,
          },
        ],
      }),
      ...(production && productionUrl === DEFAULT_PRODUCTION_URL ? [new PlaceholderUrlWarning(productionUrl)] : []),
    ],
    performance: { maxAssetSize: 400_000, maxEntrypointSize: 400_000 },
    devServer: {
      port: 3000,
      // A self-signed certificate from webpack-dev-server; Office needs https. (office-addin-dev-certs needs sudo.)
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
