/**
 * A fingerprint of every table of the test database (row count and hash of the rows), so access
 * tests can assert that refused requests changed nothing at all.
 */
import { Database } from "@cchc/db/Database";
import { Effect } from "effect";
import { sql } from "kysely";

/** Row count and hash of every table, by table name. */
export const snapshot = Effect.gen(function* () {
  const { kysely } = yield* Database;
  const tables = yield* Effect.promise(() =>
    sql<{
      name: string;
    }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'cchc_migration%' order by 1`.execute(
      kysely,
    ),
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    // Using a token stamps its last use; that is bookkeeping, not a change of data.
    const row = name === "api_token" ? sql.raw("(t.id, t.revoked_at)::text") : sql.raw("t::text");
    const r = yield* Effect.promise(() =>
      sql<{
        h: string | null;
        n: number;
      }>`select md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as h, count(*)::int as n from ${sql.table(name)} t`.execute(
        kysely,
      ),
    );
    out[name] = `${r.rows[0]?.n}:${r.rows[0]?.h}`;
  }
  return out;
});
