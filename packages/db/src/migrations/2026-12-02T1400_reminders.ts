import { sql } from "kysely";
import { notNull, now, nullable, required, uuid } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// Deadlines and reminders: users' e-mail and reminder preferences, per-unit reminder rules, in-app
// notifications (one per deadline, recipient and rule stage: the at-most-once key), the e-mail
// outbox (one digest per user and day, retried with back-off), job leases for the scheduler, and
// read-only calendar tokens.
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("email", "text")
    .addColumn("email_enabled", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("digest_hour", "integer", (c) => c.notNull().defaultTo(7))
    .execute();
  await db.schema
    .createTable("reminder_rules")
    .addColumn("unit_code", "text", (c) => c.primaryKey())
    .addColumn("rules", "jsonb", notNull)
    .addColumn("updated_by", "text")
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema
    .createTable("mail_delivery")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("day", "date", notNull)
    .$call(required("text", "recipient", "subject", "text_body", "html_body"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", now)
    .addColumn("lease_until", "timestamptz")
    .$call(nullable("text", "last_error", "message_id"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("sent_at", "timestamptz")
    .addUniqueConstraint("mail_delivery_user_day", ["user_id", "day"])
    .addCheckConstraint("mail_delivery_status", sql`status in ('pending', 'sending', 'sent', 'failed')`)
    .execute();
  await db.schema.createIndex("mail_delivery_due").on("mail_delivery").columns(["status", "next_attempt_at"]).execute();
  await db.schema
    .createTable("notification")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .$call(required("text", "deadline_id", "rule_key", "unit_code", "kind", "title"))
    .addColumn("due_on", "date", notNull)
    .$call(required("text", "state", "link"))
    .addColumn("as_of", "date", notNull)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("read_at", "timestamptz")
    // Whether the notification still waits for the user's e-mail digest, and which digest took it.
    .addColumn("mail_pending", "boolean", notNull)
    .addColumn("delivery_id", "bigint", (c) => c.references("mail_delivery.id").onDelete("set null"))
    .addUniqueConstraint("notification_once", ["deadline_id", "user_id", "rule_key"])
    .execute();
  await db.schema.createIndex("notification_user").on("notification").columns(["user_id", "created_at"]).execute();
  await db.schema
    .createTable("job_lease")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("owner", "text")
    .$call(nullable("timestamptz", "lease_until", "last_started_at", "last_finished_at"))
    .addColumn("last_error", "text")
    .execute();
  await db.schema
    .createTable("calendar_token")
    .addColumn("id", "text", uuid)
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("unit_code", "text", notNull)
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", notNull)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("revoked_at", "timestamptz")
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of ["calendar_token", "job_lease", "notification", "mail_delivery", "reminder_rules"])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable("app_user").dropColumn("email").dropColumn("email_enabled").dropColumn("digest_hour").execute();
}
