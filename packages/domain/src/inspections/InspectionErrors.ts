/**
 * Failures of reform inspections: missing, stale or invalid.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";
import type { Inspection } from "./Inspection.js";

/** No inspection has this id. */
export class InspectionNotFound extends Data.TaggedError("InspectionNotFound")<{ readonly id: number }> {}

/** The inspection changed since the client read it; `current` is what is stored now. */
export class InspectionConflict extends Data.TaggedError("InspectionConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly current: Inspection;
}> {}

/** A field names something that does not exist (a document not in the register). */
export class InspectionInvalid extends Data.TaggedError("InspectionInvalid")<{ readonly field: string; readonly reason: string }> {}
