/**
 * Web sessions and sign-in throttling. A session is a random secret in an HttpOnly cookie; the
 * database keeps its sha256 and expiry. Failed sign-ins are counted per username and address;
 * from the third failure each one locks further attempts for twice as long as the one before
 * (2 s, 4 s, … up to 15 minutes), which makes guessing slow without locking people out for long.
 */
import { Clock, Context, Effect } from "effect";
import { overDatabase } from "../OverDatabase.js";
import { revokeOf } from "./Revocation.js";
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

/** Quiet time after which a key's failures are forgotten (its last lock long over). */
export const FORGET_AFTER_SECONDS = 60 * 60;

/** The lock to apply after `failures` consecutive failures, in seconds (0 = none): 2, 4, 8… up to 15 minutes. */
export const lockSeconds = (failures: number, free: number = FREE_FAILURES): number =>
  failures <= free ? 0 : Math.min(MAX_LOCK_SECONDS, 2 ** Math.min(30, failures - free));

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
    /** Ends every live session of a user; how many it ended. */
    readonly closeAllOf: (userId: string) => Effect.Effect<number>;
    /** Seconds until attempts for `key` are allowed again (0 = now). */
    readonly retryAfter: (key: string) => Effect.Effect<number>;
    /** Counts a failure (`free` failures cause no lock); returns the seconds of lock it causes. */
    readonly fail: (key: string, free?: number) => Effect.Effect<number>;
    readonly succeed: (key: string) => Effect.Effect<void>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(SessionRepo, (kysely) => {
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
      closeAllOf: (userId) =>
        Effect.flatMap(now, (at) =>
          q(() => revokeOf(kysely, "auth_session", userId, at).where("expires_at", ">", at).executeTakeFirst()),
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
      retryAfter: (key) =>
        Effect.gen(function* () {
          const at = yield* now;
          const row = yield* q(() =>
            kysely.selectFrom("sign_in_throttle").select("locked_until").where("key", "=", key).executeTakeFirst(),
          );
          const until = row?.locked_until?.getTime() ?? 0;
          return until > at.getTime() ? Math.ceil((until - at.getTime()) / 1000) : 0;
        }),
      fail: (key, free = FREE_FAILURES) =>
        Effect.gen(function* () {
          const at = yield* now;
          const row = yield* q(() =>
            kysely.selectFrom("sign_in_throttle").select(["failures", "updated_at"]).where("key", "=", key).executeTakeFirst(),
          );
          const forgotten = row !== undefined && at.getTime() - row.updated_at.getTime() > FORGET_AFTER_SECONDS * 1000;
          const failures = (row && !forgotten ? row.failures : 0) + 1;
          const seconds = lockSeconds(failures, free);
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
  });
}
