import type { MigrationDb } from "./MigrationDb.js";

/**
 * Stated rates (claims) become editable through the API: each row carries the version a client
 * read, so that a correction based on a stale copy is refused instead of overwriting a newer one,
 * and who changed it last and when.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("rate_claim")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable("rate_claim").addColumn("updated_by", "text").execute();
  await db.schema.alterTable("rate_claim").addColumn("updated_at", "timestamptz").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const column of ["updated_at", "updated_by", "version"]) await db.schema.alterTable("rate_claim").dropColumn(column).execute();
}
