/**
 * Runs once before the test files: builds the `cchc` bundle from the current sources (and the
 * API server's when missing). Done here rather than in each file because test files run in
 * parallel and two builds writing `dist/chunks` at once break each other.
 */
import { buildCli, ensureApiBuilt } from "./Processes.js";

/** Vitest's global setup. */
export default function setup(): void {
  buildCli();
  ensureApiBuilt();
}
