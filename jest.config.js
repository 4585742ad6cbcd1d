/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2020" } }] },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/global-setup.ts",
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
};
