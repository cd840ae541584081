/**
 * One (unit, period) group of value writes, performed inside a transaction the caller owns: the
 * approval lock is read first (`for share`, so an approval racing the write waits for it or is
 * seen), then each value is read `for update`, checked against the version the writer read, and
 * stored with its history row and audit record. A refusal is the effect's failure, so the caller's
 * transaction (`Transaction.ts`) rolls back everything it wrote — including earlier groups of the
 * same transaction.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import { type StoredValue, ValueConflict, type ValueSource } from "@cchc/domain/indicators/Value";
import { Effect } from "effect";
import type { ExpressionBuilder } from "kysely";
import { recordIn } from "../audit/AuditLog.js";
import type { RowOf, Schema } from "../Schema.js";
import type { Trx } from "../Transaction.js";
import { type PeriodLocked, writableIn } from "../workflow/PeriodLock.js";
import { iso, valueFromRow } from "./ValueRows.js";

/** One value to write; `version` undefined writes without a concurrency check (imports, computed values). */
export interface ValueWrite {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly version?: number | undefined;
  /** undefined keeps the stored comment; "" clears it. */
  readonly comment?: string | undefined;
  /** The day the value stands at ("YYYY-MM-DD"); undefined keeps the stored one, null clears it. */
  readonly asOf?: string | null | undefined;
  readonly source: ValueSource;
}

/** The effect of one write: what was there and what is there now. */
export interface WriteResult {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly old: { readonly value: number; readonly version: number } | null;
  readonly stored: StoredValue;
  readonly changed: boolean;
}

/** The audit entity id of a value: `unit/period/indicator` with `[disaggregation]` when not the total. */
export const valueEntityId = (unit: string, period: string, indicator: string, disaggregation: string): string =>
  `${unit}/${period}/${indicator}${disaggregation === "" ? "" : `[${disaggregation}]`}`;

/** Decodes a row into a stored value (kept under this name for callers; see `ValueRows.ts`). */
export const toStored = valueFromRow;

/** The writer and the moment, shared by every group of one transaction. */
export interface WriteContext {
  readonly actor: string;
  readonly now: string;
  /** Who writes, for the audit trail: one record per changed value. */
  readonly auditAs?: Actor | undefined;
}

const run = <A>(query: () => Promise<A>) => Effect.promise(query);

/** Writes one group inside `trx`; fails when the period is locked or a version is stale. */
export const writeGroupIn = (
  trx: Trx,
  unit: string,
  period: string,
  changes: ReadonlyArray<ValueWrite>,
  context: WriteContext,
): Effect.Effect<ReadonlyArray<WriteResult>, ValueConflict | PeriodLocked> =>
  Effect.gen(function* () {
    const { actor, now } = context;
    const touched = changes.map((c) => ({ indicator: c.indicator, disaggregation: c.disaggregation }));
    yield* writableIn(trx, unit, period, touched);
    const results: WriteResult[] = [];
    for (const [index, c] of changes.entries()) {
      // The row of this figure: one unit, period, indicator and disaggregation.
      const ofFigure = (eb: ExpressionBuilder<Schema, "indicator_value">) =>
        eb.and({ unit_code: unit, period_code: period, indicator_code: c.indicator, disaggregation: c.disaggregation });
      const cur: RowOf<"indicator_value"> | undefined = yield* run(() =>
        trx.selectFrom("indicator_value").selectAll().where(ofFigure).forUpdate().executeTakeFirst(),
      );
      const conflict = (found: RowOf<"indicator_value"> | undefined) =>
        new ValueConflict({
          unit,
          period,
          indicator: c.indicator,
          disaggregation: c.disaggregation,
          expectedVersion: c.version ?? 0,
          index: changes.length > 1 ? index : null,
          current: found
            ? { value: Number(found.value), version: found.version, updatedBy: found.updated_by, updatedAt: iso(found.updated_at) }
            : null,
        });
      if (c.version !== undefined && (cur?.version ?? 0) !== c.version) return yield* Effect.fail(conflict(cur));
      const comment = c.comment === undefined ? (cur?.comment ?? null) : c.comment.trim() === "" ? null : c.comment.normalize("NFC").trim();
      const asOf = c.asOf === undefined ? (cur?.as_of ?? null) : c.asOf;
      if (cur && Number(cur.value) === c.value && cur.comment === comment && (cur.as_of ?? null) === asOf) {
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
      const row = { value: c.value, comment, as_of: asOf, source: c.source, updated_by: actor, updated_at: now, version };
      const saved: RowOf<"indicator_value"> | undefined = yield* run(() =>
        cur
          ? trx.updateTable("indicator_value").set(row).where(ofFigure).where("version", "=", cur.version).returningAll().executeTakeFirst()
          : trx
              .insertInto("indicator_value")
              .values({ unit_code: unit, period_code: period, indicator_code: c.indicator, disaggregation: c.disaggregation, ...row })
              .onConflict((oc) => oc.doNothing())
              .returningAll()
              .executeTakeFirst(),
      );
      if (!saved) {
        const found = yield* run(() => trx.selectFrom("indicator_value").selectAll().where(ofFigure).executeTakeFirst());
        return yield* Effect.fail(conflict(found));
      }
      yield* run(() =>
        trx
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
          .execute(),
      );
      const auditAs = context.auditAs;
      if (auditAs)
        yield* run(() =>
          recordIn(trx, new Date(now), {
            actor: auditAs,
            action: "value.write",
            entity: "value",
            entityId: valueEntityId(unit, period, c.indicator, c.disaggregation),
            unit,
            before: cur ? { value: Number(cur.value), version: cur.version, comment: cur.comment, source: cur.source } : null,
            after: { value: c.value, version, comment, source: c.source },
          }),
        );
      results.push({
        indicator: c.indicator,
        disaggregation: c.disaggregation,
        old: cur ? { value: Number(cur.value), version: cur.version } : null,
        stored: toStored(saved),
        changed: true,
      });
    }
    return results;
  });
