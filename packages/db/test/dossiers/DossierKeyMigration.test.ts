/**
 * The migration that puts the dossier id first in the record key (ADR 0033), run over records
 * stored under the old key: the sources they name are registered, the key changes column order,
 * a second record of a stored key is still refused, and the way down restores the old key.
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { migrations } from "../../src/migrations/index.js";
import type { MigrationDb } from "../../src/migrations/MigrationDb.js";

const before = "2026-12-06T0300_dossier_key_bytewise";
const migration = "2026-12-06T1000_dossier_key_id_first";

/** A fresh empty database of each kind (PGlite in memory, PostgreSQL when TEST_DATABASE_URL is set) and how to let it go. */
interface Opened {
  readonly db: MigrationDb;
  readonly close: () => Promise<void>;
}

const pglite = async (): Promise<Opened> => {
  const db: MigrationDb = new Kysely({ dialect: new PGliteDialect(await PGlite.create()) });
  return { db, close: () => db.destroy() };
};

const server = async (serverUrl: string): Promise<Opened> => {
  const name = `cchc_test_mig_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db: MigrationDb = new Kysely({ dialect: new PostgresJSDialect({ postgres: postgres(url.toString(), { onnotice: () => {} }) }) });
  return {
    db,
    close: async () => {
      await db.destroy();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
};

const serverUrl = process.env.TEST_DATABASE_URL;
const databases: ReadonlyArray<readonly [string, () => Promise<Opened>]> = [
  ["pglite", pglite],
  ...(serverUrl === undefined ? [] : [["postgres", () => server(serverUrl)] as const]),
];

const migrator = (db: MigrationDb) =>
  new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "cchc_migration",
    migrationLockTableName: "cchc_migration_lock",
  });

/** The key's columns in index order. */
const keyColumns = async (db: MigrationDb): Promise<string[]> =>
  (
    await sql<{ name: string }>`select a.attname as name from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join unnest(i.indkey) with ordinality as k(attnum, n) on true
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where c.relname = 'dossier_pk' order by k.n`.execute(db)
  ).rows.map((r) => r.name);

const record = (source: string, id: string) => ({
  source,
  dossier_id: id,
  procedure_code: "1.001",
  procedure_level: "province",
  unit_code: "DT",
  channel: "in-person",
  received_at: "2022-01-10T08:00:00+07:00",
  received_day: "2022-01-10",
  appointment_date: "2022-01-20",
  due_day: "2022-01-20",
  dossier_digitised: false,
  result_digitised: false,
  paid_online: false,
  updated_at: "2022-01-10T08:00:00+07:00",
});

describe.each(databases)("the dossier key migration on %s", (_name, open) => {
  it("registers the stored sources, puts the dossier id first, keeps keys unique, and goes back", async () => {
    const { db, close } = await open();
    try {
      expect((await migrator(db).migrateTo(before)).error).toBeUndefined();
      await db
        .insertInto("dossier")
        .values([record("MOTCUA", "H1-1"), record("MOTCUA", "H1-2"), record("DVCQG", "H1-1"), record("Một cửa", "H1-1")])
        .execute();
      expect(await keyColumns(db)).toEqual(["source", "dossier_id"]);

      expect((await migrator(db).migrateTo(migration)).error).toBeUndefined();
      expect(await keyColumns(db)).toEqual(["dossier_id", "source"]);
      const sources = await db.selectFrom("dossier_source").select("source").orderBy("source").execute();
      expect(sources.map((s) => s.source)).toEqual(["DVCQG", "MOTCUA", "Một cửa"]);
      await expect(db.insertInto("dossier").values(record("DVCQG", "H1-1")).execute()).rejects.toThrow(/dossier_pk/);
      await db.insertInto("dossier").values(record("DVCQG", "H1-2")).execute();

      expect((await migrator(db).migrateTo(before)).error).toBeUndefined();
      expect(await keyColumns(db)).toEqual(["source", "dossier_id"]);
      const tables = await sql<{ n: number }>`select count(*)::integer as n from pg_class where relname = 'dossier_source'`.execute(db);
      expect(tables.rows[0]?.n).toBe(0);
      expect(
        Number(
          (
            await db
              .selectFrom("dossier")
              .select((e) => e.fn.countAll().as("n"))
              .executeTakeFirst()
          )?.n,
        ),
      ).toBe(5);
    } finally {
      await close();
    }
  });
});
