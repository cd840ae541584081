/**
 * The arithmetic of the PAR Index: whether a score is acceptable for a criterion (0…max, a
 * multiple of the step), the threshold table that turns a rate into points, a formula criterion
 * evaluated against the unit's values, the final score of a criterion (appraisal over self or
 * computed score) and totals. Points are added in hundredths, as integers, so that 0,1 + 0,2 is 0,3.
 */
import { Either } from "effect";
import * as Expression from "../validation/Expression.js";
import type { Formula, Leaf, Method, Threshold } from "./Framework.js";

/** Why a score is refused. */
export type ScoreProblem = "out-of-range" | "not-a-step";

const EPS = 1e-9;

/** Checks a score against a criterion's maximum and step. */
export const checkScore = (leaf: Pick<Leaf, "maxScore" | "step">, score: number): Either.Either<number, ScoreProblem> => {
  if (!Number.isFinite(score) || score < -EPS || score > leaf.maxScore + EPS) return Either.left("out-of-range");
  const k = score / leaf.step;
  if (Math.abs(k - Math.round(k)) > 1e-7) return Either.left("not-a-step");
  return Either.right(toHundredths(score) / 100);
};

/** A number of points as whole hundredths. */
export const toHundredths = (points: number): number => Math.round(points * 100);

/** The sum of point values, exact to the hundredth. */
export const sumPoints = (points: ReadonlyArray<number>): number => points.reduce((s, p) => s + toHundredths(p), 0) / 100;

/**
 * The points of a rate under a threshold table: the row with the highest `min` the rate reaches;
 * 0 when it reaches none (or there is no rate).
 */
export const pointsFor = (thresholds: ReadonlyArray<Threshold>, rate: number | null): number => {
  if (rate === null || !Number.isFinite(rate)) return 0;
  let best: Threshold | undefined;
  for (const t of thresholds) if (rate >= t.min - EPS && (best === undefined || t.min > best.min)) best = t;
  return best?.points ?? 0;
};

/** A formula criterion evaluated: its inputs, the rate and the points. */
export interface FormulaResult {
  readonly numerator: number;
  readonly denominator: number;
  /** Percent, rounded to 2 decimals; null when the denominator is 0 or a value is missing. */
  readonly rate: number | null;
  readonly points: number;
  readonly missing: ReadonlyArray<string>;
  readonly values: ReadonlyArray<{ readonly key: string; readonly value: number }>;
}

const keyLabel = (k: { indicator: string; disaggregation: string }) =>
  k.disaggregation ? `${k.indicator}[${k.disaggregation}]` : k.indicator;

/**
 * Evaluates a formula against a lookup of the unit's values. A missing value or a zero
 * denominator gives no rate and 0 points: the criterion is not met on data the unit did not keep.
 */
export const evaluateFormula = (f: Formula, lookup: Expression.Lookup): Either.Either<FormulaResult, Expression.ExpressionInvalid> =>
  Either.gen(function* () {
    const num = Expression.evaluate(yield* Expression.parse(f.numerator), lookup);
    const den = Expression.evaluate(yield* Expression.parse(f.denominator), lookup);
    const missing = [...num.missing, ...den.missing].map(keyLabel);
    const values = [...num.present, ...den.present].map((p) => ({ key: keyLabel(p), value: p.value }));
    const rate = missing.length > 0 || den.value === 0 ? null : Math.round((num.value / den.value) * 100 * 100) / 100;
    return {
      numerator: num.value,
      denominator: den.value,
      rate,
      points: pointsFor(f.thresholds, rate),
      missing: [...new Set(missing)],
      values: [...new Map(values.map((v) => [v.key, v])).values()],
    };
  });

/** The scores a criterion holds. */
export interface CriterionScores {
  readonly method: Method;
  readonly selfScore: number | null;
  readonly computedScore: number | null;
  readonly appraisedScore: number | null;
}

/**
 * The final score: the appraiser's score when there is one; otherwise the computed score for a
 * formula criterion and the self-score (or imported survey score) for the others; 0 when none.
 */
export const finalScore = (s: CriterionScores): number =>
  s.appraisedScore ?? (s.method === "formula" ? (s.computedScore ?? 0) : (s.selfScore ?? 0));

/** The self-assessed total counts computed scores for formula criteria (the unit cannot override them). */
export const selfAssessed = (s: CriterionScores): number => (s.method === "formula" ? (s.computedScore ?? 0) : (s.selfScore ?? 0));

/** Totals of an assessment: self-assessed, appraised (null before any appraisal) and final. */
export interface Totals {
  readonly self: number;
  readonly appraised: number | null;
  readonly final: number;
}

/** Totals over a list of criteria; `appraised` counts the final scores once an appraisal exists. */
export const totals = (criteria: ReadonlyArray<CriterionScores>, appraised: boolean): Totals => {
  const final = sumPoints(criteria.map(finalScore));
  return { self: sumPoints(criteria.map(selfAssessed)), appraised: appraised ? final : null, final };
};
