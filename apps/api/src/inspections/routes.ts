/**
 * `GET /inspections`: reform inspections by unit and period, as the reports wrote them.
 */
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Inspection } from "@cchc/domain/inspections/Inspection";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";

/** Inspection routes. */
export const inspectionRoutes = [
  route(
    {
      method: "get",
      path: "/inspections",
      operationId: "listInspections",
      summary: "Các cuộc kiểm tra cải cách hành chính",
      tags: ["Kiểm tra"],
      query: Schema.Struct({ unit: Schema.optional(Schema.String), period: Schema.optional(Schema.String), ...pagingFields }),
      response: Schema.Struct({ items: Schema.Array(Inspection), ...pageFields }).annotations({ identifier: "InspectionList" }),
    },
    ({ query }) =>
      Effect.gen(function* () {
        const paging = pagingOf(query);
        const found = yield* Effect.flatMap(InspectionRepo, (r) => r.list({ ...query, ...paging }));
        return { ...found, ...paging };
      }),
  ),
];
