import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { next } from "../../src/par-index/ParWorkflow.js";

describe("PAR workflow", () => {
  it("draft → submitted → appraised → published; returns go back to draft", () => {
    expect(next("draft", "submit")).toEqual(Either.right("submitted"));
    expect(next("submitted", "appraise")).toEqual(Either.right("appraised"));
    expect(next("appraised", "publish")).toEqual(Either.right("published"));
    expect(next("submitted", "return")).toEqual(Either.right("draft"));
    expect(next("appraised", "return")).toEqual(Either.right("draft"));
  });
  it("refuses steps out of order, publication included", () => {
    for (const [s, c] of [
      ["draft", "appraise"],
      ["draft", "publish"],
      ["published", "return"],
      ["published", "submit"],
      ["submitted", "publish"],
    ] as const)
      expect(Either.isLeft(next(s, c))).toBe(true);
  });
});
