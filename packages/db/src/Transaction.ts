/**
 * Transactions as Effects. `transaction(kysely, use)` begins a Kysely transaction, runs the effect
 * `use` builds over it and commits when that effect succeeds; when it fails, dies or is
 * interrupted the transaction is rolled back (acquire/release over Kysely's controlled
 * transaction). A refusal inside a transaction is therefore an ordinary typed failure: nothing
 * throws to leave one. `retryLostRaces` runs a transaction again when the database made it lose
 * a race with another one.
 */
import { Clock, Effect, Option } from "effect";
import type { Kysely } from "kysely";
import type { Schema } from "./Schema.js";

/** The handle of an open transaction: a Kysely instance whose queries all run in it. */
export type Trx = Kysely<Schema>;

/**
 * Runs `use(trx)` in a transaction: committed when it succeeds, rolled back when it fails, dies or
 * is interrupted. Errors of the driver (a lost connection, a refused commit) are defects, as they
 * are for every query run with `Effect.promise`.
 */
export const transaction = <A, E, R>(kysely: Kysely<Schema>, use: (trx: Trx) => Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.acquireUseRelease(
    Effect.promise(() => kysely.startTransaction().execute()),
    // the commit is not cut short: interrupted midway it would leave the outcome unknown
    (trx) => Effect.zipLeft(use(trx), Effect.uninterruptible(Effect.promise(() => trx.commit().execute()))),
    // after a failed commit the transaction may still be open (or already aborted by the database)
    (trx) => (trx.isCommitted || trx.isRolledBack ? Effect.void : Effect.promise(() => trx.rollback().execute())),
  );

/**
 * SQLSTATEs of a transaction that lost a race with another one, not of the write itself: a
 * deadlock, a serialization failure, or a unique key both inserted at once. Run again, the
 * transaction sees the other one's committed rows.
 */
const RACE_CODES = new Set(["40P01", "40001", "23505"]);

/** Whether a defect is the driver's error of a lost race. */
export const lostRace = (defect: unknown): boolean =>
  typeof defect === "object" && defect !== null && "code" in defect && RACE_CODES.has(String(defect.code));

/** Runs `effect` (a whole transaction) again, up to `attempts` times in all, while it dies of a lost race. */
export const retryLostRaces = <A, E, R>(effect: Effect.Effect<A, E, R>, attempts: number): Effect.Effect<A, E, R> =>
  attempts <= 1
    ? effect
    : Effect.catchSomeDefect(effect, (defect) => (lostRace(defect) ? Option.some(retryLostRaces(effect, attempts - 1)) : Option.none()));

/**
 * A change made at one moment: reads the clock once, then runs `use(trx, now)` in a transaction,
 * run again when it loses a race (up to `attempts` runs in all, one by default), each run with
 * the same `now`.
 */
export const changeAt = <A, E, R>(
  kysely: Kysely<Schema>,
  use: (trx: Trx, now: Date) => Effect.Effect<A, E, R>,
  attempts = 1,
): Effect.Effect<A, E, R> =>
  Effect.flatMap(Clock.currentTimeMillis, (ms) =>
    retryLostRaces(
      transaction(kysely, (trx) => use(trx, new Date(ms))),
      attempts,
    ),
  );
