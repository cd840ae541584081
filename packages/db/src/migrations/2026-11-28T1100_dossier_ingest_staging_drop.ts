import { sql } from "kysely";
import { up as createStaging } from "./2026-11-28T0900_dossier_ingest_staging.js";
import type { MigrationDb } from "./MigrationDb.js";

/**
 * The dossier ingest no longer stages batches in tables: keys, replacing versions and counter
 * deltas travel as JSON parameters of single statements (no COPY-end waits, nothing to truncate).
 */
export async function up(db: MigrationDb): Promise<void> {
  await sql`drop table if exists dossier_ingest_delta, dossier_ingest_staging, dossier_ingest_keys`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await createStaging(db);
}
