/**
 * The embedded database belongs to one process (PGlite holds its folder alone), so that process
 * sees every statement that can change data. `watchWrites` counts them — at their start and again
 * when they end — so `Versions` (ADR 0013) knows whether the cache counters can have moved since
 * it last read them, and skips the read when they cannot.
 *
 * A statement counts as a write unless its text begins with `select` (reads, the counters' own
 * read among them). A `with` query, `insert … returning`, COPY, a transaction's `commit` and any
 * other command count; so the count moves after every commit that can have bumped a counter,
 * before the request that committed it answers.
 */
import type { PGlite } from "@electric-sql/pglite";

/** How many writes the process has started and finished. */
export interface WriteCount {
  readonly count: () => number;
}

const READ_ONLY = /^\s*select\b/i;

/** Counts the writes issued through `pglite` (its `query`, `exec` and `transaction`). */
export const watchWrites = (pglite: PGlite): WriteCount => {
  let count = 0;
  const counted =
    <A extends ReadonlyArray<unknown>, R>(run: (...args: A) => Promise<R>, isWrite: (...args: A) => boolean) =>
    async (...args: A): Promise<R> => {
      const write = isWrite(...args);
      if (write) count++;
      try {
        return await run(...args);
      } finally {
        if (write) count++;
      }
    };
  const query = pglite.query.bind(pglite);
  const exec = pglite.exec.bind(pglite);
  const transaction = pglite.transaction.bind(pglite);
  pglite.query = counted(query, (sql) => !READ_ONLY.test(sql)) as PGlite["query"];
  pglite.exec = counted(exec, (sql) => !READ_ONLY.test(sql)) as PGlite["exec"];
  pglite.transaction = counted(transaction, (_callback) => true) as PGlite["transaction"];
  return { count: () => count };
};
