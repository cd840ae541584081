/**
 * Reform activities in storage (courses, recruitment, communication, models, IT facts), listed by
 * unit, period, area and kind, paged, in the order the report tells them.
 */

import type { AreaCode } from "@cchc/domain/Area";
import type { Activity, ActivityKind } from "@cchc/domain/activities/Activity";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import type { DateRole } from "@cchc/domain/validation/DatedEvent";
import { Context, Effect, Layer } from "effect";
import { sql } from "kysely";
import { Database } from "../Database.js";
import type { ActivityRow } from "./ActivityTables.js";

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
    readonly insert: (a: Omit<Activity, "id">) => Effect.Effect<Activity>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    ActivityRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
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
        insert: (a) =>
          Effect.promise(async () => {
            const n = await kysely
              .selectFrom("activity")
              .select(kysely.fn.countAll<number>().as("n"))
              .where("unit_code", "=", a.unit)
              .where("period_code", "=", a.period)
              .executeTakeFirstOrThrow();
            return kysely
              .insertInto("activity")
              .values({
                unit_code: a.unit,
                period_code: a.period,
                sort_order: Number(n.n),
                area: a.area,
                kind: a.kind,
                title: a.title,
                count: a.count,
                count_unit: a.countUnit,
                held_on: a.heldOn,
                date_role: a.dateRole,
                document_id: a.documentId,
                note: a.note,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
          }).pipe(Effect.map(toDomain)),
      };
    }),
  );
}
