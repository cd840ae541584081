import { sql } from "kysely";
import { notNull, nullable, required } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// Documents, plans and tasks, assigned tasks, inspections, activities and narratives.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("document")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "direction", "type_code"))
    .$call(nullable("integer", "number", "number_year"))
    .addColumn("symbol", "text", notNull)
    .addColumn("issued_on", "date", notNull)
    .$call(required("text", "issuer", "summary"))
    .addColumn("parent_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("reported_in", "text")
    .addColumn("numbering_year", "integer", notNull)
    .$call(required("text", "issuer_key", "search_text"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // Numbers restart every year per issuer and symbol; unnumbered documents never collide.
  await sql`create unique index document_number_uq on document (number, symbol, numbering_year, issuer_key) where number is not null`.execute(
    db,
  );
  await db.schema.createIndex("document_unit_idx").on("document").columns(["unit_code", "issued_on"]).execute();

  await db.schema
    .createTable("cchc_plan")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("year", "integer", notNull)
    .addColumn("title", "text", notNull)
    .addColumn("document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addUniqueConstraint("cchc_plan_unit_year_uq", ["unit_code", "year"])
    .execute();
  await db.schema
    .createTable("plan_task")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("cchc_plan.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", notNull)
    .$call(required("text", "area", "title", "lead_unit"))
    .addColumn("coordinating_units", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("deadline", "date")
    .addColumn("status", "text", notNull)
    .addColumn("progress", "integer", notNull)
    .$call(nullable("date", "started_on", "completed_on"))
    .addColumn("evidence", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("reconstructed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("plan_task_progress_range", sql`progress between 0 and 100`)
    .execute();
  await db.schema
    .createTable("assigned_task")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "assigner", "title"))
    .addColumn("source_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .$call(required("date", "assigned_on", "due_on"))
    .addColumn("completed_on", "date")
    .addColumn("reconstructed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createTable("inspection")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period_code", "area"))
    .addColumn("plan_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("notice_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .$call(required("text", "team", "lead_name", "lead_title"))
    .addColumn("held_on", "date", notNull)
    .addColumn("date_text", "text", notNull)
    .addColumn("units_inspected", "text", (c) => c.notNull().defaultTo("[]"))
    .$call(required("text", "findings", "remediation", "remediation_status"))
    .execute();
  await db.schema
    .createTable("activity")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", notNull)
    .addColumn("sort_order", "integer", notNull)
    .$call(required("text", "area", "kind", "title"))
    .addColumn("count", "integer")
    .addColumn("count_unit", "text")
    .addColumn("held_on", "date")
    .addColumn("date_role", "text", notNull)
    .addColumn("document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("activity_unit_period_idx").on("activity").columns(["unit_code", "period_code"]).execute();
  await db.schema
    .createTable("narrative")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period_code", "section", "text"))
    .addColumn("note", "text")
    .addColumn("updated_by", "text", notNull)
    .addColumn("updated_at", "timestamptz", notNull)
    .addColumn("version", "integer", notNull)
    .addPrimaryKeyConstraint("narrative_pk", ["unit_code", "period_code", "section"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of ["narrative", "activity", "inspection", "assigned_task", "plan_task", "cchc_plan", "document"])
    await db.schema.dropTable(t).execute();
}
