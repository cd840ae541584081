import { describe, expect, it } from "vitest";
import { scoreChecker } from "../../src/check/CorpusScore.js";
import { corpus } from "../fixtures/corpus/Corpus.js";

describe("the checker on published reports of other provinces and years", () => {
  const score = scoreChecker(corpus);

  it("holds at least 12 extracts, each with its source address", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    for (const c of corpus) expect(c.source, c.id).toMatch(/^https?:\/\/[^ ]+$/u);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it("finds every annotated inconsistency (recall ≥ 90 %) and raises no error on a consistent passage", () => {
    expect(score.annotated).toBeGreaterThanOrEqual(5);
    expect(score.missed).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseAlarms).toEqual([]);
    expect(score.precision).toBe(1);
  });

  it("counts a finding at a place nobody annotated as a false alarm", () => {
    const wrong = scoreChecker([
      { id: "x", text: "Tổng số 100 hồ sơ, trong đó 70 hồ sơ trực tuyến, 50 hồ sơ trực tiếp.", inconsistencies: [] },
    ]);
    expect(wrong.falseAlarms.map((f) => f.rule)).toEqual(["parts-exceed-total"]);
    expect(wrong.precision).toBe(0);
  });
});
