// ESLint 9 flat config for `npm run lint` (= eslint src test scripts).
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js"; // a dependency of eslint 9 itself
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// eslint-plugin-office-addins 4 already exports flat configs, but its `configs.recommended` also brings
// @eslint/js, prettier as an error-level rule and its own older copy of the @typescript-eslint plugin (which
// clashes with ours: "Cannot redefine plugin"), and it applies to every file. So we take only its office-addins/*
// rules, at the levels it recommends, and apply them to the code that talks to Office.js.
const officeAddinsRecommended = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);
if (Object.keys(officeAddinsRecommended).length === 0) {
  throw new Error("eslint.config.mjs: no office-addins/* rules found in eslint-plugin-office-addins' recommended config");
}

const nodeGlobals = Object.fromEntries(
  [
    "process", "console", "Buffer", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "fetch", "performance",
    "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "queueMicrotask", "structuredClone",
    "__dirname", "__filename", "require", "module", "exports",
  ].map((name) => [name, "readonly"]),
);

export default defineConfig(
  globalIgnores(["dist/", "build/", "node_modules/", "assets/", "coverage/", "test-output/", ".tmp/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // plain JS build scripts run by Node
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["scripts/**"],
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  {
    // tests poke into results with `as any`
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRecommended,
  },
);
