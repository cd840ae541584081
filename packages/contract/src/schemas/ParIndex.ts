/**
 * Request and response schemas of the PAR Index endpoints (`./ParIndex.ts`); they validate and
 * generate the OpenAPI document.
 */
import * as Assessment from "@cchc/domain/par-index/Assessment";
import { Decision, Framework, Level, Method, Threshold } from "@cchc/domain/par-index/Framework";
import { ParStep, State } from "@cchc/domain/par-index/ParWorkflow";
import { Schema } from "effect";

/** A framework in the list. */
export const FrameworkSummary = Schema.Struct({
  code: Schema.String,
  name: Schema.String,
  years: Schema.Array(Schema.Number),
  level: Level,
  maxScore: Schema.Number,
  criteriaCount: Schema.Number.annotations({ description: "Số tiêu chí được chấm điểm (lá của cây)" }),
  decision: Decision,
  illustrative: Schema.Boolean,
}).annotations({ identifier: "ParFrameworkSummary" });

/** The whole framework tree. */
export const FrameworkTree = Framework;

const EvidenceView = Schema.Struct({
  kind: Schema.Literal("document"),
  id: Schema.Number,
  label: Schema.String,
  date: Schema.NullOr(Schema.String),
}).annotations({ identifier: "ParEvidence" });

/** An evidence reference a client sends: a document of the register by id. */
export const EvidenceRef = Assessment.EvidenceRef;

const Computation = Schema.Struct({
  label: Schema.String,
  formula: Schema.String,
  period: Schema.String,
  numerator: Schema.Number,
  denominator: Schema.Number,
  rate: Schema.NullOr(Schema.Number),
  values: Schema.Array(Schema.Struct({ key: Schema.String, value: Schema.Number })),
  missing: Schema.Array(Schema.String),
  thresholds: Schema.Array(Threshold),
}).annotations({ identifier: "ParComputation" });

/** A workflow step as answered. */
export const StepView = ParStep;

/** A unit's assessment. */
export const AssessmentView = Schema.Struct({
  framework: Schema.String,
  unit: Schema.String,
  unitName: Schema.String,
  status: State,
  total: Schema.Struct({ self: Schema.Number, appraised: Schema.NullOr(Schema.Number), final: Schema.Number }),
  byArea: Schema.Record({ key: Schema.String, value: Schema.Number }),
  criteria: Schema.Array(
    Schema.Struct({
      code: Schema.String,
      name: Schema.String,
      area: Schema.String,
      maxScore: Schema.Number,
      step: Schema.Number,
      method: Method,
      illustrative: Schema.Boolean,
      guidance: Schema.NullOr(Schema.String),
      selfScore: Schema.NullOr(Schema.Number),
      computedScore: Schema.NullOr(Schema.Number),
      appraisedScore: Schema.NullOr(Schema.Number),
      finalScore: Schema.Number,
      computation: Schema.NullOr(Computation),
      evidence: Schema.Array(EvidenceView),
      note: Schema.NullOr(Schema.String),
      reason: Schema.NullOr(Schema.String),
      surveySource: Schema.NullOr(Schema.String),
      version: Schema.Number,
    }),
  ),
  history: Schema.Array(ParStep),
}).annotations({ identifier: "ParAssessment" });

/** The body of a criterion write. */
export const CriterionBody = Schema.Struct({
  selfScore: Schema.optional(Schema.NullOr(Schema.Number)).annotations({
    description: "Điểm tự chấm (đơn vị) hoặc điểm điều tra nhập từ kết quả (tiêu chí survey)",
  }),
  appraisedScore: Schema.optional(Schema.NullOr(Schema.Number)).annotations({ description: "Điểm thẩm định (cấp trên; cần lý do)" }),
  evidence: Schema.optional(Schema.Array(EvidenceRef).pipe(Schema.maxItems(50))),
  note: Schema.optional(Schema.NullOr(Schema.String.pipe(Schema.maxLength(4000)))),
  reason: Schema.optional(Schema.NullOr(Schema.String.pipe(Schema.maxLength(4000)))),
  surveySource: Schema.optional(Schema.NullOr(Schema.String.pipe(Schema.maxLength(1000)))),
  version: Schema.Int.pipe(Schema.nonNegative()).annotations({ description: "Phiên bản đã đọc (0 khi chưa chấm)" }),
}).annotations({ identifier: "ParCriterionWrite" });

/** The stored criterion after a write. */
export const CriterionStored = Assessment.StoredScore;

/** A ranking as JSON. */
export const Ranking = Schema.Struct({
  framework: Schema.String,
  parent: Schema.String,
  previous: Schema.NullOr(Schema.String),
  areas: Schema.Array(Schema.Struct({ code: Schema.String, name: Schema.String, maxScore: Schema.Number })),
  items: Schema.Array(
    Schema.Struct({
      unit: Schema.String,
      name: Schema.String,
      status: State,
      total: Schema.Number,
      rank: Schema.Number,
      byArea: Schema.Record({ key: Schema.String, value: Schema.Number }),
      previousTotal: Schema.NullOr(Schema.Number),
      change: Schema.NullOr(Schema.Number),
    }),
  ),
}).annotations({ identifier: "ParRanking" });
