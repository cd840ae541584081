/**
 * Indicator values in storage, keyed by (unit, period, indicator, disaggregation), with optimistic
 * concurrency: a write names the version it read (0 = new) and is refused with `ValueConflict` when
 * that is stale. A batch is all-or-nothing in one transaction — also across several (unit, period)
 * groups (`writeGroups`); a dry run performs it and rolls back, so it reports exactly what would
 * change. A write to figures an approval locked is refused with `PeriodLocked`, checked inside the
 * same transaction (see `WriteIn.ts`). Every change is kept in the history table and, when the
 * writer is named, in the audit trail — in the same transaction.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import type { RateClaim } from "@cchc/domain/indicators/Rate";
import type { StoredValue, ValueConflict } from "@cchc/domain/indicators/Value";
import { Clock, Context, Effect, Layer } from "effect";
import { Database } from "../Database.js";
import type { PeriodLocked } from "../workflow/PeriodLock.js";
import type { RateClaimRow } from "./ValueTables.js";
import { toStored, type ValueWrite, WriteAbort, type WriteResult, writeGroupIn } from "./WriteIn.js";

export { toStored, type ValueWrite, valueEntityId, type WriteResult } from "./WriteIn.js";

/** Options of a write: a dry run stores nothing; `auditAs` records each changed value in the audit trail. */
export interface WriteOptions {
  readonly dryRun?: boolean;
  /** Who writes, for the audit trail: one record per changed value, in the write's transaction. */
  readonly auditAs?: Actor;
}

/**
 * Errors of a transaction that lost a race with another one, not of the write itself: a deadlock
 * (two batches locking the same values in different orders), a serialization failure, or the
 * unique key of a value both inserted at once. Run again, the transaction sees the other one's
 * committed rows — and answers a version conflict where the writer's version is now stale.
 */
const RACE_CODES = new Set(["40P01", "40001", "23505"]);
const lostRace = (e: unknown): boolean => typeof e === "object" && e !== null && RACE_CODES.has(String((e as { code?: unknown }).code));

/** Runs a transaction again (up to 4 times in all) when it lost a race. */
const retryRaces = async <A>(run: () => Promise<A>, attempt = 1): Promise<A> => {
  try {
    return await run();
  } catch (e) {
    if (attempt < 4 && lostRace(e)) return retryRaces(run, attempt + 1);
    throw e;
  }
};

/** The values of one (unit, period) in a write across several. */
export interface WriteGroup {
  readonly unit: string;
  readonly period: string;
  readonly changes: ReadonlyArray<ValueWrite>;
}

/** Why a write stored nothing: a stale version, or figures an approval locked. */
export type WriteRefused = ValueConflict | PeriodLocked;

/** One entry of a value's history. */
export interface HistoryEntry {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly oldValue: number | null;
  readonly newValue: number;
  readonly oldVersion: number;
  readonly newVersion: number;
  readonly source: string;
  readonly comment: string | null;
  readonly changedBy: string;
  readonly changedAt: string;
}

const iso = (t: Date | string): string => (t instanceof Date ? t : new Date(t)).toISOString();

const toClaim = (r: RateClaimRow): RateClaim => ({
  rate: r.rate_code,
  disaggregation: r.disaggregation,
  stated: Number(r.stated),
  decimals: r.decimals,
  qualifier: r.qualifier as RateClaim["qualifier"],
  ...(r.text === null ? {} : { text: r.text }),
});

