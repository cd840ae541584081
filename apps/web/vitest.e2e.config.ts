/**
 * Real-browser tests: run by scripts/e2e.mjs after it started the API server; the base URL
 * comes in `CCHC_E2E_URL`.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // Counted with the other suites by tooling/scripts/test-summary.mjs; scripts/e2e.mjs names one report per file.
    reporters: ["default", ["json", { outputFile: process.env.CCHC_E2E_REPORT ?? ".test-results/e2e.json" }]],
  },
});
