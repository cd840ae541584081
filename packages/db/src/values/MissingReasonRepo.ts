/**
 * Stated reasons why a compulsory indicator has no value for a unit's period (ADR 0021), apart
 * from the values: a value row always holds a number, a reason stands for the absence of one.
 * A change names the version it read (0 = new) and is refused with `MissingReasonConflict` when
 * stale; a period an approval locked for the indicator refuses it with `PeriodLocked` — checked in
 * the same transaction, which also writes the audit record.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import { type MissingReasonChange, MissingReasonConflict, type StoredMissingReason } from "@cchc/domain/indicators/Completeness";
import type { IndicatorCode } from "@cchc/domain/indicators/Indicator";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { removeAt, rowAt, storeAt } from "../records/KeyedRows.js";
import { ofUnitPeriod } from "../records/Listing.js";
import type { RowOf } from "../Schema.js";
import { changeAt } from "../Transaction.js";
import { type PeriodLocked, writableIn } from "../workflow/PeriodLock.js";

/** Why a reason change stored nothing. */
export type MissingReasonRefused = MissingReasonConflict | PeriodLocked;

const iso = (t: Date | string): string => (t instanceof Date ? t : new Date(t)).toISOString();

const toStored = (r: RowOf<"missing_reason">): StoredMissingReason => ({
  indicator: r.indicator_code,
  reason: r.reason,
  version: r.version,
  updatedBy: r.updated_by,
  updatedAt: iso(r.updated_at),
});

// Two first reasons inserted at once (or a deadlock): the loser runs again, up to 3 times in all, and sees a version conflict.
const ATTEMPTS = 3;

const run = <A>(query: () => Promise<A>) => Effect.promise(query);

/** The audit entity id of a reason: `unit/period/indicator`. */
export const missingReasonEntityId = (unit: string, period: string, indicator: string): string => `${unit}/${period}/${indicator}`;

/** Repository of missing-value reasons. */
export class MissingReasonRepo extends Context.Tag("@cchc/db/MissingReasonRepo")<
  MissingReasonRepo,
  {
    readonly list: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<StoredMissingReason>>;
    /** States, replaces or (with `reason: null`) withdraws a reason; answers the reason as now stored (null when withdrawn). */
    readonly set: (
      unit: UnitCode,
      period: PeriodCode,
      indicator: IndicatorCode,
      change: MissingReasonChange,
      actor: Actor,
    ) => Effect.Effect<StoredMissingReason | null, MissingReasonRefused>;
  }
>() {
  static readonly layer = overDatabase(MissingReasonRepo, (kysely) => ({
    list: (unit, period) =>
      rowsOf(kysely.selectFrom("missing_reason").selectAll().where(ofUnitPeriod({ unit, period })).orderBy("indicator_code"), toStored),
    set: (unit, period, indicator, change, actor) =>
      changeAt(
        kysely,
        (trx, now) =>
          Effect.gen(function* () {
            yield* writableIn(trx, unit, period, [{ indicator, disaggregation: "" }]);
            const key = { unit_code: unit, period_code: period, indicator_code: indicator };
            const row = yield* run(() => rowAt(trx, "missing_reason", key, true));
            const current = row ? toStored(row) : undefined;
            if ((current?.version ?? 0) !== change.version || (current === undefined && change.reason === null))
              return yield* Effect.fail(
                new MissingReasonConflict({
                  unit,
                  period,
                  indicator,
                  expectedVersion: change.version,
                  current: current ? { reason: current.reason, version: current.version, updatedBy: current.updatedBy } : null,
                }),
              );
            const entityId = missingReasonEntityId(unit, period, indicator);
            const before = current ? { reason: current.reason, version: current.version } : null;
            const audit = (action: string, after: unknown) =>
              run(() => recordIn(trx, now, { actor, action, entity: "missing-reason", entityId, unit, before, after }));
            if (change.reason === null) {
              yield* run(() => removeAt(trx, "missing_reason", key));
              yield* audit("missing-reason.withdraw", null);
              return null;
            }
            const reason = change.reason.normalize("NFC");
            const version = (current?.version ?? 0) + 1;
            const values = { reason, version, updated_by: actor.name ?? actor.kind, updated_at: now.toISOString() };
            const saved = yield* run(() => storeAt(trx, "missing_reason", key, values, current !== undefined));
            yield* audit("missing-reason.write", { reason, version });
            return toStored(saved);
          }),
        ATTEMPTS,
      ),
  }));
}
