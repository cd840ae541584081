/**
 * The assertion the rule tests make of a text with one mistake: its first finding matches what the
 * rule must report and its message names the computation that shows the mistake.
 */
import { expect } from "vitest";
import type { Finding } from "../../src/check/Finding.js";

/** The first finding matches `fields` and its message contains `says`. */
export const expectFinding = (findings: ReadonlyArray<Finding>, fields: Partial<Finding>, says: string): void => {
  const [f] = findings;
  expect(f).toMatchObject(fields);
  expect(f?.message).toContain(says);
};
