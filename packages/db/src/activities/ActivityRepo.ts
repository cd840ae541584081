/**
 * Reform activities in storage (courses, recruitment, communication, models, IT facts): listed by
 * unit, period, area and kind, paged, in the order the report tells them; read by id, recorded,
 * corrected and removed. A correction or removal names the version the client read and is refused
 * (`ActivityConflict`, with the current activity) when that is stale; a link to the document
 * register must name a registered document. With a writer named, each change is recorded in the
 * audit trail with before and after, in the transaction of the change.
 */

import type { Activity, ActivityInput, ActivityPatch } from "@cchc/domain/activities/Activity";
import { ActivityConflict, ActivityInvalid, ActivityNotFound } from "@cchc/domain/activities/ActivityErrors";
import { Context, Effect } from "effect";
import { sql } from "kysely";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import { overDatabase } from "../OverDatabase.js";
import { ofUnitPeriod, type Page, pageOf, type UnitPeriodQuery } from "../records/Listing.js";
import { fieldsOf, ownUnitKind, type VersionedRepository, type VersionedWrites, versionedRepository } from "../records/VersionedRecords.js";
import type { Trx } from "../Transaction.js";
import { fromRow, toRow } from "./ActivityRows.js";

export { ActivityConflict, ActivityInvalid, ActivityNotFound } from "@cchc/domain/activities/ActivityErrors";

/** Filters of an activity list. */
export interface ActivityQuery extends UnitPeriodQuery {
  readonly area?: string | undefined;
  readonly kind?: string | undefined;
}

// Where a new activity of the unit's period goes: after the ones the report told before it.
const nextSortOrder = (trx: Trx, a: Pick<ActivityInput, "unit" | "period">): Effect.Effect<number> =>
  Effect.promise(() =>
    trx
      .selectFrom("activity")
      .select(sql<number>`coalesce(max(sort_order), -1) + 1`.as("next"))
      .where("unit_code", "=", a.unit)
      .where("period_code", "=", a.period)
      .executeTakeFirstOrThrow(),
  ).pipe(Effect.map((r) => Number(r.next)));

// Fails when the activity links to a document that is not registered.
const checkLink = (trx: Trx, a: ActivityInput): Effect.Effect<void, ActivityInvalid> =>
  Effect.flatMap(
    Effect.promise(() => missingDocumentsIn(trx, [a.documentId])),
    (missing) =>
      missing.length === 0
        ? Effect.void
        : Effect.fail(new ActivityInvalid({ field: "documentId", reason: `không có văn bản mã ${missing[0]} trong sổ` })),
  );

/** How activities are stored, for the versioned operations. */
const kind = ownUnitKind("activity", "activity", fromRow);

/** How activities write their columns: at the end of their unit's period, with their link checked. */
const writes: VersionedWrites<Activity, ActivityInput, ActivityPatch, ActivityInvalid> = {
  create: (trx, a) =>
    Effect.gen(function* () {
      yield* checkLink(trx, a);
      const sortOrder = yield* nextSortOrder(trx, a);
      return yield* kind.insert(trx, { ...toRow(a), sort_order: sortOrder });
    }),
  update: (trx, before, patch) =>
    Effect.gen(function* () {
      const next = { ...fieldsOf(before), ...patch };
      yield* checkLink(trx, next);
      // Moved to another unit or period: it goes after the activities told there.
      const moved = next.unit !== before.unit || next.period !== before.period;
      const sortOrder = moved ? { sort_order: yield* nextSortOrder(trx, next) } : {};
      return yield* kind.rewrite(trx, before, { ...toRow(next), ...sortOrder });
    }),
};

/** Repository of activities. */
export class ActivityRepo extends Context.Tag("@cchc/db/ActivityRepo")<
  ActivityRepo,
  {
    /** A page of activities, the number matching, and the sum of counts per kind over all that match. */
    readonly list: (q?: ActivityQuery) => Effect.Effect<Page<Activity> & { readonly totals: Readonly<Record<string, number>> }>;
  } & VersionedRepository<Activity, ActivityInput, ActivityPatch, ActivityNotFound, ActivityConflict, ActivityInvalid>
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(ActivityRepo, (kysely) => ({
    list: (q = {}) =>
      Effect.promise(async () => {
        const base = kysely
          .selectFrom("activity")
          .where(ofUnitPeriod(q))
          .$call((b) => (q.area === undefined ? b : b.where("area", "=", q.area)))
          .$call((b) => (q.kind === undefined ? b : b.where("kind", "=", q.kind)));
        const [page, sums] = await Promise.all([
          pageOf(
            base.selectAll().orderBy("unit_code").orderBy("period_code").orderBy("sort_order").orderBy("id"),
            base.select(kysely.fn.countAll<number>().as("n")),
            q,
            fromRow,
          ),
          base
            .select(["kind", sql<number>`coalesce(sum(count), 0)`.as("sum")])
            .groupBy("kind")
            .execute(),
        ]);
        const totals = Object.fromEntries(sums.filter((r) => Number(r.sum) > 0).map((r) => [r.kind, Number(r.sum)]));
        return { ...page, totals };
      }),
    ...versionedRepository(kysely, kind, { notFound: ActivityNotFound, conflict: ActivityConflict }, writes),
  }));
}
