/** The reminders store's calendar tokens: read-only, one unit, stored as a digest, revocable. */
import { type Context, Effect } from "effect";
import type { Kysely } from "kysely";
import { revokeOf } from "../accounts/Revocation.js";
import * as Secret from "../accounts/Secret.js";
import type { RowOf, Schema } from "../Schema.js";
import { CALENDAR_TOKEN_PREFIX, type CalendarToken, CalendarTokenNotFound } from "./ReminderRecords.js";
import type { ReminderStore } from "./ReminderStore.js";

type Service = Context.Tag.Service<ReminderStore>;

const q = <A>(f: () => Promise<A>) => Effect.promise(f);

/** What a stored calendar token shows its owner (never its secret). */
const tokenOf = (r: RowOf<"calendar_token">): CalendarToken => ({
  id: r.id,
  unit: r.unit_code,
  prefix: r.token_prefix,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

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
        token: tokenOf(row),
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
      Effect.map((rs) => rs.map(tokenOf)),
    ),
  revokeCalendarToken: (userId, id, at) =>
    q(() => revokeOf(kysely, "calendar_token", userId, at).where("id", "=", id).executeTakeFirst()).pipe(
      Effect.flatMap((r) => (Number(r.numUpdatedRows) === 1 ? Effect.void : Effect.fail(new CalendarTokenNotFound({ id })))),
    ),
});
