import { sql } from "kysely";
import { notNull, now, nullable, required } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// The header and closing of a unit's reports (Nghị định 30/2020): bodies, symbol, place, signer
// and recipients, kept as data per unit so that a report needs no hand-editing before signing.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("report_setting")
    .addColumn("unit_code", "text", (c) => c.primaryKey().references("org_unit.code"))
    .$call(required("text", "parent_body", "issuing_body", "symbol", "place"))
    .$call(nullable("text", "addressee", "signer_authority", "signer_authority_title"))
    .$call(required("text", "signer_title", "signer_name", "recipients"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", notNull)
    .addColumn("updated_at", "timestamptz", now)
    .addCheckConstraint(
      "report_setting_authority",
      sql`signer_authority is null or signer_authority in ('KT.', 'TM.', 'TL.', 'TUQ.', 'Q.')`,
    )
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("report_setting").execute();
}