/** Repository of indicator values and stated-rate claims. */
export class ValueRepo extends Context.Tag("@cchc/db/ValueRepo")<
  ValueRepo,
  {
    readonly list: (unit: string, period: string) => Effect.Effect<ReadonlyArray<StoredValue>>;
    /** Writes all or nothing; a dry run reports the same results and stores nothing. */
    readonly write: (
      unit: string,
      period: string,
      changes: ReadonlyArray<ValueWrite>,
      actor: string,
      options?: WriteOptions,
    ) => Effect.Effect<ReadonlyArray<WriteResult>, WriteRefused>;
    /** Writes several (unit, period) groups in one transaction, all or nothing; results in the groups' order. */
    readonly writeGroups: (
      groups: ReadonlyArray<WriteGroup>,
      actor: string,
      options?: WriteOptions,
    ) => Effect.Effect<ReadonlyArray<ReadonlyArray<WriteResult>>, WriteRefused>;
    readonly history: (unit: string, period: string, indicator?: string) => Effect.Effect<ReadonlyArray<HistoryEntry>>;
    readonly claims: (unit: string, period: string) => Effect.Effect<ReadonlyArray<RateClaim>>;
    /** Stores (or replaces) a stated-rate claim. */
    readonly putClaim: (unit: string, period: string, claim: RateClaim) => Effect.Effect<void>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    ValueRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;

      const writeGroups = (groups: ReadonlyArray<WriteGroup>, actor: string, options: WriteOptions = {}) =>
        Effect.gen(function* () {
          const context = { actor, now: new Date(yield* Clock.currentTimeMillis).toISOString(), auditAs: options.auditAs };
          const once = () =>
            kysely.transaction().execute(async (trx) => {
              const results: Array<ReadonlyArray<WriteResult>> = [];
              for (const g of groups) results.push(await writeGroupIn(trx, g.unit, g.period, g.changes, context));
              if (options.dryRun) throw new WriteAbort({ dryRun: results });
              return results;
            });
          return yield* Effect.tryPromise({ try: () => retryRaces(once), catch: (e) => e }).pipe(
            Effect.catchAll((e): Effect.Effect<ReadonlyArray<ReadonlyArray<WriteResult>>, WriteRefused> => {
              if (!(e instanceof WriteAbort)) return Effect.die(e);
              const r = e.reason;
              return "conflict" in r ? Effect.fail(r.conflict) : "locked" in r ? Effect.fail(r.locked) : Effect.succeed(r.dryRun);
            }),
          );
        });

      return {
        write: (unit, period, changes, actor, options) =>
          Effect.map(writeGroups([{ unit, period, changes }], actor, options), (results) => results[0] ?? []),
        writeGroups,
        list: (unit, period) =>
          Effect.promise(() =>
            kysely
              .selectFrom("indicator_value")
              .selectAll()
              .where("unit_code", "=", unit)
              .where("period_code", "=", period)
              .orderBy("indicator_code")
              .orderBy("disaggregation")
              .execute(),
          ).pipe(Effect.map((rows) => rows.map(toStored))),
        history: (unit, period, indicator) =>
          Effect.promise(() =>
            kysely
              .selectFrom("indicator_value_history")
              .selectAll()
              .where("unit_code", "=", unit)
              .where("period_code", "=", period)
              .$if(indicator !== undefined, (b) => b.where("indicator_code", "=", indicator as string))
              .orderBy("id")
              .execute(),
          ).pipe(
            Effect.map((rows) =>
              rows.map((r) => ({
                indicator: r.indicator_code,
                disaggregation: r.disaggregation,
                oldValue: r.old_value === null ? null : Number(r.old_value),
                newValue: Number(r.new_value),
                oldVersion: r.old_version,
                newVersion: r.new_version,
                source: r.source,
                comment: r.comment,
                changedBy: r.changed_by,
                changedAt: iso(r.changed_at),
              })),
            ),
          ),
        claims: (unit, period) =>
          Effect.promise(() =>
            kysely
              .selectFrom("rate_claim")
              .selectAll()
              .where("unit_code", "=", unit)
              .where("period_code", "=", period)
              .orderBy("rate_code")
              .execute(),
          ).pipe(Effect.map((rows) => rows.map(toClaim))),
        putClaim: (unit, period, c) =>
          Effect.promise(() =>
            kysely
              .insertInto("rate_claim")
              .values({
                unit_code: unit,
                period_code: period,
                rate_code: c.rate,
                disaggregation: c.disaggregation,
                stated: c.stated,
                decimals: c.decimals,
                qualifier: c.qualifier,
                text: c.text ?? null,
              })
              .onConflict((oc) =>
                oc.columns(["unit_code", "period_code", "rate_code", "disaggregation"]).doUpdateSet({
                  stated: c.stated,
                  decimals: c.decimals,
                  qualifier: c.qualifier,
                  text: c.text ?? null,
                }),
              )
              .execute(),
          ).pipe(Effect.asVoid),
      };
    }),
  );
}
