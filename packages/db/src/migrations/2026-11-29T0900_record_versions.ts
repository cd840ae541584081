import type { MigrationDb } from "./MigrationDb.js";

/**
 * Inspections and activities become editable through the API: each row carries the version a
 * client read, so that a write based on a stale copy is refused instead of overwriting a newer one.
 */
export async function up(db: MigrationDb): Promise<void> {
  for (const table of ["inspection", "activity"])
    await db.schema
      .alterTable(table)
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const table of ["inspection", "activity"]) await db.schema.alterTable(table).dropColumn("version").execute();
}
