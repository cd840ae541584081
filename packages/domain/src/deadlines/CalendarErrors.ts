/**
 * Failures of calendar links (read-only calendar tokens).
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No calendar token of this user has this id. */
export class CalendarTokenNotFound extends Data.TaggedError("CalendarTokenNotFound")<{ readonly id: string }> {}
