/**
 * Rows found by a natural key (a figure's unit, period and code; a criterion of an assessment)
 * that a change reads, then writes whole or removes, in one transaction: `rowAt` reads the row of
 * a key (locked for the transaction when asked), `storeAt` updates that row when there is one,
 * else inserts it with its key columns, and `removeAt` deletes it.
 */
import type { Insertable, Kysely } from "kysely";
import type { RowOf, Schema } from "../Schema.js";
import type { Trx } from "../Transaction.js";

/** The tables whose rows are written whole at their key. */
export type KeyedTable = "missing_reason" | "rate_claim" | "par_score";

/** The key columns of a row of `T` and their values. */
type Key<T extends KeyedTable, KC extends keyof Insertable<Schema[T]>> = Pick<Insertable<Schema[T]>, KC>;

// Kysely cannot type a statement on a table named by a type parameter; the signatures below type each call.
const loosely = (trx: Trx) => trx as unknown as Kysely<Record<KeyedTable, Record<string, unknown>>>;

/** The row of `table` at `key`, if stored; with `lock`, locked (`for update`) for the rest of the transaction. */
export const rowAt = <T extends KeyedTable, KC extends keyof Insertable<Schema[T]>>(
  trx: Trx,
  table: T,
  key: Key<T, KC>,
  lock: boolean,
): Promise<RowOf<T> | undefined> => {
  const name: KeyedTable = table;
  const query = loosely(trx)
    .selectFrom(name)
    .selectAll()
    .where((eb) => eb.and(key));
  return (lock ? query.forUpdate() : query).executeTakeFirst() as Promise<RowOf<T> | undefined>;
};

/** The row of `table` at `key` with the other columns `values`: updated when `stored`, else inserted; answers the row as stored. */
export const storeAt = <T extends KeyedTable, KC extends keyof Insertable<Schema[T]>>(
  trx: Trx,
  table: T,
  key: Key<T, KC>,
  values: Omit<Insertable<Schema[T]>, KC>,
  stored: boolean,
): Promise<RowOf<T>> => {
  const name: KeyedTable = table;
  const statement = stored
    ? loosely(trx)
        .updateTable(name)
        .set(values)
        .where((eb) => eb.and(key))
        .returningAll()
    : loosely(trx)
        .insertInto(name)
        .values({ ...key, ...values })
        .returningAll();
  return statement.executeTakeFirstOrThrow() as Promise<RowOf<T>>;
};

/** Deletes the row of `table` at `key`. */
export const removeAt = <T extends KeyedTable, KC extends keyof Insertable<Schema[T]>>(
  trx: Trx,
  table: T,
  key: Key<T, KC>,
): Promise<unknown> => {
  const name: KeyedTable = table;
  return loosely(trx)
    .deleteFrom(name)
    .where((eb) => eb.and(key))
    .execute();
};
