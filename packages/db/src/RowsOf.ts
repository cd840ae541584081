/**
 * A built query's rows as domain values: runs it and decodes each row — what nearly every list
 * read of a repository (and every write that answers the rows it wrote) does. A driver error is
 * a defect, as for every query run with `Effect.promise`.
 */
import { Effect } from "effect";

/** A built query that answers rows. */
interface RowsQuery<Row> {
  readonly execute: () => Promise<Row[]>;
}

/** The rows `query` answers, each decoded by `decode`. */
export const rowsOf = <Row, A>(query: RowsQuery<Row>, decode: (row: Row) => A): Effect.Effect<A[]> =>
  Effect.map(
    Effect.promise(() => query.execute()),
    (rows) => rows.map(decode),
  );
