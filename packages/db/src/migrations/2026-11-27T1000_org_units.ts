import { sql } from "kysely";
import { notNull } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("org_unit")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", notNull)
    .addColumn("short_name", "text")
    .addColumn("kind", "text", notNull)
    .addColumn("parent_code", "text", (c) => c.references("org_unit.code"))
    .addColumn("valid_from", "date", (c) => c.notNull().defaultTo(sql`'1900-01-01'`))
    .addColumn("valid_to", "date")
    .addColumn("successor_code", "text", (c) => c.references("org_unit.code"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("org_unit_validity", sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex("org_unit_parent_idx").on("org_unit").column("parent_code").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("org_unit").execute();
}
