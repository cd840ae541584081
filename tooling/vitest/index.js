// Shared vitest preset: every package's vitest.config.ts is `export default preset()`.
// PGlite starts in a few seconds, so database tests get a generous timeout; files run in
// forks so that each test file owns its embedded database.
import { defineConfig } from "vitest/config";

/** @param {import("vitest/config").UserConfig["test"]} [overrides] */
export function preset(overrides = {}) {
  return defineConfig({
    test: {
      include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: "forks",
      maxWorkers: 2,
      // A JSON report beside the console one: CI sums them into one closing line and counts
      // the tests that ran on each database.
      reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
      ...overrides,
    },
  });
}
