import { sql } from "kysely";
import { notNull, required } from "./Columns.js";
import { DOSSIER_COUNTERS } from "./DossierCounters.js";
import type { MigrationDb } from "./MigrationDb.js";

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("dossier")
    .$call(required("text", "source", "dossier_id", "procedure_code", "procedure_level", "unit_code", "channel"))
    .addColumn("received_at", "timestamptz", notNull)
    .$call(required("date", "received_day", "appointment_date"))
    .addColumn("extension_date", "date")
    .addColumn("due_day", "date", notNull)
    .addColumn("resolved_at", "timestamptz")
    .addColumn("finished_day", "date")
    .addColumn("outcome", "text")
    .$call(required("boolean", "dossier_digitised", "result_digitised", "paid_online"))
    .addColumn("updated_at", "timestamptz", notNull)
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
      .addColumn("unit_code", "text", notNull)
      .addColumn(time, "date", (c) => c.notNull())
      .addColumn("procedure_level", "text", notNull)
      .addColumn("channel", "text", (c) => c.notNull());
    for (const col of DOSSIER_COUNTERS) t = t.addColumn(col, "integer", (c) => c.notNull().defaultTo(0));
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
