/**
 * Failures of the indicator catalogue: no catalogue for a year, an indicator not in it.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No catalogue is loaded for any year (or for the year asked). */
export class CatalogueNotFound extends Data.TaggedError("CatalogueNotFound")<{ readonly year: number }> {}

/** No indicator (or rate) has this code in the applicable catalogue. */
export class IndicatorNotFound extends Data.TaggedError("IndicatorNotFound")<{ readonly code: string; readonly year: number }> {}
