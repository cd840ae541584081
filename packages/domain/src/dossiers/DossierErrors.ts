/**
 * Failures of dossier statistics requests.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** The window's start is after its end, or a day is not a real day. */
export class DossierWindowInvalid extends Data.TaggedError("DossierWindowInvalid")<{ readonly start: string; readonly end: string }> {}
