/**
 * The real six-month report 2022 of the Đồng Tháp PPC Office (the project's seed), for the tests
 * that hold the checker and extractor against it. It is the user's document, not part of the
 * repository: it comes from CCHC_SEED_FILE only, and the blocks that need it are named with
 * SEED_TAG and skipped without it (every rule is also tested on short texts written for the tests).
 */
import { SEED_TAG, seedReport } from "@cchc/vitest-config/seed";

const seed = seedReport();

/** Whether the seed report was given (CCHC_SEED_FILE). */
export const hasSeed: boolean = seed !== undefined;

/** Name of a test block that needs the seed. */
export const seedBlock = (name: string): string => `${SEED_TAG} ${name}`;

/** The seed report text ("" without CCHC_SEED_FILE; blocks that read it are skipped then). */
export const seedText: string = seed?.text ?? "";

/** 1-based line of the first occurrence of a phrase in the seed (for asserting finding positions). */
export const seedLine = (phrase: string): number => {
  const i = seedText.indexOf(phrase);
  if (i < 0) throw new Error(`not in the seed: ${phrase}`);
  return seedText.slice(0, i).split("\n").length;
};
