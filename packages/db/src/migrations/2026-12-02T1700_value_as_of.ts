import type { MigrationDb } from "./MigrationDb.js";

/**
 * A value can stand at a day of its own ("Số kinh phí thực hiện đến ngày 09/6/2022"), earlier than
 * the report's: `as_of` holds that day, null when the value stands at the end of its period.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("indicator_value").addColumn("as_of", "date").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("indicator_value").dropColumn("as_of").execute();
}
