/**
 * The database a migration works on. A migration sees the schema as it was when it was written,
 * not today's `Schema` type, so it is typed loosely — as Kysely's migration guide advises, with any
 * table name, any column, values of unknown type (a data migration decodes what it reads).
 */
import type { Kysely } from "kysely";

/** Any table of any columns. */
type LooseTables = Record<string, Record<string, unknown>>;

export type MigrationDb = Kysely<LooseTables>;
