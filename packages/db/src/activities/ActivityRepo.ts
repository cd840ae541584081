/**
 * Reform activities in storage (courses, recruitment, communication, models, IT facts): listed by
 * unit, period, area and kind, paged, in the order the report tells them; read by id, recorded,
 * corrected and removed. A correction or removal names the version the client read and is refused
 * (`ActivityConflict`, with the current activity) when that is stale; a link to the document
 * register must name a registered document. With a writer named, each change is recorded in the
 * audit trail with before and after, in the transaction of the change.
 */

import type { AreaCode } from "@cchc/domain/Area";
import type { Actor } from "@cchc/domain/access/Principal";
import type { Activity, ActivityInput, ActivityKind, ActivityPatch } from "@cchc/domain/activities/Activity";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import type { DateRole } from "@cchc/domain/validation/DatedEvent";
import { Clock, Context, Data, Effect, Either, Layer } from "effect";
import { type Kysely, sql } from "kysely";
import { recordIn } from "../audit/AuditLog.js";
import { Database } from "../Database.js";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import type { Schema } from "../Schema.js";
import type { ActivityRow } from "./ActivityTables.js";

/** No activity has this id. */
export class ActivityNotFound extends Data.TaggedError("ActivityNotFound")<{ readonly id: number }> {}
/** The activity changed since the client read it; `current` is what is stored now. */
export class ActivityConflict extends Data.TaggedError("ActivityConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly current: Activity;
}> {}
/** A field names something that does not exist (a document not in the register). */
export class ActivityInvalid extends Data.TaggedError("ActivityInvalid")<{ readonly field: string; readonly reason: string }> {}

