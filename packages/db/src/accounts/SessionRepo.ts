/**
 * Web sessions and sign-in throttling. A session is a random secret in an HttpOnly cookie; the
 * database keeps its sha256 and expiry. Failed sign-ins are counted per username and address;
 * from the third failure each one locks further attempts for twice as long as the one before
 * (2 s, 4 s, … up to 15 minutes), which makes guessing slow without locking people out for long.
 */
import { Clock, Context, Effect, Layer } from "effect";
import { Database } from "../Database.js";
import * as Secret from "./Secret.js";

/** How long a session lasts without signing in again. */
export const SESSION_HOURS = 12;
/** Failures allowed before attempts are delayed. */
export const FREE_FAILURES = 2;
/** Longest lock after repeated failures, in seconds. */
export const MAX_LOCK_SECONDS = 15 * 60;

/** A session just opened: the secret goes into the cookie and is never seen again. */
export interface OpenedSession {
  readonly id: string;
  readonly secret: string;
  readonly expiresAt: Date;
}

/** The lock to apply after `failures` consecutive failures, in seconds (0 = none). */
export const lockSeconds = (failures: number): number =>
  failures <= FREE_FAILURES ? 0 : Math.min(MAX_LOCK_SECONDS, 2 ** (failures - FREE_FAILURES));

/** Repository of sessions and of the sign-in throttle. */
export class SessionRepo extends Context.Tag("@cchc/db/SessionRepo")<
  SessionRepo,
  {
    readonly open: (userId: string) => Effect.Effect<OpenedSession>;
    /** The session of a cookie secret, when it exists, is not revoked and has not expired. */
    readonly resolve: (
      secret: string,
    ) => Effect.Effect<{ readonly id: string; readonly userId: string; readonly expiresAt: Date } | undefined>;
    readonly close: (secret: string) => Effect.Effect<void>;
    /** Seconds until attempts for `key` are allowed again (0 = now). */
    readonly retryAfter: (key: string) => Effect.Effect<number>;
    /** Counts a failure; returns the seconds of lock it causes. */
    readonly fail: (key: string) => Effect.Effect<number>;
    readonly succeed: (key: string) => Effect.Effect<void>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    SessionRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const q = <A>(f: () => Promise<A>) => Effect.promise(f);
      const now = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms));
      return {
        open: (userId) =>
          Effect.gen(function* () {
            const at = yield* now;
            const secret = Secret.random();
            const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3600_000);
            const row = yield* q(() =>
              kysely
                .insertInto("auth_session")
                .values({ user_id: userId, token_hash: Secret.digest(secret), expires_at: expiresAt })
                .returning("id")
                .executeTakeFirstOrThrow(),
            );
            return { id: row.id, secret, expiresAt };
          }),
        resolve: (secret) =>
          Effect.gen(function* () {
            const at = yield* now;
            const row = yield* q(() =>
              kysely
                .selectFrom("auth_session")
                .select(["id", "user_id", "expires_at"])
                .where("token_hash", "=", Secret.digest(secret))
                .where("revoked_at", "is", null)
                .where("expires_at", ">", at)
                .executeTakeFirst(),
            );
            return row ? { id: row.id, userId: row.user_id, expiresAt: row.expires_at } : undefined;
          }),
        close: (secret) =>
          Effect.flatMap(now, (at) =>
            q(() => kysely.updateTable("auth_session").set({ revoked_at: at }).where("token_hash", "=", Secret.digest(secret)).execute()),
          ).pipe(Effect.asVoid),
        retryAfter: (key) =>
          Effect.gen(function* () {
            const at = yield* now;
            const row = yield* q(() =>
              kysely.selectFrom("sign_in_throttle").select("locked_until").where("key", "=", key).executeTakeFirst(),
            );
            const until = row?.locked_until?.getTime() ?? 0;
            return until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : 0;
          }),
        fail: (key) =>
          Effect.gen(function* () {
            const at = yield* now;
            const row = yield* q(() => kysely.selectFrom("sign_in_throttle").select("failures").where("key", "=", key).executeTakeFirst());
            const failures = (row?.failures ?? 0) + 1;
            const seconds = lockSeconds(failures);
            const lockedUntil = seconds > 0 ? new Date(at.getTime() + seconds * 1000) : null;
            yield* q(() =>
              kysely
                .insertInto("sign_in_throttle")
                .values({ key, failures, locked_until: lockedUntil, updated_at: at })
                .onConflict((oc) => oc.column("key").doUpdateSet({ failures, locked_until: lockedUntil, updated_at: at }))
                .execute(),
            );
            return seconds;
          }),
        succeed: (key) => q(() => kysely.deleteFrom("sign_in_throttle").where("key", "=", key).execute()).pipe(Effect.asVoid),
      };
    }),
  );
}
