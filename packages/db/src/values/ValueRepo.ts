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
import { type ClaimChange, ClaimConflict, corrected, type VersionedClaim } from "@cchc/domain/indicators/ClaimChange";
import type { RateClaim } from "@cchc/domain/indicators/Rate";
import type { StoredValue, ValueConflict } from "@cchc/domain/indicators/Value";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Data, Effect } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { removeAt, rowAt, storeAt } from "../records/KeyedRows.js";
import { ofUnitPeriod } from "../records/Listing.js";
import type { RowOf } from "../Schema.js";
import { changeAt } from "../Transaction.js";
import { type PeriodLocked, writableIn } from "../workflow/PeriodLock.js";
import { claimFromRow, iso } from "./ValueRows.js";
import { toStored, type ValueWrite, type WriteResult, writeGroupIn } from "./WriteIn.js";

export { toStored, type ValueWrite, valueEntityId, type WriteResult } from "./WriteIn.js";

/** Options of a write: a dry run stores nothing; `auditAs` records each changed value in the audit trail. */
export interface WriteOptions {
  readonly dryRun?: boolean;
  /** Who writes, for the audit trail: one record per changed value, in the write's transaction. */
  readonly auditAs?: Actor;
}

/** The values of one (unit, period) in a write across several. */
export interface WriteGroup {
  readonly unit: UnitCode;
  readonly period: PeriodCode;
  readonly changes: ReadonlyArray<ValueWrite>;
}

// A dry run's results: failing with them rolls the transaction back.
class DryRun extends Data.TaggedError("DryRun")<{ readonly results: ReadonlyArray<ReadonlyArray<WriteResult>> }> {}

// A transaction that lost a race (deadlock, serialization, a value both inserted at once) runs
// again, up to 4 times in all: it then sees the other one's rows and answers a version conflict
// where the writer's version is now stale.
const ATTEMPTS = 4;

const run = <A>(query: () => Promise<A>) => Effect.promise(query);

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

const toVersioned = (r: RowOf<"rate_claim">): VersionedClaim => ({
  ...claimFromRow(r),
  version: r.version,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at === null ? null : iso(r.updated_at),
});

/** The audit entity id of a claim: `unit/period/rate` with `[disaggregation]` when not the total. */
export const claimEntityId = (unit: string, period: string, rate: string, disaggregation: string): string =>
  `${unit}/${period}/${rate}${disaggregation ? `[${disaggregation}]` : ""}`;

/** Why a claim correction changed nothing: a stale version, or a report an approval locked. */
export type ClaimRefused = ClaimConflict | PeriodLocked;

