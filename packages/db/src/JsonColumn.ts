/**
 * JSON values written to `jsonb` columns: the value is sent as text and cast by PostgreSQL, the
 * same way on PGlite and a server (the drivers differ in how they would serialise an object).
 */
import { type RawBuilder, sql } from "kysely";

/** `v` as a jsonb expression for an insert or update. */
export const jsonb = (v: unknown): RawBuilder<string> => sql<string>`cast(cast(${JSON.stringify(v)} as text) as jsonb)`;
