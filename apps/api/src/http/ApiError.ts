/**
 * The one JSON error shape of the API: `{ "error": { "code", "message", "details" } }`.
 * `code` is stable for programs; `message` is Vietnamese for people.
 */
import type { ApiErrorBody } from "@cchc/contract/ErrorBody";

export { ApiErrorBody, FieldIssue } from "@cchc/contract/ErrorBody";

/** An HTTP answer for a failure: status and body. */
export interface HttpFailure {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 503;
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
  /** Headers the answer carries besides its JSON (Retry-After). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Builds the JSON body of a failure. */
export const body = (f: HttpFailure): ApiErrorBody => ({
  error: { code: f.code, message: f.message, ...(f.details === undefined ? {} : { details: f.details }) },
});
