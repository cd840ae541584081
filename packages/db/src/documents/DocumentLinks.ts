/**
 * Links from other records (an inspection's plan, an activity's document, a task's evidence) to
 * the document register. A write checks its links inside its own transaction and takes a
 * `for key share` lock on the documents found, so a removal racing the write waits for it and then
 * clears the new link (`on delete set null`) instead of failing it or leaving it dangling.
 */
import type { Kysely } from "kysely";
import type { Schema } from "../Schema.js";

/** The ids among `ids` (nulls ignored) that name no registered document, in the order given. */
export const missingDocumentsIn = async (db: Kysely<Schema>, ids: ReadonlyArray<number | null>): Promise<ReadonlyArray<number>> => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return [];
  const found = await db.selectFrom("document").select("id").where("id", "in", wanted).forKeyShare().execute();
  const present = new Set(found.map((r) => r.id));
  return wanted.filter((id) => !present.has(id));
};
