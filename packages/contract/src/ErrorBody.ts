/**
 * The one JSON error shape of the API: `{ "error": { "code", "message", "details" } }`.
 * `code` is stable for programs; `message` is Vietnamese for people.
 */
import { Schema } from "effect";

/** A problem with one field of the request. */
export const FieldIssue = Schema.Struct({
  /** Where: `params.code`, `query.regime`, `body.values[3].value`, or a line number for files. */
  path: Schema.String,
  message: Schema.String,
}).annotations({ identifier: "FieldIssue" });
export type FieldIssue = typeof FieldIssue.Type;

/** The error body every failing request gets. */
export const ApiErrorBody = Schema.Struct({
  error: Schema.Struct({
    code: Schema.String,
    message: Schema.String,
    details: Schema.optional(Schema.Unknown),
  }),
}).annotations({ identifier: "ApiError" });
export type ApiErrorBody = typeof ApiErrorBody.Type;
