/**
 * Revoking what a user holds — web sessions, API tokens, calendar tokens: each is a row with the
 * user's id and a `revoked_at` stamp that stays null while it is live. Every revocation is the
 * same update, narrowed by the caller (one token, or only those not expired yet).
 */
import type { Kysely } from "kysely";
import type { Schema } from "../Schema.js";

/** The tables of what a user holds and may have revoked. */
export type CredentialTable = "auth_session" | "api_token" | "calendar_token";

/** The update that stamps `at` as the revocation of `userId`'s not yet revoked rows of `table`. */
export const revokeOf = (kysely: Kysely<Schema>, table: CredentialTable, userId: string, at: Date) =>
  kysely.updateTable(table).set({ revoked_at: at }).where("user_id", "=", userId).where("revoked_at", "is", null);
