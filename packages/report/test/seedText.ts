/**
 * The real six-month report 2022 of the Đồng Tháp PPC Office (the project's seed), read once for
 * the checker and extractor tests. CCHC_SEED_FILE overrides the location.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the seed report lives: shared/ beside the repository (as in CI), or CCHC_SEED_FILE. */
export const seedPath =
  process.env.CCHC_SEED_FILE ?? fileURLToPath(new URL("../../../../shared/seed/000_63265534df13ce9f.txt", import.meta.url));

/** The seed report text. */
export const seedText: string = readFileSync(seedPath, "utf8");

/** 1-based line of the first occurrence of a phrase in the seed (for asserting finding positions). */
export const seedLine = (phrase: string): number => {
  const i = seedText.indexOf(phrase);
  if (i < 0) throw new Error(`not in the seed: ${phrase}`);
  return seedText.slice(0, i).split("\n").length;
};
