import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

/**
 * Versions that let every API process cache answers and know, with one small read, whether they
 * are still current (ADR 0013):
 * - `cache_epoch`: one row of three counters — `auth` (users, roles, session and token
 *   revocation), `reference` (org units and the indicator catalogue), `data` (everything a report
 *   or a values answer is made from);
 * - `data_version`: a counter per (unit, period) for the period-keyed tables (values, rate claims,
 *   narratives, inspections, activities, workflow).
 * Deferred constraint triggers bump them at commit, in the write's own transaction, so a change
 * and its version become visible together. The epoch row is locked first by every trigger and
 * only at commit, so bumps never deadlock with each other or hold the row for long.
 */

/** Tables whose changes move the `auth` counter; updates only when the column list changes what a principal is. */
const AUTH: ReadonlyArray<readonly [string, string | null]> = [
  ["app_user", null],
  ["user_role", null],
  // a session or token that is revoked or shortened; sign-in's insert and a token's last-used mark do not count
  ["auth_session", "old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at"],
  ["api_token", "old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at"],
];

/** Tables whose changes move the `reference` counter. */
const REFERENCE = ["org_unit", "catalogue", "indicator", "indicator_disaggregation", "derived_rate", "validation_rule"];

/** Period-keyed tables (with the name of their period column): `data` and the (unit, period) version. */
const PER_PERIOD: ReadonlyArray<readonly [string, string]> = [
  ["indicator_value", "period_code"],
  ["rate_claim", "period_code"],
  ["narrative", "period_code"],
  ["inspection", "period_code"],
  ["activity", "period_code"],
  ["workflow_report", "period"],
  ["workflow_step", "period"],
  ["workflow_snapshot", "period"],
  ["consolidation_run", "period"],
];

/** Other tables reports are made from: only the `data` counter. */
const OTHER_DATA = ["document", "cchc_plan", "plan_task", "assigned_task", "report_setting"];

const trigger = (table: string, kind: string, period: string | null, updateWhen: string | null = null) => {
  const args = period === null ? `'${kind}'` : `'${kind}', '${period}'`;
  const events =
    updateWhen === null
      ? `after insert or update or delete on ${table} deferrable initially deferred for each row`
      : `after update on ${table} deferrable initially deferred for each row when (${updateWhen})`;
  return sql.raw(`create constraint trigger cchc_version_${kind} ${events} execute function cchc_bump_versions(${args})`);
};

export async function up(db: MigrationDb): Promise<void> {
  await sql`create table cache_epoch (
    id smallint primary key check (id = 1),
    auth bigint not null default 0,
    reference bigint not null default 0,
    data bigint not null default 0
  )`.execute(db);
  await sql`insert into cache_epoch (id) values (1)`.execute(db);
  await sql`create table data_version (
    unit_code text not null,
    period_code text not null,
    version bigint not null,
    primary key (unit_code, period_code)
  )`.execute(db);
  await sql
    .raw(`create function cchc_bump_versions() returns trigger language plpgsql as $$
declare
  after_row jsonb;
  before_row jsonb;
begin
  if TG_ARGV[0] = 'auth' then
    update cache_epoch set auth = auth + 1 where id = 1;
  elsif TG_ARGV[0] = 'reference' then
    update cache_epoch set reference = reference + 1 where id = 1;
  else
    update cache_epoch set data = data + 1 where id = 1;
  end if;
  if TG_NARGS > 1 then
    if TG_OP <> 'DELETE' then after_row := to_jsonb(NEW); end if;
    if TG_OP <> 'INSERT' then before_row := to_jsonb(OLD); end if;
    if after_row is not null then
      insert into data_version as d (unit_code, period_code, version)
        values (after_row->>'unit_code', after_row->>TG_ARGV[1], 1)
        on conflict (unit_code, period_code) do update set version = d.version + 1;
    end if;
    if before_row is not null and (after_row is null
        or before_row->>'unit_code' is distinct from after_row->>'unit_code'
        or before_row->>TG_ARGV[1] is distinct from after_row->>TG_ARGV[1]) then
      insert into data_version as d (unit_code, period_code, version)
        values (before_row->>'unit_code', before_row->>TG_ARGV[1], 1)
        on conflict (unit_code, period_code) do update set version = d.version + 1;
    end if;
  end if;
  return null;
end $$`)
    .execute(db);
  for (const [table, when] of AUTH) {
    if (when === null) {
      await trigger(table, "auth", null).execute(db);
      continue;
    }
    // sessions and tokens: only the changes that end or shorten them, and deletions
    await trigger(table, "auth", null, when).execute(db);
    await sql
      .raw(
        `create constraint trigger cchc_version_auth_delete after delete on ${table} deferrable initially deferred for each row execute function cchc_bump_versions('auth')`,
      )
      .execute(db);
  }
  for (const table of REFERENCE) await trigger(table, "reference", null).execute(db);
  for (const [table, period] of PER_PERIOD) await trigger(table, "data", period).execute(db);
  for (const table of OTHER_DATA) await trigger(table, "data", null).execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await sql`drop function cchc_bump_versions() cascade`.execute(db);
  await sql`drop table data_version`.execute(db);
  await sql`drop table cache_epoch`.execute(db);
}
