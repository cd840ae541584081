/**
 * One transaction on the raw driver with bulk CSV loading: postgres.js streams `COPY … FROM
 * STDIN`, PGlite reads `COPY … FROM '/dev/blob'`. Kysely has no COPY, and a temporary staging
 * table must live on the one connection that runs the whole batch, so ingest uses this instead.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { RawDriver } from "../Database.js";

/** A positional parameter of a statement. */
export type BulkParam = string | number | boolean | null;

/** Statements a bulk transaction can run. */
export interface BulkTransaction {
  /** Runs one statement with positional parameters ($1 …) and returns its rows. */
  readonly query: <R extends object = Record<string, unknown>>(
    text: string,
    params?: ReadonlyArray<BulkParam>,
  ) => Promise<ReadonlyArray<R>>;
  /**
   * Loads CSV text through COPY. `stdinSql` is the `… from stdin …` form for PostgreSQL,
   * `blobSql` the `… from '/dev/blob' …` form for PGlite.
   */
  readonly copyCsv: (stdinSql: string, blobSql: string, chunks: ReadonlyArray<string>) => Promise<void>;
}

/** Runs `body` in one transaction on the raw driver; a throw rolls everything back. */
export const withBulkTransaction = <A>(raw: RawDriver, body: (tx: BulkTransaction) => Promise<A>): Promise<A> => {
  if (raw.kind === "pglite")
    return raw.pglite.transaction(async (t) =>
      body({
        query: async <R extends object>(text: string, params: ReadonlyArray<BulkParam> = []) => (await t.query<R>(text, [...params])).rows,
        copyCsv: async (_stdin, blobSql, chunks) => {
          await t.query(blobSql, [], { blob: new Blob([...chunks]) });
        },
      }),
    ) as Promise<A>;
  return raw.sql.begin(async (t) =>
    body({
      query: async <R extends object>(text: string, params: ReadonlyArray<BulkParam> = []) => await t.unsafe<R[]>(text, [...params]),
      copyCsv: async (stdinSql, _blob, chunks) => {
        const writable = await t.unsafe(stdinSql).writable();
        await pipeline(Readable.from(chunks), writable);
      },
    }),
  ) as Promise<A>;
};
