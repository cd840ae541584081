/**
 * Handlers of the reform activities (endpoints: `@cchc/contract/endpoints/Activities`). An
 * activity answers to its unit; every change is recorded in the audit trail with before and after.
 */
import * as Activities from "@cchc/contract/endpoints/Activities";
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { periodRecordHandlers } from "../inspections/PeriodRecordHandlers.js";
import { readableList } from "../values/RecordAccess.js";

const activities = periodRecordHandlers(ActivityRepo);

/** Activity routes. */
export const activityRoutes = [
  handle(Activities.listActivities, ({ query }) => readableList(query, (q) => Effect.flatMap(ActivityRepo, (r) => r.list(q)))),
  handle(Activities.createActivity, ({ body }) => activities.create(body)),
  handle(Activities.getActivity, ({ params }) => activities.get(params.id)),
  handle(Activities.updateActivity, ({ params, body: { version, ...patch } }) => activities.update(params.id, patch, version)),
  handle(Activities.deleteActivity, ({ params, query }) => activities.remove(params.id, query.version)),
];
