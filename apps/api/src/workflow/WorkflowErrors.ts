/**
 * Failures of a submission, mapped to 422 in `http/errors.ts`.
 */
import type { SubmissionFinding } from "@cchc/db/workflow/ReportSources";
import { Data } from "effect";

/** Validation found errors: the report cannot be submitted until they are fixed. */
export class SubmissionBlocked extends Data.TaggedError("SubmissionBlocked")<{
  readonly errors: ReadonlyArray<SubmissionFinding>;
  readonly warnings: ReadonlyArray<SubmissionFinding>;
}> {}

/** Validation found warnings: the submission must explain them in a comment. */
export class WarningCommentRequired extends Data.TaggedError("WarningCommentRequired")<{
  readonly warnings: ReadonlyArray<SubmissionFinding>;
}> {}

/** Compulsory indicators have neither a value nor a stated reason: the report is incomplete (ADR 0021). */
export class SubmissionIncomplete extends Data.TaggedError("SubmissionIncomplete")<{
  readonly missing: ReadonlyArray<{ readonly indicator: string; readonly nameVi: string }>;
  readonly errors: ReadonlyArray<SubmissionFinding>;
  readonly warnings: ReadonlyArray<SubmissionFinding>;
}> {}
