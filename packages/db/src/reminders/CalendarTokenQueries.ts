/** The reminders store's calendar tokens: read-only, one unit, stored as a digest, revocable. */
import { type Context, Effect } from "effect";
import type { Kysely } from "kysely";
import * as Secret from "../accounts/Secret.js";
import type { Schema } from "../Schema.js";
import { CALENDAR_TOKEN_PREFIX, CalendarTokenNotFound } from "./ReminderRecords.js";
import type { ReminderStore } from "./ReminderStore.js";

type Service = Context.Tag.Service<ReminderStore>;

const q = <A>(f: () => Promise<A>) => Effect.promise(f);

/** Calendar tokens over the database. */
export const calendarTokenQueries = (
  kysely: Kysely<Schema>,
): Pick<Service, "createCalendarToken" | "findCalendarToken" | "calendarTokens" | "revokeCalendarToken"> => ({
  createCalendarToken: (userId, unit) =>
    Effect.gen(function* () {
      const secret = `${CALENDAR_TOKEN_PREFIX}${Secret.random()}`;
      const row = yield* q(() =>
        kysely
          .insertInto("calendar_token")
          .values({ user_id: userId, unit_code: unit, token_hash: Secret.digest(secret), token_prefix: secret.slice(0, 14) })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return {
        secret,
        token: { id: row.id, unit: row.unit_code, prefix: row.token_prefix, createdAt: row.created_at, revokedAt: row.revoked_at },
      };
    }),
  findCalendarToken: (secret) =>
    q(() =>
      kysely
        .selectFrom("calendar_token as t")
        .innerJoin("app_user as u", "u.id", "t.user_id")
        .select(["t.user_id", "t.unit_code"])
        .where("t.token_hash", "=", Secret.digest(secret))
        .where("t.revoked_at", "is", null)
        .where("u.disabled_at", "is", null)
        .executeTakeFirst(),
    ).pipe(Effect.map((r) => (r === undefined ? undefined : { userId: r.user_id, unit: r.unit_code }))),
  calendarTokens: (userId) =>
    q(() => kysely.selectFrom("calendar_token").selectAll().where("user_id", "=", userId).orderBy("created_at").execute()).pipe(
      Effect.map((rs) =>
        rs.map((r) => ({ id: r.id, unit: r.unit_code, prefix: r.token_prefix, createdAt: r.created_at, revokedAt: r.revoked_at })),
      ),
    ),
  revokeCalendarToken: (userId, id, at) =>
    q(() =>
      kysely
        .updateTable("calendar_token")
        .set({ revoked_at: at })
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .executeTakeFirst(),
    ).pipe(Effect.flatMap((r) => (Number(r.numUpdatedRows) === 1 ? Effect.void : Effect.fail(new CalendarTokenNotFound({ id }))))),
});
