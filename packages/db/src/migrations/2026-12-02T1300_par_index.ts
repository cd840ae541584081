import { sql } from "kysely";
import { notNull, now, nullable, required } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// The PAR Index (Chỉ số CCHC): frameworks uploaded by administrators (shipped ones live in files),
// each unit's assessment under a framework with its workflow state, one row per scored criterion
// (points kept as whole hundredths), and the workflow's steps.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("par_framework")
    .addColumn("code", "text", (c) => c.primaryKey())
    .$call(required("text", "body", "created_by"))
    .addColumn("created_at", "timestamptz", now)
    .execute();
  await db.schema
    .createTable("par_assessment")
    .addColumn("framework_code", "text", notNull)
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("state", "text", notNull)
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("par_assessment_pk", ["framework_code", "unit_code"])
    .addCheckConstraint("par_assessment_state", sql`state in ('draft', 'submitted', 'appraised', 'published')`)
    .execute();
  await db.schema
    .createTable("par_score")
    .$call(required("text", "framework_code", "unit_code", "criterion_code"))
    .$call(nullable("integer", "self_cents", "appraised_cents"))
    .addColumn("evidence", "text", (c) => c.notNull().defaultTo("[]"))
    .$call(nullable("text", "note", "reason", "survey_source"))
    .addColumn("version", "integer", notNull)
    .addColumn("updated_by", "text", notNull)
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("par_score_pk", ["framework_code", "unit_code", "criterion_code"])
    .addForeignKeyConstraint("par_score_assessment", ["framework_code", "unit_code"], "par_assessment", ["framework_code", "unit_code"])
    .execute();
  await db.schema
    .createTable("par_step")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .$call(required("text", "framework_code", "unit_code", "command", "from_state", "to_state"))
    .addColumn("actor_name", "text")
    .addColumn("at", "timestamptz", notNull)
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("par_step_unit").on("par_step").columns(["unit_code", "framework_code", "id"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of ["par_step", "par_score", "par_assessment", "par_framework"]) await db.schema.dropTable(t).execute();
}
