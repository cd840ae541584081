/**
 * Handlers of the reform inspections (endpoints: `@cchc/contract/endpoints/Inspections`). An
 * inspection answers to the unit that held it; every change is recorded in the audit trail with
 * before and after.
 */
import * as Inspections from "@cchc/contract/endpoints/Inspections";
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { readableList } from "../values/RecordAccess.js";
import { periodRecordHandlers } from "./PeriodRecordHandlers.js";

const inspections = periodRecordHandlers(InspectionRepo);

/** Inspection routes. */
export const inspectionRoutes = [
  handle(Inspections.listInspections, ({ query }) => readableList(query, (q) => Effect.flatMap(InspectionRepo, (r) => r.list(q)))),
  handle(Inspections.createInspection, ({ body }) => inspections.create(body)),
  handle(Inspections.getInspection, ({ params }) => inspections.get(params.id)),
  handle(Inspections.updateInspection, ({ params, body: { version, ...patch } }) => inspections.update(params.id, patch, version)),
  handle(Inspections.deleteInspection, ({ params, query }) => inspections.remove(params.id, query.version)),
];