/** Filters of an activity list. */
export interface ActivityQuery {
  readonly unit?: string | undefined;
  readonly period?: string | undefined;
  readonly area?: string | undefined;
  readonly kind?: string | undefined;
  /** Only activities of these units (what the caller may read); undefined = every unit. */
  readonly units?: ReadonlyArray<string> | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

const toDomain = (r: ActivityRow): Activity => ({
  id: r.id,
  unit: r.unit_code,
  period: r.period_code as PeriodCode,
  area: r.area as AreaCode,
  kind: r.kind as ActivityKind,
  title: r.title,
  count: r.count,
  countUnit: r.count_unit,
  heldOn: r.held_on as LocalDate | null,
  dateRole: r.date_role as DateRole,
  documentId: r.document_id,
  note: r.note,
  version: r.version,
});

const columns = (a: ActivityInput) => ({
  unit_code: a.unit,
  period_code: a.period,
  area: a.area,
  kind: a.kind,
  title: a.title,
  count: a.count,
  count_unit: a.countUnit,
  held_on: a.heldOn,
  date_role: a.dateRole,
  document_id: a.documentId,
  note: a.note,
});

const inputOf = ({ id: _id, version: _version, ...input }: Activity): ActivityInput => input;

// Where a new activity of the unit's period goes: after the ones the report told before it.
const nextSortOrder = async (db: Kysely<Schema>, a: Pick<ActivityInput, "unit" | "period">): Promise<number> => {
  const r = await db
    .selectFrom("activity")
    .select(sql<number>`coalesce(max(sort_order), -1) + 1`.as("next"))
    .where("unit_code", "=", a.unit)
    .where("period_code", "=", a.period)
    .executeTakeFirstOrThrow();
  return Number(r.next);
};

const brokenLink = async (db: Kysely<Schema>, a: ActivityInput): Promise<ActivityInvalid | undefined> => {
  const missing = await missingDocumentsIn(db, [a.documentId]);
  return missing.length === 0
    ? undefined
    : new ActivityInvalid({ field: "documentId", reason: `không có văn bản mã ${missing[0]} trong sổ` });
};

const audit = (actor: Actor, action: string, before: Activity | null, after: Activity | null) => ({
  actor,
  action,
  entity: "activity",
  entityId: String((after ?? before)?.id),
  unit: (after ?? before)?.unit ?? null,
  before,
  after,
});

/** Repository of activities. */
export class ActivityRepo extends Context.Tag("@cchc/db/ActivityRepo")<
  ActivityRepo,
  {
    /** A page of activities, the number matching, and the sum of counts per kind over all that match. */
    readonly list: (q?: ActivityQuery) => Effect.Effect<{
      readonly items: ReadonlyArray<Activity>;
      readonly total: number;
      readonly totals: Readonly<Record<string, number>>;
    }>;
    readonly get: (id: number) => Effect.Effect<Activity, ActivityNotFound>;
    /** Records an activity after those of its unit's period; with `auditAs`, in the audit trail too. */
    readonly create: (a: ActivityInput, auditAs?: Actor) => Effect.Effect<Activity, ActivityInvalid>;
    /** Records an activity of trusted data (demo, import): a link to a missing document is a defect. */
    readonly insert: (a: ActivityInput) => Effect.Effect<Activity>;
    /** Changes the fields of `patch` if the stored version is `version`; the version goes up by one. */
    readonly update: (
      id: number,
      patch: ActivityPatch,
      version: number,
      auditAs?: Actor,
    ) => Effect.Effect<Activity, ActivityNotFound | ActivityConflict | ActivityInvalid>;
    /** Removes an activity (if the stored version is `version`, when given); answers what was removed. */
    readonly remove: (id: number, version?: number, auditAs?: Actor) => Effect.Effect<Activity, ActivityNotFound | ActivityConflict>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    ActivityRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const create = (a: ActivityInput, auditAs?: Actor) =>
        Effect.gen(function* () {
          const at = new Date(yield* Clock.currentTimeMillis);
          return yield* Effect.flatten(
            Effect.promise(() =>
              kysely.transaction().execute(async (trx): Promise<Either.Either<Activity, ActivityInvalid>> => {
                const invalid = await brokenLink(trx, a);
                if (invalid) return Either.left(invalid);
                const sortOrder = await nextSortOrder(trx, a);
                const row = await trx
                  .insertInto("activity")
                  .values({ ...columns(a), sort_order: sortOrder })
                  .returningAll()
                  .executeTakeFirstOrThrow();
                const r = toDomain(row);
                if (auditAs) await recordIn(trx, at, audit(auditAs, "activity.create", null, r));
                return Either.right(r);
              }),
            ),
          );
        });
      // The stored row, locked for the rest of the transaction, if its version is the one expected.
      const lockedAt = async (
        trx: Kysely<Schema>,
        id: number,
        version: number | undefined,
      ): Promise<Either.Either<Activity, ActivityNotFound | ActivityConflict>> => {
        const row = await trx.selectFrom("activity").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
        if (!row) return Either.left(new ActivityNotFound({ id }));
        const current = toDomain(row);
        if (version !== undefined && current.version !== version)
          return Either.left(new ActivityConflict({ id, expectedVersion: version, current }));
        return Either.right(current);
      };
      return {
        list: (q = {}) =>
          Effect.promise(async () => {
            const base = kysely
              .selectFrom("activity")
              .$if(q.unit !== undefined, (b) => b.where("unit_code", "=", q.unit as string))
              .$if(q.period !== undefined, (b) => b.where("period_code", "=", q.period as string))
              .$if(q.area !== undefined, (b) => b.where("area", "=", q.area as string))
              .$if(q.kind !== undefined, (b) => b.where("kind", "=", q.kind as string))
              .$if(q.units !== undefined, (b) =>
                q.units?.length ? b.where("unit_code", "in", q.units as string[]) : b.where(sql<boolean>`false`),
              );
            const [rows, count, sums] = await Promise.all([
              base
                .selectAll()
                .orderBy("unit_code")
                .orderBy("period_code")
                .orderBy("sort_order")
                .orderBy("id")
                .limit(q.limit ?? 50)
                .offset(q.offset ?? 0)
                .execute(),
              base.select(kysely.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
              base
                .select(["kind", sql<number>`coalesce(sum(count), 0)`.as("sum")])
                .groupBy("kind")
                .execute(),
            ]);
            const totals = Object.fromEntries(sums.filter((r) => Number(r.sum) > 0).map((r) => [r.kind, Number(r.sum)]));
            return { items: rows.map(toDomain), total: Number(count.n), totals };
          }),
        get: (id) =>
          Effect.promise(() => kysely.selectFrom("activity").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
            Effect.flatMap((r) => (r ? Effect.succeed(toDomain(r)) : Effect.fail(new ActivityNotFound({ id })))),
          ),
        create,
        insert: (a) => Effect.orDie(create(a)),
        update: (id, patch, version, auditAs) =>
          Effect.gen(function* () {
            const at = new Date(yield* Clock.currentTimeMillis);
            return yield* Effect.flatten(
              Effect.promise(() =>
                kysely
                  .transaction()
                  .execute(async (trx): Promise<Either.Either<Activity, ActivityNotFound | ActivityConflict | ActivityInvalid>> => {
                    const found = await lockedAt(trx, id, version);
                    if (Either.isLeft(found)) return found;
                    const before = found.right;
                    const next = { ...inputOf(before), ...patch };
                    const invalid = await brokenLink(trx, next);
                    if (invalid) return Either.left(invalid);
                    // Moved to another unit or period: it goes after the activities told there.
                    const moved = next.unit !== before.unit || next.period !== before.period;
                    const row = await trx
                      .updateTable("activity")
                      .set({
                        ...columns(next),
                        ...(moved ? { sort_order: await nextSortOrder(trx, next) } : {}),
                        version: before.version + 1,
                      })
                      .where("id", "=", id)
                      .returningAll()
                      .executeTakeFirstOrThrow();
                    const after = toDomain(row);
                    if (auditAs) await recordIn(trx, at, audit(auditAs, "activity.update", before, after));
                    return Either.right(after);
                  }),
              ),
            );
          }),
        remove: (id, version, auditAs) =>
          Effect.gen(function* () {
            const at = new Date(yield* Clock.currentTimeMillis);
            return yield* Effect.flatten(
              Effect.promise(() =>
                kysely.transaction().execute(async (trx): Promise<Either.Either<Activity, ActivityNotFound | ActivityConflict>> => {
                  const found = await lockedAt(trx, id, version);
                  if (Either.isLeft(found)) return found;
                  await trx.deleteFrom("activity").where("id", "=", id).execute();
                  if (auditAs) await recordIn(trx, at, audit(auditAs, "activity.delete", found.right, null));
                  return found;
                }),
              ),
            );
          }),
      };
    }),
  );
}
