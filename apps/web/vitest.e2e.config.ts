/**
 * Real-browser tests: run by scripts/e2e.mjs after it started the API server; the base URL
 * comes in `CCHC_E2E_URL`.
 */

import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files in e2e/cycle/ run last: they carry the demo report through approval (which locks it and
 * corrects the seed's two errors), while the other files read the seed as it was loaded. (The
 * script scripts/e2e.mjs also gives each file a server of its own.)
 */
class CycleLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (f: TestSpecification) => (/[\\/]e2e[\\/]cycle[\\/]/.test(f.moduleId) ? 1 : 0);
    return [...files].sort((a, b) => last(a) - last(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { sequencer: CycleLast },
    // Counted with the other suites by tooling/scripts/test-summary.mjs; scripts/e2e.mjs names one report per file.
    reporters: ["default", ["json", { outputFile: process.env.CCHC_E2E_REPORT ?? ".test-results/e2e.json" }]],
  },
});
