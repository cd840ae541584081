import { describe, expect, it } from "vitest";
import { scoreChecker, scoreExtractor } from "../../src/check/CorpusScore.js";
import { extractFigures } from "../../src/extract/ExtractFigures.js";
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

  it("extracts the annotated dossier figures with the right labels and no wrong figure", () => {
    const ex = scoreExtractor(corpus);
    expect(ex.texts).toBeGreaterThanOrEqual(7);
    expect(ex.annotated).toBeGreaterThanOrEqual(35);
    expect(ex.wrong).toEqual([]);
    expect(ex.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("maps a combined category to the aggregate, and keeps a level's figures apart with their sentence", () => {
    const lamdong = corpus.find((c) => c.id === "lamdong-2020-q1");
    const r = extractFigures(lamdong?.text ?? "");
    expect(r.figures.find((f) => f.disaggregation === "timeliness=early-or-on-time")?.value).toBe(635593);
    expect(r.figures.some((f) => f.disaggregation === "timeliness=early" || f.disaggregation === "timeliness=on-time")).toBe(false);
    expect(r.figures.find((f) => f.indicator === "tthc.hoso.danggiaiquyet" && f.disaggregation === "")?.value).toBe(7172);
    const apart = r.unplaced ?? [];
    expect(apart.map((u) => u.value)).toContain(54575);
    expect(apart.find((u) => u.value === 340060)?.reason).toBe("số liệu riêng của cấp huyện");
    expect(apart.find((u) => u.value === 340060)?.sentence).toContain("12 huyện, thành phố");
  });
});
