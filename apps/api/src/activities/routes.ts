/**
 * Handlers of the reform activities (endpoints: `@cchc/contract/endpoints/Activities`). An
 * activity answers to its unit; every change is recorded in the audit trail with before and after.
 */
import * as Activities from "@cchc/contract/endpoints/Activities";
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { pagingOf } from "../indicators/Paging.js";
import { assertUnlocked, demandCorrection, recordFor } from "../inspections/PeriodRecords.js";
import { currentActor, knownUnit, readableUnits } from "../values/RecordAccess.js";

const activityFor = (id: number, action: "read" | "write-values") =>
  recordFor(
    Effect.flatMap(ActivityRepo, (r) => r.get(id)),
    action,
  );

/** Activity routes. */
export const activityRoutes = [
  handle(Activities.listActivities, ({ query }) =>
    Effect.gen(function* () {
      const paging = pagingOf(query);
      const units = query.unit === undefined ? yield* readableUnits : undefined;
      const found = yield* (yield* ActivityRepo).list({ ...query, units, ...paging });
      return { ...found, ...paging };
    }),
  ),
  handle(Activities.createActivity, ({ body }) =>
    Effect.gen(function* () {
      yield* knownUnit(body.unit, "body.unit");
      const actor = yield* currentActor;
      return yield* Effect.flatMap(ActivityRepo, (r) => r.create(body, actor));
    }),
  ),
  handle(Activities.getActivity, ({ params }) => activityFor(params.id, "read")),
  handle(Activities.updateActivity, ({ params, body }) =>
    Effect.gen(function* () {
      const current = yield* activityFor(params.id, "write-values");
      const { version, ...patch } = body;
      if (patch.unit !== undefined) yield* knownUnit(patch.unit, "body.unit");
      yield* demandCorrection(current, { ...current, ...patch });
      const actor = yield* currentActor;
      return yield* Effect.flatMap(ActivityRepo, (r) => r.update(params.id, patch, version, actor));
    }),
  ),
  handle(Activities.deleteActivity, ({ params, query }) =>
    Effect.gen(function* () {
      yield* Effect.flatMap(activityFor(params.id, "write-values"), assertUnlocked);
      const actor = yield* currentActor;
      yield* Effect.flatMap(ActivityRepo, (r) => r.remove(params.id, query.version, actor));
      return { deleted: true as const, id: params.id };
    }),
  ),
];
