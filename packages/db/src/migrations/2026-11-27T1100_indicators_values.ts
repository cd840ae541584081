import { sql } from "kysely";
import { notNull, now, nullable, required } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// The catalogue is versioned by year: every row carries the catalogue year it belongs to.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("catalogue")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("version", "integer", notNull)
    .addColumn("title_vi", "text", notNull)
    .addColumn("loaded_at", "timestamptz", now)
    .execute();
  await db.schema
    .createTable("indicator")
    .addColumn("catalogue_year", "integer", (c) => c.notNull().references("catalogue.year").onDelete("cascade"))
    .$call(
      required("text", "code", "area", "name_vi", "name_en", "unit_vi", "unit_en", "value_type", "time_aggregation", "tree_aggregation"),
    )
    .$call(nullable("text", "legal_basis", "description_vi"))
    .addColumn("sort_order", "integer", notNull)
    .addPrimaryKeyConstraint("indicator_pk", ["catalogue_year", "code"])
    .execute();
  await db.schema
    .createTable("indicator_disaggregation")
    .addColumn("catalogue_year", "integer", notNull)
    .$call(required("text", "indicator_code", "dimension", "option", "label_vi", "label_en"))
    .addColumn("sort_order", "integer", notNull)
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
    .addColumn("code", "text", notNull)
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .$call(required("text", "area", "name_vi", "name_en", "numerator", "denominator"))
    .$call(required("integer", "factor", "decimals"))
    .addColumn("legal_basis", "text")
    .addColumn("sort_order", "integer", notNull)
    .addPrimaryKeyConstraint("derived_rate_pk", ["catalogue_year", "code", "disaggregation"])
    .execute();
  await db.schema
    .createTable("validation_rule")
    .addColumn("catalogue_year", "integer", (c) => c.notNull().references("catalogue.year").onDelete("cascade"))
    .$call(required("text", "code", "kind", "area", "name_vi"))
    .$call(nullable("text", "left_expr", "operator", "right_expr"))
    .addColumn("importance", "text", notNull)
    .addColumn("missing_strategy", "text")
    .addColumn("message_vi", "text", notNull)
    .addColumn("sort_order", "integer", notNull)
    .addPrimaryKeyConstraint("validation_rule_pk", ["catalogue_year", "code"])
    .execute();

  await db.schema
    .createTable("indicator_value")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period_code", "indicator_code"))
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("value", "numeric", notNull)
    .addColumn("comment", "text")
    .$call(required("text", "source", "updated_by"))
    .addColumn("updated_at", "timestamptz", notNull)
    .addColumn("version", "integer", notNull)
    .addPrimaryKeyConstraint("indicator_value_pk", ["unit_code", "period_code", "indicator_code", "disaggregation"])
    .addCheckConstraint("indicator_value_version_positive", sql`version >= 1`)
    .execute();
  await db.schema
    .createTable("indicator_value_history")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .$call(required("text", "unit_code", "period_code", "indicator_code", "disaggregation"))
    .addColumn("old_value", "numeric")
    .addColumn("new_value", "numeric", notNull)
    .$call(required("integer", "old_version", "new_version"))
    .addColumn("source", "text", notNull)
    .addColumn("comment", "text")
    .addColumn("changed_by", "text", notNull)
    .addColumn("changed_at", "timestamptz", notNull)
    .execute();
  await db.schema
    .createIndex("indicator_value_history_key_idx")
    .on("indicator_value_history")
    .columns(["unit_code", "period_code", "indicator_code"])
    .execute();
  await db.schema
    .createTable("rate_claim")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period_code", "rate_code"))
    .addColumn("disaggregation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("stated", "numeric", notNull)
    .addColumn("decimals", "integer", notNull)
    .addColumn("qualifier", "text", notNull)
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
