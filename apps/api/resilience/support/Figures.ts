/**
 * The figures each resilience run measures, written to `.test-results/resilience-<name>.json`
 * beside the test results and printed, so docs/reliability.md can quote a real run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes and prints one run's figures. */
export const reportFigures = (name: string, figures: Record<string, unknown>): void => {
  const dir = join(import.meta.dirname, "../../.test-results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `resilience-${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`[resilience] ${name}: ${JSON.stringify(figures)}`);
};
