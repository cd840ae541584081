import { Either } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leaves } from "../../src/par-index/Framework.js";
import { decode, shipped } from "../../src/par-index/Frameworks.js";
import { rank } from "../../src/par-index/Ranking.js";
import { checkScore, evaluateFormula, finalScore, pointsFor, sumPoints, totals } from "../../src/par-index/Scoring.js";
import { lookupOf } from "../../src/validation/Expression.js";

const dt = shipped.find((f) => f.code === "DT-SO-2022");
if (!dt) throw new Error("DT-SO-2022 missing");
const leaf = (code: string) => {
  const l = leaves(dt).find((x) => x.code === code);
  if (!l) throw new Error(code);
  return l;
};

describe("shipped frameworks", () => {
  it("hold together: 100 points each, formulas parse, leaves counted", () => {
    for (const f of shipped) expect(f.areas.reduce((s, a) => s + a.maxScore, 0)).toBe(100);
    expect(
      leaves(dt)
        .filter((l) => l.method === "formula")
        .map((l) => l.code),
    ).toEqual(["1.1.2", "1.5", "3.2", "3.3", "6.1", "7.1"]);
    expect(leaves(dt).every((l) => l.illustrative)).toBe(true);
  });
  it("refuses a framework whose node maximum is not the sum of its children, naming the node", () => {
    const broken = JSON.parse(JSON.stringify(dt));
    broken.areas[0].criteria[0].maxScore = 4;
    const r = decode(broken);
    expect(Either.isLeft(r) && r.left.path).toBe("areas[0]");
    const badFormula = JSON.parse(JSON.stringify(dt));
    badFormula.areas[2].criteria[1].formula.numerator = "#{tthc.hoso.dagiaiquyet";
    const r2 = decode(badFormula);
    expect(Either.isLeft(r2) && r2.left.path).toBe("areas[2].criteria[1].formula.numerator");
  });
});

describe("scores", () => {
  it("accepts 0…max on the step and refuses the rest", () => {
    const l = leaf("1.2"); // max 2, step 0.25
    expect(checkScore(l, 0)).toEqual(Either.right(0));
    expect(checkScore(l, 2)).toEqual(Either.right(2));
    expect(checkScore(l, 1.75)).toEqual(Either.right(1.75));
    expect(checkScore(l, 2.25)).toEqual(Either.left("out-of-range"));
    expect(checkScore(l, -0.25)).toEqual(Either.left("out-of-range"));
    expect(checkScore(l, 1.3)).toEqual(Either.left("not-a-step"));
    expect(checkScore(leaf("8.1"), 8.37)).toEqual(Either.right(8.37));
  });
  it("every multiple of the step within range is accepted, every value off the step refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 24 }), (k, off) => {
        const l = { maxScore: 2, step: 0.25 };
        expect(Either.isRight(checkScore(l, k * 0.25))).toBe(true);
        expect(checkScore(l, k * 0.25 + off / 100)).toSatisfy(Either.isLeft);
      }),
    );
  });
});

describe("threshold tables at their edges", () => {
  const t = leaf("3.2").formula?.thresholds ?? [];
  it("≥ 98 → 6, 95…98 → 3, below → 0", () => {
    expect(pointsFor(t, 100)).toBe(6);
    expect(pointsFor(t, 98)).toBe(6);
    expect(pointsFor(t, 97.99)).toBe(3);
    expect(pointsFor(t, 95)).toBe(3);
    expect(pointsFor(t, 94.99)).toBe(0);
    expect(pointsFor(t, 0)).toBe(0);
    expect(pointsFor(t, null)).toBe(0);
  });
  it("points never decrease as the rate grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pointsFor(t, lo)).toBeLessThanOrEqual(pointsFor(t, hi));
      }),
    );
  });
});

describe("formulas", () => {
  it("the seed's province figures: 299.594 of 305.733 dossiers early or on time → 97,99% → 3 points", () => {
    const f = leaf("3.2").formula;
    if (!f) throw new Error("no formula");
    const r = Either.getOrThrow(
      evaluateFormula(
        f,
        lookupOf([
          { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "", value: 305733 },
          { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "timeliness=early", value: 265055 },
          { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "timeliness=on-time", value: 34539 },
        ]),
      ),
    );
    expect(r).toMatchObject({ numerator: 299594, denominator: 305733, rate: 97.99, points: 3, missing: [] });
  });
  it("a missing value gives no rate and 0 points, naming the value", () => {
    const f = leaf("7.1").formula;
    if (!f) throw new Error("no formula");
    const r = Either.getOrThrow(evaluateFormula(f, lookupOf([{ indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "", value: 10 }])));
    expect(r).toMatchObject({ rate: null, points: 0, missing: ["tthc.hoso.tiepnhanmoi[channel=online]"] });
  });
});

const criterionArb = fc.record({
  method: fc.constantFrom("manual" as const, "formula" as const, "survey" as const),
  selfScore: fc.option(fc.integer({ min: 0, max: 400 }).map((n) => n / 100)),
  computedScore: fc.option(fc.integer({ min: 0, max: 8 }).map((n) => n / 2)),
  appraisedScore: fc.option(fc.integer({ min: 0, max: 40 }).map((n) => n / 4)),
});

describe("totals and ranks (generated)", () => {
  it("total = sum of the criteria's final scores, exact to the hundredth", () => {
    fc.assert(
      fc.property(fc.array(criterionArb, { maxLength: 40 }), (cs) => {
        const t = totals(cs, true);
        const cents = cs.reduce((s, c) => s + Math.round(finalScore(c) * 100), 0);
        expect(Math.round(t.final * 100)).toBe(cents);
        expect(t.appraised).toBe(t.final);
        expect(totals(cs, false).appraised).toBeNull();
      }),
    );
  });
  it("ranks descend with totals; equal totals share a rank; ranks skip after ties", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }).chain((codes) =>
          fc.tuple(
            fc.constant(codes),
            fc.array(
              fc.integer({ min: 0, max: 40 }).map((n) => n * 2.5),
              { minLength: codes.length, maxLength: codes.length },
            ),
          ),
        ),
        ([codes, scores]) => {
          const items = codes.map((c, i) => ({ code: c, total: scores[i] as number }));
          const r = rank(
            items,
            (x) => x.total,
            (x) => x.code,
          );
          expect(r).toHaveLength(items.length);
          r.forEach((x, i) => {
            const above = r.filter((y) => y.total > x.total).length;
            expect(x.rank).toBe(above + 1);
            if (i > 0) expect((r[i - 1] as typeof x).total).toBeGreaterThanOrEqual(x.total);
          });
          for (const a of r) for (const b of r) if (a.total === b.total) expect(a.rank).toBe(b.rank);
        },
      ),
    );
  });
  it("1, 2, 2, 4 on a hand example", () => {
    const r = rank(
      [
        { u: "A", t: 80 },
        { u: "B", t: 90.5 },
        { u: "C", t: 80 },
        { u: "D", t: 70 },
      ],
      (x) => x.t,
      (x) => x.u,
    );
    expect(r.map((x) => [x.item.u, x.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 2],
      ["D", 4],
    ]);
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
  });
});
