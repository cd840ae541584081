/**
 * The view of a unit's assessment under a framework, computed from what is stored and the
 * unit's values: each scored criterion with its self, computed, appraised and final score, the
 * formula's inputs, and the totals (the sum of the final scores). Pure: the API, the exports and
 * the demo build it the same way.
 */
import { Either, Schema } from "effect";
import type * as Expression from "../validation/Expression.js";
import { type Framework, type Leaf, leaves } from "./Framework.js";
import { evaluateFormula, type FormulaResult, finalScore, sumPoints, type Totals, totals } from "./Scoring.js";

/** A reference to evidence in the register: a document by its register id. */
export const EvidenceRef = Schema.Struct({
  kind: Schema.Literal("document"),
  id: Schema.Int.pipe(Schema.positive()),
}).annotations({ identifier: "ParEvidenceRef" });
export type EvidenceRef = typeof EvidenceRef.Type;

/** One criterion of an assessment as the repository stores it and the API answers it after a write. */
export const StoredScore = Schema.Struct({
  criterion: Schema.String,
  selfScore: Schema.NullOr(Schema.Number),
  appraisedScore: Schema.NullOr(Schema.Number),
  evidence: Schema.Array(EvidenceRef),
  note: Schema.NullOr(Schema.String),
  reason: Schema.NullOr(Schema.String),
  surveySource: Schema.NullOr(Schema.String),
  version: Schema.Number,
  updatedBy: Schema.String,
  updatedAt: Schema.String,
}).annotations({ identifier: "ParCriterionStored" });
export type StoredScore = typeof StoredScore.Type;

/** What the view reads of a stored criterion (`StoredScore` has it). */
export interface StoredCriterion {
  readonly criterion: string;
  readonly selfScore: number | null;
  readonly appraisedScore: number | null;
  readonly note: string | null;
  readonly reason: string | null;
  readonly version: number;
}

/** A scored criterion of the view. */
export interface CriterionView {
  readonly leaf: Leaf;
  readonly method: Leaf["method"];
  readonly stored: StoredCriterion | undefined;
  readonly selfScore: number | null;
  readonly computedScore: number | null;
  readonly appraisedScore: number | null;
  readonly finalScore: number;
  readonly computation: (FormulaResult & { readonly formula: string; readonly period: string }) | null;
}

/** The period a framework's formulas read: the first year it applies to, with the formula's period (the year by default). */
export const dataPeriod = (f: Framework, period: string | undefined): string => `${f.years[0] ?? 0}-${period ?? "Y"}`;

/** Builds the criteria and totals of an assessment. */
export const view = (
  f: Framework,
  stored: ReadonlyArray<StoredCriterion>,
  lookupFor: (period: string) => Expression.Lookup,
  appraised: boolean,
): { readonly criteria: ReadonlyArray<CriterionView>; readonly total: Totals; readonly byArea: Readonly<Record<string, number>> } => {
  const byCode = new Map(stored.map((s) => [s.criterion, s]));
  const criteria = leaves(f).map((leaf): CriterionView => {
    const s = byCode.get(leaf.code);
    let computation: CriterionView["computation"] = null;
    if (leaf.method === "formula" && leaf.formula) {
      const period = dataPeriod(f, leaf.formula.period);
      const r = evaluateFormula(leaf.formula, lookupFor(period));
      // Frameworks are checked on load, so their formulas parse.
      if (Either.isRight(r))
        computation = { ...r.right, formula: `(${leaf.formula.numerator}) / (${leaf.formula.denominator}) × 100`, period };
    }
    const scores = {
      method: leaf.method,
      selfScore: leaf.method === "formula" ? null : (s?.selfScore ?? null),
      computedScore: computation ? computation.points : null,
      appraisedScore: s?.appraisedScore ?? null,
    };
    return { leaf, stored: s, ...scores, finalScore: finalScore(scores), computation };
  });
  const byArea: Record<string, number> = {};
  for (const a of f.areas) byArea[a.code] = sumPoints(criteria.filter((c) => c.leaf.area === a.code).map((c) => c.finalScore));
  return { criteria, total: totals(criteria, appraised), byArea };
};
