/**
 * One transaction on the raw driver with bulk loading by COPY: postgres.js streams `COPY … FROM
 * STDIN`, PGlite reads `COPY … FROM '/dev/blob'`. Kysely has no COPY, and a batch must run on the
 * one connection that holds its transaction, so ingest uses this instead of `Transaction.ts`.
 *
 * `withBulkTransaction(raw, body)` is acquire/use/release like `Transaction.transaction`: acquire
 * opens the transaction (PostgreSQL: a reserved connection and `BEGIN`; PGlite: its transaction,
 * which keeps every other query of the instance waiting until it ends), the body is an Effect
 * over it, and release commits when the body succeeds and rolls back when it fails, dies or is
 * interrupted. A refusal is therefore a typed failure of the body: nothing throws to leave a bulk
 * transaction. Errors of the driver are defects, as for every query run with `Effect.promise`.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Transaction as PgliteTransaction } from "@electric-sql/pglite";
import { Effect } from "effect";
import type { RawDriver } from "../Database.js";

/** A positional parameter of a statement. */
export type BulkParam = string | number | boolean | null;

/** Statements a bulk transaction can run. */
export interface BulkTransaction {
  /** Runs one statement with positional parameters ($1 …) and answers its rows. */
  readonly query: <R extends object = Record<string, unknown>>(
    text: string,
    params?: ReadonlyArray<BulkParam>,
  ) => Effect.Effect<ReadonlyArray<R>>;
  /**
   * Loads COPY data (CSV text or binary tuples, as the statement says). `stdinSql` is the
   * `… from stdin …` form for PostgreSQL, `blobSql` the `… from '/dev/blob' …` form for PGlite.
   */
  readonly copy: (stdinSql: string, blobSql: string, chunks: ReadonlyArray<string | Uint8Array>) => Effect.Effect<void>;
}

/** An open transaction and how it ends: committed (`true`) or rolled back. */
interface Open {
  readonly tx: BulkTransaction;
  readonly end: (commit: boolean) => Promise<void>;
}

const ofPglite = (t: PgliteTransaction): BulkTransaction => ({
  query: <R extends object>(text: string, params: ReadonlyArray<BulkParam> = []) =>
    Effect.promise(() => t.query<R>(text, [...params])).pipe(Effect.map((r) => r.rows)),
  copy: (_stdin, blobSql, chunks) => Effect.promise(() => t.query(blobSql, [], { blob: new Blob([...chunks]) })).pipe(Effect.asVoid),
});

// PGlite runs a transaction inside a callback and holds its transaction lock until the callback
// returns; the callback hands the transaction out and waits for the decision of `end`.
const openPglite = (raw: Extract<RawDriver, { kind: "pglite" }>): Promise<Open> =>
  new Promise((resolve, reject) => {
    let decide: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((r) => {
      decide = r;
    });
    const ended: Promise<void> = raw.pglite.transaction(async (t) => {
      resolve({
        tx: ofPglite(t),
        end: (commit) => {
          decide(commit);
          return ended;
        },
      });
      // without an explicit rollback, PGlite commits when the callback returns
      if (!(await decided)) await t.rollback();
    });
    // a failed BEGIN rejects the opening; a failed COMMIT is answered to `end`
    ended.catch(reject);
  });

const openPostgres = async (raw: Extract<RawDriver, { kind: "postgres" }>): Promise<Open> => {
  const connection = await raw.sql.reserve();
  try {
    await connection.unsafe("begin");
  } catch (e) {
    connection.release();
    throw e;
  }
  return {
    tx: {
      query: <R extends object>(text: string, params: ReadonlyArray<BulkParam> = []) =>
        Effect.promise(() => connection.unsafe<R[]>(text, [...params])),
      copy: (stdinSql, _blob, chunks) =>
        Effect.promise(async () => {
          const writable = await connection.unsafe(stdinSql).writable();
          await pipeline(Readable.from(chunks), writable);
        }),
    },
    end: async (commit) => {
      try {
        await connection.unsafe(commit ? "commit" : "rollback");
      } finally {
        connection.release();
      }
    },
  };
};

// The transaction ends once: after a failed commit the release has nothing left to roll back.
const once = (open: Open): Open => {
  let ending: Promise<void> | undefined;
  return {
    tx: open.tx,
    end: (commit) => {
      if (ending !== undefined) return Promise.resolve();
      ending = open.end(commit);
      return ending;
    },
  };
};

/**
 * Runs `body` in one transaction on the raw driver: committed when it succeeds, rolled back when
 * it fails, dies or is interrupted (see the module comment).
 */
export const withBulkTransaction = <A, E, R>(
  raw: RawDriver,
  body: (tx: BulkTransaction) => Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R> =>
  Effect.acquireUseRelease(
    Effect.promise(() => (raw.kind === "pglite" ? openPglite(raw) : openPostgres(raw)).then(once)),
    // the commit is not cut short: interrupted midway it would leave the outcome unknown
    (open) => Effect.zipLeft(body(open.tx), Effect.uninterruptible(Effect.promise(() => open.end(true)))),
    (open) => Effect.promise(() => open.end(false)),
  );
