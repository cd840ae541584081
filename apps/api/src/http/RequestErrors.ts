/**
 * Failures of the request itself, found before any handler runs.
 */
import { Data } from "effect";
import type { FieldIssue } from "./ApiError.js";

/** Path, query or body did not match the route's schema. */
export class RequestInvalid extends Data.TaggedError("RequestInvalid")<{ readonly issues: ReadonlyArray<FieldIssue> }> {}

/** The body is not parseable as what the route takes (broken JSON, wrong encoding). */
export class BodyMalformed extends Data.TaggedError("BodyMalformed")<{ readonly reason: string }> {}

/** The body is larger than the route accepts. */
export class BodyTooLarge extends Data.TaggedError("BodyTooLarge")<{ readonly limitBytes: number }> {}

/** The body's content type is not one the route takes. */
export class MediaTypeUnsupported extends Data.TaggedError("MediaTypeUnsupported")<{
  readonly contentType: string;
  readonly accepted: ReadonlyArray<string>;
}> {}
