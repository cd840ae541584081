import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// Documents, plans and tasks, assigned tasks, inspections, activities and narratives.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("document")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("type_code", "text", (c) => c.notNull())
    .addColumn("number", "integer")
    .addColumn("number_year", "integer")
    .addColumn("symbol", "text", (c) => c.notNull())
    .addColumn("issued_on", "date", (c) => c.notNull())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("parent_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("reported_in", "text")
    .addColumn("numbering_year", "integer", (c) => c.notNull())
    .addColumn("issuer_key", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
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
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addUniqueConstraint("cchc_plan_unit_year_uq", ["unit_code", "year"])
    .execute();
  await db.schema
    .createTable("plan_task")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("cchc_plan.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("lead_unit", "text", (c) => c.notNull())
    .addColumn("coordinating_units", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("deadline", "date")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("progress", "integer", (c) => c.notNull())
    .addColumn("started_on", "date")
    .addColumn("completed_on", "date")
    .addColumn("evidence", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("reconstructed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint("plan_task_progress_range", sql`progress between 0 and 100`)
    .execute();
  await db.schema
    .createTable("assigned_task")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("assigner", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("assigned_on", "date", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("completed_on", "date")
    .addColumn("reconstructed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createTable("inspection")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("plan_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("notice_document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("team", "text", (c) => c.notNull())
    .addColumn("lead_name", "text", (c) => c.notNull())
    .addColumn("lead_title", "text", (c) => c.notNull())
    .addColumn("held_on", "date", (c) => c.notNull())
    .addColumn("date_text", "text", (c) => c.notNull())
    .addColumn("units_inspected", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("remediation", "text", (c) => c.notNull())
    .addColumn("remediation_status", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("activity")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("count", "integer")
    .addColumn("count_unit", "text")
    .addColumn("held_on", "date")
    .addColumn("date_role", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.references("document.id").onDelete("set null"))
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("activity_unit_period_idx").on("activity").columns(["unit_code", "period_code"]).execute();
  await db.schema
    .createTable("narrative")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("narrative_pk", ["unit_code", "period_code", "section"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of ["narrative", "activity", "inspection", "assigned_task", "plan_task", "cchc_plan", "document"])
    await db.schema.dropTable(t).execute();
}
