/**
 * Failures of the organisation tree: a unit missing, duplicated, or under a parent that does not exist.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No unit has this code. */
export class OrgUnitNotFound extends Data.TaggedError("OrgUnitNotFound")<{ readonly code: string }> {}

/** A unit with this code exists already. */
export class OrgUnitDuplicate extends Data.TaggedError("OrgUnitDuplicate")<{ readonly code: string }> {}

/** The parent named by a unit does not exist. */
export class OrgUnitParentMissing extends Data.TaggedError("OrgUnitParentMissing")<{
  readonly code: string;
  readonly parentCode: string;
}> {}
