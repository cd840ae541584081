import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// The header and closing of a unit's reports (Nghị định 30/2020): bodies, symbol, place, signer
// and recipients, kept as data per unit so that a report needs no hand-editing before signing.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("report_setting")
    .addColumn("unit_code", "text", (c) => c.primaryKey().references("org_unit.code"))
    .addColumn("parent_body", "text", (c) => c.notNull())
    .addColumn("issuing_body", "text", (c) => c.notNull())
    .addColumn("symbol", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("addressee", "text")
    .addColumn("signer_authority", "text")
    .addColumn("signer_authority_title", "text")
    .addColumn("signer_title", "text", (c) => c.notNull())
    .addColumn("signer_name", "text", (c) => c.notNull())
    .addColumn("recipients", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "report_setting_authority",
      sql`signer_authority is null or signer_authority in ('KT.', 'TM.', 'TL.', 'TUQ.', 'Q.')`,
    )
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("report_setting").execute();
}