/** Repository of indicator values and stated-rate claims. */
export class ValueRepo extends Context.Tag("@cchc/db/ValueRepo")<
  ValueRepo,
  {
    readonly list: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<StoredValue>>;
    /** Writes all or nothing; a dry run reports the same results and stores nothing. */
    readonly write: (
      unit: UnitCode,
      period: PeriodCode,
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
    readonly history: (unit: UnitCode, period: PeriodCode, indicator?: string) => Effect.Effect<ReadonlyArray<HistoryEntry>>;
    readonly claims: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<RateClaim>>;
    /** The stated-rate claims with their versions and last change. */
    readonly versionedClaims: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<VersionedClaim>>;
    /**
     * Corrects (or, with `stated: null`, withdraws) a stated rate: the version read must be the
     * stored one (0 for a new claim), the report must not be locked for the rate by an approval;
     * the change and its audit record are committed together. Answers the claim as now stored
     * (null when withdrawn).
     */
    readonly setClaim: (
      unit: UnitCode,
      period: PeriodCode,
      change: ClaimChange,
      actor: Actor,
    ) => Effect.Effect<VersionedClaim | null, ClaimRefused>;
    /** Stores (or replaces) a stated-rate claim. */
    readonly putClaim: (unit: UnitCode, period: PeriodCode, claim: RateClaim) => Effect.Effect<void>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(ValueRepo, (kysely) => {
    const writeGroups = (groups: ReadonlyArray<WriteGroup>, actor: string, options: WriteOptions = {}) =>
      changeAt(
        kysely,
        (trx, now) =>
          Effect.gen(function* () {
            const context = { actor, now: now.toISOString(), auditAs: options.auditAs };
            const results: Array<ReadonlyArray<WriteResult>> = [];
            for (const g of groups) results.push(yield* writeGroupIn(trx, g.unit, g.period, g.changes, context));
            return options.dryRun ? yield* Effect.fail(new DryRun({ results })) : results;
          }),
        ATTEMPTS,
      ).pipe(Effect.catchTag("DryRun", (d) => Effect.succeed(d.results)));

    /** The stated rates of a unit's period, by rate. */
    const claimsOf = (unit: string, period: string) =>
      kysely.selectFrom("rate_claim").selectAll().where(ofUnitPeriod({ unit, period })).orderBy("rate_code");

    return {
      write: (unit, period, changes, actor, options) =>
        Effect.map(writeGroups([{ unit, period, changes }], actor, options), (results) => results[0] ?? []),
      writeGroups,
      list: (unit, period) =>
        rowsOf(
          kysely
            .selectFrom("indicator_value")
            .selectAll()
            .where(ofUnitPeriod({ unit, period }))
            .orderBy("indicator_code")
            .orderBy("disaggregation"),
          toStored,
        ),
      history: (unit, period, indicator) =>
        Effect.promise(() =>
          kysely
            .selectFrom("indicator_value_history")
            .selectAll()
            .where(ofUnitPeriod({ unit, period }))
            .$call((b) => (indicator === undefined ? b : b.where("indicator_code", "=", indicator)))
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
      claims: (unit, period) => rowsOf(claimsOf(unit, period), claimFromRow),
      versionedClaims: (unit, period) => rowsOf(claimsOf(unit, period).orderBy("disaggregation"), toVersioned),
      setClaim: (unit, period, change, actor) =>
        changeAt(
          kysely,
          (trx, now) =>
            Effect.gen(function* () {
              yield* writableIn(trx, unit, period, [{ indicator: change.rate, disaggregation: change.disaggregation }]);
              const key = { unit_code: unit, period_code: period, rate_code: change.rate, disaggregation: change.disaggregation };
              const row = yield* run(() => rowAt(trx, "rate_claim", key, true));
              const current = row ? toVersioned(row) : undefined;
              if ((current?.version ?? 0) !== change.version || (current === undefined && change.stated === null))
                return yield* Effect.fail(
                  new ClaimConflict({
                    unit,
                    period,
                    rate: change.rate,
                    disaggregation: change.disaggregation,
                    expectedVersion: change.version,
                    current: current ? { stated: current.stated, version: current.version, updatedBy: current.updatedBy } : null,
                  }),
                );
              const entityId = claimEntityId(unit, period, change.rate, change.disaggregation);
              const before = current
                ? { stated: current.stated, decimals: current.decimals, text: current.text ?? null, version: current.version }
                : null;
              if (change.stated === null) {
                yield* run(() => removeAt(trx, "rate_claim", key));
                yield* run(() =>
                  recordIn(trx, now, { actor, action: "claim.withdraw", entity: "claim", entityId, unit, before, after: null }),
                );
                return null;
              }
              const next = corrected(current, { ...change, stated: change.stated });
              const version = (current?.version ?? 0) + 1;
              const values = {
                stated: next.stated,
                decimals: next.decimals,
                qualifier: next.qualifier,
                text: next.text ?? null,
                version,
                updated_by: actor.name,
                updated_at: now.toISOString(),
              };
              const saved = yield* run(() => storeAt(trx, "rate_claim", key, values, current !== undefined));
              yield* run(() =>
                recordIn(trx, now, {
                  actor,
                  action: "claim.write",
                  entity: "claim",
                  entityId,
                  unit,
                  before,
                  after: { stated: next.stated, decimals: next.decimals, text: next.text ?? null, version },
                }),
              );
              return toVersioned(saved);
            }),
          ATTEMPTS,
        ),
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
  });
}
