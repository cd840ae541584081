/**
 * Building blocks the migrations share to declare columns. Migrations already applied use them:
 * what one of them creates must never change (add a new block instead), or a fresh database
 * would no longer get the schema the existing ones have.
 */
import { type ColumnDataType, type ColumnDefinitionBuilder, type CreateTableBuilder, sql } from "kysely";

/** `not null`. */
export const notNull = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull();

/** `not null default now()`: when a row was written, unless the insert says. */
export const now = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull().defaultTo(sql`now()`);

/** A text primary key defaulting to a random UUID. */
export const uuid = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`);

/** Adds the columns `names`, in order, each of `type` and `not null` (for `$call`). */
export const required =
  <N extends string>(type: ColumnDataType, ...names: ReadonlyArray<N>) =>
  <T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | N> =>
    names.reduce<CreateTableBuilder<T, C | N>>((t, name) => t.addColumn(name, type, notNull), table);

/** Adds the columns `names`, in order, each of `type` and nullable (for `$call`). */
export const nullable =
  <N extends string>(type: ColumnDataType, ...names: ReadonlyArray<N>) =>
  <T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | N> =>
    names.reduce<CreateTableBuilder<T, C | N>>((t, name) => t.addColumn(name, type), table);
