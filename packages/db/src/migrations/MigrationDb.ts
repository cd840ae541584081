/**
 * The database a migration works on. A migration sees the schema as it was when it was written,
 * not today's `Schema` type, so it is typed loosely — as Kysely's migration guide advises.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export type MigrationDb = Kysely<any>;
