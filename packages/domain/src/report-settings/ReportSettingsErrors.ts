/**
 * Failures of a unit's report settings (header, signer, recipients).
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No settings are stored for this unit. */
export class ReportSettingsNotFound extends Data.TaggedError("ReportSettingsNotFound")<{ readonly unit: string }> {}

/** The settings changed since the client read them. */
export class ReportSettingsConflict extends Data.TaggedError("ReportSettingsConflict")<{
  readonly unit: string;
  readonly expectedVersion: number;
  readonly currentVersion: number;
}> {}
