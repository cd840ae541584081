/**
 * What the assembly returns: the document model, the warnings it raised (missing values, dates
 * outside the period, counts that disagree) and the validation findings passed through, so the
 * author sees them before rendering. Rendering with warnings is allowed.
 */
import { Schema } from "effect";
import { ReportDocument } from "./ReportDocument.js";
import { ReportFinding } from "./ReportInput.js";

/** Stable codes of assembly warnings. */
export const WarningCode = Schema.Literal(
  "value-missing",
  "rate-undefined",
  "indicator-unknown",
  "placeholder-unknown",
  "recipient-is-issuer",
  "narrative-missing",
  "date-outside-period",
  "date-after-report",
  "training-count-mismatch",
  "assigned-tasks-mismatch",
  "assigned-tasks-values-differ",
).annotations({ identifier: "AssemblyWarningCode" });
export type WarningCode = typeof WarningCode.Type;

/** A warning about the assembled report. */
export const AssemblyWarning = Schema.Struct({
  code: WarningCode,
  message: Schema.String,
  sectionId: Schema.optional(Schema.String),
  indicator: Schema.optional(Schema.String),
}).annotations({ identifier: "AssemblyWarning" });
export type AssemblyWarning = typeof AssemblyWarning.Type;

/** The document with its warnings and the data findings. */
export const AssemblyResult = Schema.Struct({
  document: ReportDocument,
  warnings: Schema.Array(AssemblyWarning),
  findings: Schema.Array(ReportFinding),
}).annotations({ identifier: "AssemblyResult" });
export type AssemblyResult = typeof AssemblyResult.Type;
