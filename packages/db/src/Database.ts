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
import { type WriteCount, watchWrites } from "./cache/LocalWrites.js";
import { migrateToLatest } from "./Migrations.js";
import { noDelaySocket } from "./NoDelaySocket.js";
import { embeddedStartParams, holdsDatabase, initialiseApart } from "./PgliteFolder.js";
import type { Schema } from "./Schema.js";
import { type Trx, transaction } from "./Transaction.js";

/** The raw driver behind Kysely, for the few bulk operations Kysely does not express. */
export type RawDriver =
  | {
      readonly kind: "pglite";
      readonly pglite: PGlite;
      /** The writes issued through it; this process is the only one that can change its data. */
      readonly writes: WriteCount;
    }
  | { readonly kind: "postgres"; readonly sql: postgres.Sql };

/** Where the data lives: an embedded folder (or memory) or a PostgreSQL server URL. */
export type DatabaseConfig =
  | { readonly kind: "pglite"; readonly dataDir: string | "memory" }
  | {
      readonly kind: "postgres";
      readonly url: string;
      /** How long to wait for a connection before the database counts as away (default 1.500 ms). */
      readonly connectTimeoutMs?: number;
      /** Longest a statement may run (PostgreSQL `statement_timeout`, default 60.000 ms). */
      readonly statementTimeoutMs?: number;
    };

/** Default wait for a PostgreSQL connection: short, so a request answers 503 within 2 s when the server is away. */
export const CONNECT_TIMEOUT_MS = 1500;
/** Default longest statement. */
export const STATEMENT_TIMEOUT_MS = 60_000;

/** The database folder PGlite could not open (in use, unreadable, not a database). */
export class DatabaseOpenFailed extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: string,
  ) {
    super(`Không mở được cơ sở dữ liệu PGlite tại ${dataDir}: ${reason}`);
    this.name = "DatabaseOpenFailed";
  }
}

/** The database service: typed Kysely plus the raw driver; migrations have run. */
export class Database extends Context.Tag("@cchc/db/Database")<Database, { readonly kysely: Kysely<Schema>; readonly raw: RawDriver }>() {
  /** A scoped layer that opens the database, migrates it to the latest schema and closes it. */
  static readonly layer = (config: DatabaseConfig) => Layer.scoped(Database, acquire(config));
  /**
   * Runs `use(trx)` in a transaction of the database: committed when it succeeds, rolled back when
   * it fails, dies or is interrupted (see `Transaction.ts`).
   */
  static readonly transaction = <A, E, R>(use: (trx: Trx) => Effect.Effect<A, E, R>): Effect.Effect<A, E, R | Database> =>
    Effect.flatMap(Database, ({ kysely }) => transaction(kysely, use));
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
    const pglite = await openPglite(config.dataDir);
    const writes = watchWrites(pglite);
    return { kysely: new Kysely<Schema>({ dialect: new PGliteDialect(pglite) }), raw: { kind: "pglite", pglite, writes } };
  }
  const socket = noDelaySocket(config.url);
  const sql = postgres(config.url, {
    onnotice: () => {},
    // `socket` is a documented postgres.js option its types leave out
    ...(socket === undefined ? {} : ({ socket } as {})),
    max: 10,
    // seconds; a refused or silent server fails fast and the request answers 503 (apps/api DatabaseFailures)
    connect_timeout: (config.connectTimeoutMs ?? CONNECT_TIMEOUT_MS) / 1000,
    // reconnect at once (its default waits up to 20 s after repeated failures): a request while the
    // server is away fails within the connect timeout, and the first one after it returns succeeds
    backoff: () => 0.05,
    connection: { statement_timeout: config.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS },
    types: {
      int8: { to: INT8, from: [INT8], serialize: (v: number) => String(v), parse: toSafeNumber },
      numeric: { to: NUMERIC, from: [NUMERIC], serialize: (v: number) => String(v), parse: toSafeNumber },
      date: { to: DATE, from: [DATE], serialize: (v: string) => v, parse: (v: string) => v },
    },
  });
  return { kysely: new Kysely<Schema>({ dialect: new PostgresJSDialect({ postgres: sql }) }), raw: { kind: "postgres", sql } };
};

// PGlite in a folder: a file in the way, a folder it may not write or data of another version make
// it fail (sometimes by aborting its WebAssembly); the caller gets one error naming folder and cause.
// A new folder is initialised by a separate process first (`PgliteFolder`, ADR 0020).
const openPglite = async (dataDir: string): Promise<PGlite> => {
  const options = {
    parsers: { [INT8]: toSafeNumber, [NUMERIC]: toSafeNumber, [DATE]: (v: string) => v },
    startParams: [...embeddedStartParams],
  };
  if (dataDir === "memory") return PGlite.create(options);
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!holdsDatabase(dataDir)) await initialiseApart(dataDir);
    const pglite = await PGlite.create({ ...options, dataDir });
    await pglite.query("select 1");
    return pglite;
  } catch (e) {
    throw new DatabaseOpenFailed(dataDir, e instanceof Error ? e.message : String(e));
  }
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
