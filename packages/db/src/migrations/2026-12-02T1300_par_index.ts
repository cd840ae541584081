import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// The PAR Index (Chỉ số CCHC): frameworks uploaded by administrators (shipped ones live in files),
// each unit's assessment under a framework with its workflow state, one row per scored criterion
// (points kept as whole hundredths), and the workflow's steps.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("par_framework")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("par_assessment")
    .addColumn("framework_code", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("par_assessment_pk", ["framework_code", "unit_code"])
    .addCheckConstraint("par_assessment_state", sql`state in ('draft', 'submitted', 'appraised', 'published')`)
    .execute();
  await db.schema
    .createTable("par_score")
    .addColumn("framework_code", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("criterion_code", "text", (c) => c.notNull())
    .addColumn("self_cents", "integer")
    .addColumn("appraised_cents", "integer")
    .addColumn("evidence", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("note", "text")
    .addColumn("reason", "text")
    .addColumn("survey_source", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("par_score_pk", ["framework_code", "unit_code", "criterion_code"])
    .addForeignKeyConstraint("par_score_assessment", ["framework_code", "unit_code"], "par_assessment", ["framework_code", "unit_code"])
    .execute();
  await db.schema
    .createTable("par_step")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("framework_code", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("command", "text", (c) => c.notNull())
    .addColumn("from_state", "text", (c) => c.notNull())
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("actor_name", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("par_step_unit").on("par_step").columns(["unit_code", "framework_code", "id"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of ["par_step", "par_score", "par_assessment", "par_framework"]) await db.schema.dropTable(t).execute();
}
