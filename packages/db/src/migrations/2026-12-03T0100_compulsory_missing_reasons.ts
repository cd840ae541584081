import { sql } from "kysely";
import { notNull, required } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

/**
 * Completeness of a submission (ADR 0021): an indicator may be compulsory for kinds of unit
 * (`indicator.compulsory_for`, the kinds comma-separated, "" = not compulsory), and a unit may
 * state why a compulsory indicator has no value for a period (`missing_reason`, versioned like a
 * value). The shipped 2022 catalogue rows already loaded get the flags of the data file; a reason
 * moves the cache versions of its (unit, period) like the other period-keyed tables.
 */
const COMPULSORY_2022: Record<string, string> = {
  "bomay.bienche.congchuc": "department",
  "bomay.bienche.vienchuc": "department",
  "congvu.daotao.luot": "department",
  "congvu.vipham": "department",
};

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("indicator")
    .addColumn("compulsory_for", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  for (const [code, kinds] of Object.entries(COMPULSORY_2022))
    await db.updateTable("indicator").set({ compulsory_for: kinds }).where("catalogue_year", "=", 2022).where("code", "=", code).execute();
  await db.schema
    .createTable("missing_reason")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period_code", "indicator_code", "reason"))
    .addColumn("version", "integer", notNull)
    .addColumn("updated_by", "text", notNull)
    .addColumn("updated_at", "timestamptz", notNull)
    .addPrimaryKeyConstraint("missing_reason_pk", ["unit_code", "period_code", "indicator_code"])
    .addCheckConstraint("missing_reason_version_positive", sql`version >= 1`)
    .execute();
  await sql
    .raw(
      "create constraint trigger cchc_version_data after insert or update or delete on missing_reason deferrable initially deferred for each row execute function cchc_bump_versions('data', 'period_code')",
    )
    .execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("missing_reason").execute();
  await db.schema.alterTable("indicator").dropColumn("compulsory_for").execute();
}
