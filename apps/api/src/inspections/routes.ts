/**
 * Handlers of the reform inspections (endpoints: `@cchc/contract/endpoints/Inspections`). An
 * inspection answers to the unit that held it; every change is recorded in the audit trail with
 * before and after.
 */
import * as Inspections from "@cchc/contract/endpoints/Inspections";
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { pagingOf } from "../indicators/Paging.js";
import { currentActor, knownUnit, readableUnits } from "../values/RecordAccess.js";
import { assertUnlocked, demandCorrection, recordFor } from "./PeriodRecords.js";

const inspectionFor = (id: number, action: "read" | "write-values") =>
  recordFor(
    Effect.flatMap(InspectionRepo, (r) => r.get(id)),
    action,
  );

/** Inspection routes. */
export const inspectionRoutes = [
  handle(Inspections.listInspections, ({ query }) =>
    Effect.gen(function* () {
      const paging = pagingOf(query);
      const units = query.unit === undefined ? yield* readableUnits : undefined;
      const found = yield* (yield* InspectionRepo).list({ ...query, units, ...paging });
      return { ...found, ...paging };
    }),
  ),
  handle(Inspections.createInspection, ({ body }) =>
    Effect.gen(function* () {
      yield* knownUnit(body.unit, "body.unit");
      const actor = yield* currentActor;
      return yield* Effect.flatMap(InspectionRepo, (r) => r.create(body, actor));
    }),
  ),
  handle(Inspections.getInspection, ({ params }) => inspectionFor(params.id, "read")),
  handle(Inspections.updateInspection, ({ params, body }) =>
    Effect.gen(function* () {
      const current = yield* inspectionFor(params.id, "write-values");
      const { version, ...patch } = body;
      if (patch.unit !== undefined) yield* knownUnit(patch.unit, "body.unit");
      yield* demandCorrection(current, { ...current, ...patch });
      const actor = yield* currentActor;
      return yield* Effect.flatMap(InspectionRepo, (r) => r.update(params.id, patch, version, actor));
    }),
  ),
  handle(Inspections.deleteInspection, ({ params, query }) =>
    Effect.gen(function* () {
      yield* Effect.flatMap(inspectionFor(params.id, "write-values"), assertUnlocked);
      const actor = yield* currentActor;
      yield* Effect.flatMap(InspectionRepo, (r) => r.remove(params.id, query.version, actor));
      return { deleted: true as const, id: params.id };
    }),
  ),
];
