import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// The catalogue is versioned by year: every row carries the catalogue year it belongs to.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("catalogue")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title_vi", "text", (c) => c.notNull())
    .addColumn("loaded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("indicator")
    .addColumn("catalogue_year", "integer", (c) => c.notNull().references("catalogue.year").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("unit_vi", "text", (c) => c.notNull())
    .addColumn("unit_en", "text", (c) => c.notNull())
    .addColumn("value_type", "text", (c) => c.notNull())
    .addColumn("time_aggregation", "text", (c) => c.notNull())
    .addColumn("tree_aggregation", "text", (c) => c.notNull())
    .addColumn("legal_basis", "text")
    .addColumn("description_vi", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("indicator_pk", ["catalogue_year", "code"])
    .execute();
  await db.schema
    .createTable("indicator_disaggregation")
    .addColumn("catalogue_year", "integer", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("dimension", "text", (c) => c.notNull())
    .addColumn("option", "text", (c) => c.notNull())
    .addColumn("label_vi", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("indicator_disaggregation_pk", ["catalogue_year", "indicator_code", "dimension", "option"])
    .addForeignKeyConstraint(
      "indicator_disaggregation_indicator_fk",
      ["catalogue_year", "indicator_code"],
      "indicator",
      ["catalogue_year", "code"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createTable("derived_rate")
    .addColumn("catalogue_year", "integer", (c) => c.notNull().references("catalogue.year").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("numerator", "text", (c) => c.notNull())
    .addColumn("denominator", "text", (c) => c.notNull())
    .addColumn("factor", "integer", (c) => c.notNull())
    .addColumn("decimals", "integer", (c) => c.notNull())
    .addColumn("legal_basis", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("derived_rate_pk", ["catalogue_year", "code", "disaggregation"])
    .execute();
  await db.schema
    .createTable("validation_rule")
    .addColumn("catalogue_year", "integer", (c) => c.notNull().references("catalogue.year").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("name_vi", "text", (c) => c.notNull())
    .addColumn("left_expr", "text")
    .addColumn("operator", "text")
    .addColumn("right_expr", "text")
    .addColumn("importance", "text", (c) => c.notNull())
    .addColumn("missing_strategy", "text")
    .addColumn("message_vi", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("validation_rule_pk", ["catalogue_year", "code"])
    .execute();

  await db.schema
    .createTable("indicator_value")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "numeric", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("indicator_value_pk", ["unit_code", "period_code", "indicator_code", "disaggregation"])
    .addCheckConstraint("indicator_value_version_positive", sql`version >= 1`)
    .execute();
  await db.schema
    .createTable("indicator_value_history")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull())
    .addColumn("old_value", "numeric")
    .addColumn("new_value", "numeric", (c) => c.notNull())
    .addColumn("old_version", "integer", (c) => c.notNull())
    .addColumn("new_version", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addColumn("changed_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("indicator_value_history_key_idx")
    .on("indicator_value_history")
    .columns(["unit_code", "period_code", "indicator_code"])
    .execute();
  await db.schema
    .createTable("rate_claim")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("rate_code", "text", (c) => c.notNull())
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("stated", "numeric", (c) => c.notNull())
    .addColumn("decimals", "integer", (c) => c.notNull())
    .addColumn("qualifier", "text", (c) => c.notNull())
    .addColumn("text", "text")
    .addPrimaryKeyConstraint("rate_claim_pk", ["unit_code", "period_code", "rate_code", "disaggregation"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of [
    "rate_claim",
    "indicator_value_history",
    "indicator_value",
    "validation_rule",
    "derived_rate",
    "indicator_disaggregation",
    "indicator",
    "catalogue",
  ])
    await db.schema.dropTable(t).execute();
}
