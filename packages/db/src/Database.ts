/**
 * The database connection as an Effect service: one Kysely instance over either the embedded
 * PGlite (default, data in a folder) or a PostgreSQL server (`DATABASE_URL`). Both run the same
 * migrations and the same SQL; the raw driver is exposed for bulk paths (COPY) that Kysely
 * does not cover.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Context, Effect, Layer } from "effect";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";
import { migrateToLatest } from "./Migrations.js";
import type { Schema } from "./Schema.js";

/** The raw driver behind Kysely, for the few bulk operations Kysely does not express. */
export type RawDriver = { readonly kind: "pglite"; readonly pglite: PGlite } | { readonly kind: "postgres"; readonly sql: postgres.Sql };

/** Where the data lives: an embedded folder (or memory) or a PostgreSQL server URL. */
export type DatabaseConfig =
  | { readonly kind: "pglite"; readonly dataDir: string | "memory" }
  | { readonly kind: "postgres"; readonly url: string };

/** The database service: typed Kysely plus the raw driver; migrations have run. */
export class Database extends Context.Tag("@cchc/db/Database")<Database, { readonly kysely: Kysely<Schema>; readonly raw: RawDriver }>() {
  /** A scoped layer that opens the database, migrates it to the latest schema and closes it. */
  static readonly layer = (config: DatabaseConfig) => Layer.scoped(Database, acquire(config));
}

const toSafeNumber = (text: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new Error(`integer out of safe range: ${text}`);
  return n;
};

// int8 (20) and numeric (1700) come back as JS numbers in both drivers; money is integer đồng,
// which stays exact below 2^53 (9 triệu tỷ đồng), and the parser refuses anything beyond.
const INT8 = 20;
const NUMERIC = 1700;
// `date` stays an ISO string ("2022-06-14") in both drivers: a calendar day has no time zone.
const DATE = 1082;

const open = async (config: DatabaseConfig): Promise<{ kysely: Kysely<Schema>; raw: RawDriver }> => {
  if (config.kind === "pglite") {
    if (config.dataDir !== "memory") mkdirSync(config.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(config.dataDir === "memory" ? {} : { dataDir: config.dataDir }),
      parsers: { [INT8]: toSafeNumber, [NUMERIC]: toSafeNumber, [DATE]: (v: string) => v },
    });
    return { kysely: new Kysely<Schema>({ dialect: new PGliteDialect(pglite) }), raw: { kind: "pglite", pglite } };
  }
  const sql = postgres(config.url, {
    onnotice: () => {},
    max: 10,
    types: {
      int8: { to: INT8, from: [INT8], serialize: (v: number) => String(v), parse: toSafeNumber },
      numeric: { to: NUMERIC, from: [NUMERIC], serialize: (v: number) => String(v), parse: toSafeNumber },
      date: { to: DATE, from: [DATE], serialize: (v: string) => v, parse: (v: string) => v },
    },
  });
  return { kysely: new Kysely<Schema>({ dialect: new PostgresJSDialect({ postgres: sql }) }), raw: { kind: "postgres", sql } };
};

const acquire = (config: DatabaseConfig) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const handle = await open(config);
      await migrateToLatest(handle.kysely);
      return handle;
    }),
    (handle) => Effect.promise(() => handle.kysely.destroy()),
  );
