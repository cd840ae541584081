import { type ColumnDefinitionBuilder, sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

// Accounts, sessions, API tokens, sign-in throttling, the audit trail, the review workflow and
// consolidation runs. Secrets are stored only as hashes (scrypt for passwords, sha256 for
// random session and API tokens).
export async function up(db: MigrationDb): Promise<void> {
  const id = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`);
  const now = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(sql`now()`);
  await db.schema
    .createTable("app_user")
    .addColumn("id", "text", id)
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("disabled_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("user_role")
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("granted_at", "timestamptz", now)
    .addPrimaryKeyConstraint("user_role_pk", ["user_id", "role", "unit_code"])
    .addCheckConstraint("user_role_role", sql`role in ('admin', 'editor', 'approver', 'viewer')`)
    .execute();
  await db.schema
    .createTable("auth_session")
    .addColumn("id", "text", id)
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", now)
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("api_token")
    .addColumn("id", "text", id)
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", (c) => c.notNull())
    .addColumn("scopes", "jsonb", (c) => c.notNull())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("expires_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .addColumn("last_used_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("sign_in_throttle")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("locked_until", "timestamptz")
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema
    .createTable("audit_record")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", now)
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_name", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("unit_code", "text")
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_record_unit_at_idx").on("audit_record").columns(["unit_code", "at"]).execute();
  await db.schema.createIndex("audit_record_entity_idx").on("audit_record").columns(["entity", "entity_id"]).execute();
  await db.schema
    .createTable("workflow_report")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("submissions", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("open_items", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("workflow_report_pk", ["unit_code", "period"])
    .execute();
  await db.schema
    .createTable("workflow_step")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("command", "text", (c) => c.notNull())
    .addColumn("from_state", "text", (c) => c.notNull())
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_name", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("comment", "text")
    .addColumn("items", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("deadline", "date")
    .addColumn("timeliness", "text")
    .addColumn("findings", "jsonb")
    .execute();
  await db.schema.createIndex("workflow_step_report_idx").on("workflow_step").columns(["unit_code", "period", "id"]).execute();
  await db.schema
    .createTable("workflow_snapshot")
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("submission", "integer", (c) => c.notNull())
    .addColumn("taken_at", "timestamptz", (c) => c.notNull())
    .addColumn("figures", "jsonb", (c) => c.notNull())
    .addPrimaryKeyConstraint("workflow_snapshot_pk", ["unit_code", "period", "submission"])
    .execute();
  await db.schema
    .createTable("consolidation_run")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("unit_code", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_name", "text")
    .addColumn("included", "jsonb", (c) => c.notNull())
    .addColumn("missing", "jsonb", (c) => c.notNull())
    .addColumn("figures", "jsonb", (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const t of [
    "consolidation_run",
    "workflow_snapshot",
    "workflow_step",
    "workflow_report",
    "audit_record",
    "sign_in_throttle",
    "api_token",
    "auth_session",
    "user_role",
    "app_user",
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
