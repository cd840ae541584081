/**
 * Indicator values in storage, keyed by (unit, period, indicator, disaggregation), with optimistic
 * concurrency: a write names the version it read (0 = new) and is refused with `ValueConflict` when
 * that is stale. A batch is all-or-nothing in one transaction; a dry run performs it and rolls back,
 * so it reports exactly what would change. Every change is kept in the history table and, when the
 * writer is named, in the audit trail — in the same transaction.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import type { RateClaim } from "@cchc/domain/indicators/Rate";
import { type StoredValue, ValueConflict, type ValueSource } from "@cchc/domain/indicators/Value";
import { Clock, Context, Effect, Layer } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { Database } from "../Database.js";
import type { IndicatorValueRow, RateClaimRow } from "./ValueTables.js";

/** One value to write; `version` undefined writes without a concurrency check (imports, computed values). */
export interface ValueWrite {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly version?: number | undefined;
  /** undefined keeps the stored comment; "" clears it. */
  readonly comment?: string | undefined;
  readonly source: ValueSource;
}

/** Options of a write: a dry run stores nothing; `auditAs` records each changed value in the audit trail. */
export interface WriteOptions {
  readonly dryRun?: boolean;
  /** Who writes, for the audit trail: one record per changed value, in the write's transaction. */
  readonly auditAs?: Actor;
}

/** The audit entity id of a value: `unit/period/indicator` with `[disaggregation]` when not the total. */
export const valueEntityId = (unit: string, period: string, indicator: string, disaggregation: string): string =>
  `${unit}/${period}/${indicator}${disaggregation === "" ? "" : `[${disaggregation}]`}`;

/** The effect of one write: what was there and what is there now. */
export interface WriteResult {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly old: { readonly value: number; readonly version: number } | null;
  readonly stored: StoredValue;
  readonly changed: boolean;
}

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

/** Decodes a row into a stored value. */
export const toStored = (r: IndicatorValueRow): StoredValue => ({
  indicator: r.indicator_code,
  disaggregation: r.disaggregation,
  value: Number(r.value),
  comment: r.comment,
  source: r.source as ValueSource,
  version: r.version,
  updatedBy: r.updated_by,
  updatedAt: iso(r.updated_at),
});

const toClaim = (r: RateClaimRow): RateClaim => ({
  rate: r.rate_code,
  disaggregation: r.disaggregation,
  stated: Number(r.stated),
  decimals: r.decimals,
  qualifier: r.qualifier as RateClaim["qualifier"],
  ...(r.text === null ? {} : { text: r.text }),
});

// Thrown inside a transaction callback to roll it back; turned back into a value outside.
class Abort {
  constructor(readonly reason: { readonly conflict: ValueConflict } | { readonly dryRun: ReadonlyArray<WriteResult> }) {}
}

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
    ) => Effect.Effect<ReadonlyArray<WriteResult>, ValueConflict>;
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

      const write = (unit: string, period: string, changes: ReadonlyArray<ValueWrite>, actor: string, options: WriteOptions = {}) =>
        Effect.gen(function* () {
          const now = new Date(yield* Clock.currentTimeMillis).toISOString();
          const run = kysely.transaction().execute(async (trx) => {
            const results: WriteResult[] = [];
            for (const [index, c] of changes.entries()) {
              const key = (b: any) =>
                b
                  .where("unit_code", "=", unit)
                  .where("period_code", "=", period)
                  .where("indicator_code", "=", c.indicator)
                  .where("disaggregation", "=", c.disaggregation);
              const cur: IndicatorValueRow | undefined = await key(trx.selectFrom("indicator_value").selectAll())
                .forUpdate()
                .executeTakeFirst();
              const conflict = (found: IndicatorValueRow | undefined) =>
                new Abort({
                  conflict: new ValueConflict({
                    unit,
                    period,
                    indicator: c.indicator,
                    disaggregation: c.disaggregation,
                    expectedVersion: c.version ?? 0,
                    index: changes.length > 1 ? index : null,
                    current: found
                      ? {
                          value: Number(found.value),
                          version: found.version,
                          updatedBy: found.updated_by,
                          updatedAt: iso(found.updated_at),
                        }
                      : null,
                  }),
                });
              if (c.version !== undefined && (cur?.version ?? 0) !== c.version) throw conflict(cur);
              const comment =
                c.comment === undefined ? (cur?.comment ?? null) : c.comment.trim() === "" ? null : c.comment.normalize("NFC").trim();
              if (cur && Number(cur.value) === c.value && cur.comment === comment) {
                results.push({
                  indicator: c.indicator,
                  disaggregation: c.disaggregation,
                  old: { value: Number(cur.value), version: cur.version },
                  stored: toStored(cur),
                  changed: false,
                });
                continue;
              }
              const version = (cur?.version ?? 0) + 1;
              const row = { value: c.value, comment, source: c.source, updated_by: actor, updated_at: now, version };
              const saved: IndicatorValueRow | undefined = cur
                ? await key(trx.updateTable("indicator_value").set(row))
                    .where("version", "=", cur.version)
                    .returningAll()
                    .executeTakeFirst()
                : await trx
                    .insertInto("indicator_value")
                    .values({ unit_code: unit, period_code: period, indicator_code: c.indicator, disaggregation: c.disaggregation, ...row })
                    .onConflict((oc) => oc.doNothing())
                    .returningAll()
                    .executeTakeFirst();
              if (!saved) throw conflict(await key(trx.selectFrom("indicator_value").selectAll()).executeTakeFirst());
              await trx
                .insertInto("indicator_value_history")
                .values({
                  unit_code: unit,
                  period_code: period,
                  indicator_code: c.indicator,
                  disaggregation: c.disaggregation,
                  old_value: cur ? Number(cur.value) : null,
                  new_value: c.value,
                  old_version: cur?.version ?? 0,
                  new_version: version,
                  source: c.source,
                  comment,
                  changed_by: actor,
                  changed_at: now,
                })
                .execute();
              if (options.auditAs)
                await recordIn(trx, new Date(now), {
                  actor: options.auditAs,
                  action: "value.write",
                  entity: "value",
                  entityId: valueEntityId(unit, period, c.indicator, c.disaggregation),
                  unit,
                  before: cur ? { value: Number(cur.value), version: cur.version, comment: cur.comment, source: cur.source } : null,
                  after: { value: c.value, version, comment, source: c.source },
                });
              results.push({
                indicator: c.indicator,
                disaggregation: c.disaggregation,
                old: cur ? { value: Number(cur.value), version: cur.version } : null,
                stored: toStored(saved),
                changed: true,
              });
            }
            if (options.dryRun) throw new Abort({ dryRun: results });
            return results;
          });
          return yield* Effect.tryPromise({ try: () => run, catch: (e) => e }).pipe(
            Effect.catchAll((e) => {
              if (!(e instanceof Abort)) return Effect.die(e);
              return "conflict" in e.reason ? Effect.fail(e.reason.conflict) : Effect.succeed(e.reason.dryRun);
            }),
          );
        });

      return {
        write,
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
