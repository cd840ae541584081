import { sql } from "kysely";
import { DOSSIER_COUNTERS } from "./DossierCounters.js";
import type { MigrationDb } from "./MigrationDb.js";

/**
 * Staging tables of the dossier ingest (keys of a batch, versions replacing stored ones, counter
 * deltas): UNLOGGED (no WAL, shared buffers instead of the small
 * local buffers of temporary tables) and without indexes, truncated at the start of every batch
 * under the ingest lock. Their content is never needed after a crash.
 */
export async function up(db: MigrationDb): Promise<void> {
  await sql`create unlogged table dossier_ingest_keys (
    i integer not null, source text not null, dossier_id text not null, updated_at timestamptz not null
  )`.execute(db);
  await sql`create unlogged table dossier_ingest_staging (
    source text not null, dossier_id text not null, procedure_code text not null,
    procedure_level text not null, unit_code text not null, channel text not null, received_at timestamptz not null,
    received_day date not null, appointment_date date not null, extension_date date, due_day date not null,
    resolved_at timestamptz, finished_day date, outcome text, dossier_digitised boolean not null,
    result_digitised boolean not null, paid_online boolean not null, updated_at timestamptz not null
  )`.execute(db);
  await sql
    .raw(
      `create unlogged table dossier_ingest_delta (unit_code text not null, day date not null, procedure_level text not null, channel text not null, ${DOSSIER_COUNTERS.map(
        (c) => `${c} integer not null`,
      ).join(", ")})`,
    )
    .execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("dossier_ingest_delta").execute();
  await db.schema.dropTable("dossier_ingest_staging").execute();
  await db.schema.dropTable("dossier_ingest_keys").execute();
}
