/**
 * Failures of reform activities (training, communication, surveys …): missing, stale or invalid.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";
import type { Activity } from "./Activity.js";

/** No activity has this id. */
export class ActivityNotFound extends Data.TaggedError("ActivityNotFound")<{ readonly id: number }> {}

/** The activity changed since the client read it; `current` is what is stored now. */
export class ActivityConflict extends Data.TaggedError("ActivityConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly current: Activity;
}> {}

/** A field names something that does not exist (a document not in the register). */
export class ActivityInvalid extends Data.TaggedError("ActivityInvalid")<{ readonly field: string; readonly reason: string }> {}
