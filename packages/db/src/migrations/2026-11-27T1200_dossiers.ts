import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// Frozen copy of the counter columns (migrations never import app code).
const counters = [
  "received",
  "received_digitised",
  "received_paid_online",
  "finished",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "resolved_extended",
  "resolved_result_digitised",
  "returned",
  "withdrawn",
  "rejected",
  "finished_after_due",
  "due_open",
];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("dossier")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("dossier_id", "text", (c) => c.notNull())
    .addColumn("procedure_code", "text", (c) => c.notNull())
    .addColumn("procedure_level", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .addColumn("received_day", "date", (c) => c.notNull())
    .addColumn("appointment_date", "date", (c) => c.notNull())
    .addColumn("extension_date", "date")
    .addColumn("due_day", "date", (c) => c.notNull())
    .addColumn("resolved_at", "timestamptz")
    .addColumn("finished_day", "date")
    .addColumn("outcome", "text")
    .addColumn("dossier_digitised", "boolean", (c) => c.notNull())
    .addColumn("result_digitised", "boolean", (c) => c.notNull())
    .addColumn("paid_online", "boolean", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("dossier_pk", ["source", "dossier_id"])
    .addCheckConstraint("dossier_level", sql`procedure_level in ('province', 'district', 'commune')`)
    .addCheckConstraint("dossier_channel", sql`channel in ('online-full', 'online-partial', 'in-person', 'post')`)
    .addCheckConstraint(
      "dossier_outcome",
      sql`(outcome is null) = (finished_day is null) and (outcome is null or outcome in ('resolved', 'returned', 'withdrawn', 'rejected'))`,
    )
    .addCheckConstraint(
      "dossier_dates",
      sql`due_day >= appointment_date and appointment_date >= received_day and (finished_day is null or finished_day >= received_day)`,
    )
    .execute();
  for (const [table, time] of [
    ["dossier_daily", "day"],
    ["dossier_monthly", "month"],
  ] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn("unit_code", "text", (c) => c.notNull())
      .addColumn(time, "date", (c) => c.notNull())
      .addColumn("procedure_level", "text", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull());
    for (const col of counters) t = t.addColumn(col, "integer", (c) => c.notNull().defaultTo(0));
    // Day first: a statistics query reads two short day ranges for many units. Counters are
    // updated in place at every ingest: room on each page keeps those updates HOT.
    await t
      .addPrimaryKeyConstraint(`${table}_pk`, [time, "unit_code", "procedure_level", "channel"])
      .modifyEnd(sql`with (fillfactor = 70)`)
      .execute();
  }
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("dossier_monthly").execute();
  await db.schema.dropTable("dossier_daily").execute();
  await db.schema.dropTable("dossier").execute();
}
