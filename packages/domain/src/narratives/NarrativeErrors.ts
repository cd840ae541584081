/**
 * Failures of a report's narrative sections: missing or stale.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No text for this section yet. */
export class NarrativeNotFound extends Data.TaggedError("NarrativeNotFound")<{
  readonly unit: string;
  readonly period: string;
  readonly section: string;
}> {}

/** The section changed since the client read it. */
export class NarrativeConflict extends Data.TaggedError("NarrativeConflict")<{
  readonly section: string;
  readonly expectedVersion: number;
  readonly currentVersion: number;
}> {}
