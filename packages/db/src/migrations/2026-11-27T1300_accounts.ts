import { sql } from "kysely";
import { notNull, now, nullable, required, uuid } from "./Columns.js";
import type { MigrationDb } from "./MigrationDb.js";

// Accounts, sessions, API tokens, sign-in throttling, the audit trail, the review workflow and
// consolidation runs. Secrets are stored only as hashes (scrypt for passwords, sha256 for
// random session and API tokens).
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("app_user")
    .addColumn("id", "text", uuid)
    .addColumn("username", "text", (c) => c.notNull().unique())
    .$call(required("text", "display_name", "password_hash"))
    .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("disabled_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("user_role")
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .$call(required("text", "role", "unit_code"))
    .addColumn("granted_at", "timestamptz", now)
    .addPrimaryKeyConstraint("user_role_pk", ["user_id", "role", "unit_code"])
    .addCheckConstraint("user_role_role", sql`role in ('admin', 'editor', 'approver', 'viewer')`)
    .execute();
  await db.schema
    .createTable("auth_session")
    .addColumn("id", "text", uuid)
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", now)
    .addColumn("expires_at", "timestamptz", notNull)
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("api_token")
    .addColumn("id", "text", uuid)
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("name", "text", notNull)
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", notNull)
    .addColumn("scopes", "jsonb", notNull)
    .addColumn("unit_code", "text", notNull)
    .addColumn("created_by", "text")
    .addColumn("created_at", "timestamptz", now)
    .$call(nullable("timestamptz", "expires_at", "revoked_at", "last_used_at"))
    .execute();
  await db.schema
    .createTable("sign_in_throttle")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", notNull)
    .addColumn("locked_until", "timestamptz")
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema
    .createTable("audit_record")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", now)
    .addColumn("actor_kind", "text", notNull)
    .$call(nullable("text", "actor_id", "actor_name"))
    .$call(required("text", "action", "entity"))
    .$call(nullable("text", "entity_id", "unit_code"))
    .$call(nullable("jsonb", "before", "after"))
    .execute();
  await db.schema.createIndex("audit_record_unit_at_idx").on("audit_record").columns(["unit_code", "at"]).execute();
  await db.schema.createIndex("audit_record_entity_idx").on("audit_record").columns(["entity", "entity_id"]).execute();
  await db.schema
    .createTable("workflow_report")
    .addColumn("unit_code", "text", (c) => c.notNull().references("org_unit.code"))
    .$call(required("text", "period", "state"))
    .addColumn("submissions", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("open_items", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("workflow_report_pk", ["unit_code", "period"])
    .execute();
  await db.schema
    .createTable("workflow_step")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .$call(required("text", "unit_code", "period", "command", "from_state", "to_state", "actor_kind"))
    .$call(nullable("text", "actor_id", "actor_name"))
    .addColumn("at", "timestamptz", notNull)
    .$call(nullable("text", "reason", "comment"))
    .addColumn("items", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("deadline", "date")
    .addColumn("timeliness", "text")
    .addColumn("findings", "jsonb")
    .execute();
  await db.schema.createIndex("workflow_step_report_idx").on("workflow_step").columns(["unit_code", "period", "id"]).execute();
  await db.schema
    .createTable("workflow_snapshot")
    .$call(required("text", "unit_code", "period"))
    .addColumn("submission", "integer", notNull)
    .addColumn("taken_at", "timestamptz", notNull)
    .addColumn("figures", "jsonb", notNull)
    .addPrimaryKeyConstraint("workflow_snapshot_pk", ["unit_code", "period", "submission"])
    .execute();
  await db.schema
    .createTable("consolidation_run")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .$call(required("text", "unit_code", "period"))
    .addColumn("at", "timestamptz", notNull)
    .addColumn("actor_name", "text")
    .$call(required("jsonb", "included", "missing", "figures"))
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
