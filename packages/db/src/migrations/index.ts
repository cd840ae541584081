/**
 * Every migration, in order of their ISO-dated names. Add a line per new migration file.
 */
import type { Migration } from "kysely";
import * as m20261127_1000_org_units from "./2026-11-27T1000_org_units.js";
import * as m20261127_1100_indicators_values from "./2026-11-27T1100_indicators_values.js";
import * as m20261127_1100_records from "./2026-11-27T1100_records.js";
import * as m20261127_1200_dossiers from "./2026-11-27T1200_dossiers.js";
import * as m20261127_1300_accounts from "./2026-11-27T1300_accounts.js";
import * as m20261127_1400_report_settings from "./2026-11-27T1400_report_settings.js";
import * as m20261128_0900_dossier_ingest_staging from "./2026-11-28T0900_dossier_ingest_staging.js";
import * as m20261128_1100_dossier_ingest_staging_drop from "./2026-11-28T1100_dossier_ingest_staging_drop.js";
import * as m20261129_0900_record_versions from "./2026-11-29T0900_record_versions.js";
import * as m20261202_1300_par_index from "./2026-12-02T1300_par_index.js";
import * as m20261202_1400_reminders from "./2026-12-02T1400_reminders.js";
import * as m20261202_1600_rate_claim_versions from "./2026-12-02T1600_rate_claim_versions.js";
import * as m20261202_1700_value_as_of from "./2026-12-02T1700_value_as_of.js";
import * as m20261202_1800_cache_versions from "./2026-12-02T1800_cache_versions.js";
import * as m20261203_0100_compulsory_missing_reasons from "./2026-12-03T0100_compulsory_missing_reasons.js";
import * as m20261206_0300_dossier_key_bytewise from "./2026-12-06T0300_dossier_key_bytewise.js";
import * as m20261206_1000_dossier_key_id_first from "./2026-12-06T1000_dossier_key_id_first.js";

/** All migrations by name; Kysely runs them in name order. */
export const migrations: Record<string, Migration> = {
  "2026-11-27T1000_org_units": m20261127_1000_org_units,
  "2026-11-27T1100_indicators_values": m20261127_1100_indicators_values,
  "2026-11-27T1100_records": m20261127_1100_records,
  "2026-11-27T1200_dossiers": m20261127_1200_dossiers,
  "2026-11-27T1300_accounts": m20261127_1300_accounts,
  "2026-11-27T1400_report_settings": m20261127_1400_report_settings,
  "2026-11-28T0900_dossier_ingest_staging": m20261128_0900_dossier_ingest_staging,
  "2026-11-28T1100_dossier_ingest_staging_drop": m20261128_1100_dossier_ingest_staging_drop,
  "2026-11-29T0900_record_versions": m20261129_0900_record_versions,
  "2026-12-02T1300_par_index": m20261202_1300_par_index,
  "2026-12-02T1400_reminders": m20261202_1400_reminders,
  "2026-12-02T1600_rate_claim_versions": m20261202_1600_rate_claim_versions,
  "2026-12-02T1700_value_as_of": m20261202_1700_value_as_of,
  "2026-12-02T1800_cache_versions": m20261202_1800_cache_versions,
  "2026-12-03T0100_compulsory_missing_reasons": m20261203_0100_compulsory_missing_reasons,
  "2026-12-06T0300_dossier_key_bytewise": m20261206_0300_dossier_key_bytewise,
  "2026-12-06T1000_dossier_key_id_first": m20261206_1000_dossier_key_id_first,
};
