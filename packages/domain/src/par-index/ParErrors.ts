/**
 * Expected failures of the PAR Index, as data (identifiers, no text): the API maps each to a
 * status, a stable code and a Vietnamese message naming the field at fault.
 */
import { Data } from "effect";
import type { ScoreProblem } from "./Scoring.js";

/** No framework has this code. */
export class ParFrameworkNotFound extends Data.TaggedError("ParFrameworkNotFound")<{ readonly code: string }> {}

/** A framework with this code exists already: frameworks are immutable, a change is a new code. */
export class ParFrameworkExists extends Data.TaggedError("ParFrameworkExists")<{ readonly code: string }> {}

/** An uploaded framework does not hold together. */
export class ParFrameworkInvalid extends Data.TaggedError("ParFrameworkInvalid")<{ readonly path: string; readonly problem: string }> {}

/** The framework has no scored criterion with this code. */
export class ParCriterionNotFound extends Data.TaggedError("ParCriterionNotFound")<{
  readonly framework: string;
  readonly criterion: string;
}> {}

/** A score outside 0…max or off the criterion's step; `field` is the request field. */
export class ParScoreInvalid extends Data.TaggedError("ParScoreInvalid")<{
  readonly criterion: string;
  readonly field: string;
  readonly problem: ScoreProblem;
  readonly score: number;
  readonly maxScore: number;
  readonly step: number;
}> {}

/** A self-score above 0 of a manual criterion needs at least one piece of evidence. */
export class ParEvidenceRequired extends Data.TaggedError("ParEvidenceRequired")<{ readonly criterion: string }> {}

/** An evidence reference points at nothing in the register. */
export class ParEvidenceNotFound extends Data.TaggedError("ParEvidenceNotFound")<{
  readonly criterion: string;
  readonly index: number;
  readonly kind: string;
  readonly id: number;
}> {}

/** The assessment's state does not allow this change (after submission for the unit, after publication for everyone). */
export class ParLocked extends Data.TaggedError("ParLocked")<{
  readonly framework: string;
  readonly unit: string;
  readonly state: string;
  readonly by: "unit" | "appraiser";
}> {}

/** The criterion changed since the client read it. */
export class ParScoreConflict extends Data.TaggedError("ParScoreConflict")<{
  readonly criterion: string;
  readonly expectedVersion: number;
  readonly currentVersion: number;
}> {}

/** The unit tried to score a criterion computed from data or taken from a survey. */
export class ParScoreNotSelfAssessed extends Data.TaggedError("ParScoreNotSelfAssessed")<{
  readonly criterion: string;
  readonly method: string;
}> {}

/** An appraiser's change or a return needs a reason. */
export class ParReasonRequired extends Data.TaggedError("ParReasonRequired")<{ readonly criterion: string | null }> {}

/** Only the appraisal role of a unit above the assessed unit may appraise, return or publish. */
export class ParNotAppraiser extends Data.TaggedError("ParNotAppraiser")<{ readonly unit: string }> {}

/** An imported survey result must name the survey it comes from. */
export class ParSurveySourceRequired extends Data.TaggedError("ParSurveySourceRequired")<{ readonly criterion: string }> {}

/** The unit is not of the level the framework assesses (a province under a framework for departments). */
export class ParUnitNotAssessed extends Data.TaggedError("ParUnitNotAssessed")<{
  readonly framework: string;
  readonly unit: string;
  readonly level: string;
  readonly kind: string;
}> {}
