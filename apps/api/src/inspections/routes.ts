/**
 * `GET /inspections`: reform inspections by unit and period, as the reports wrote them. Without a
 * `unit`, only inspections of the units the caller may read are listed.
 */
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Inspection } from "@cchc/domain/inspections/Inspection";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";
import { readableUnits } from "../values/RecordAccess.js";

/** Inspection routes. */
export const inspectionRoutes = [
  route(
    {
      method: "get",
      path: "/inspections",
      operationId: "listInspections",
      summary: "Các cuộc kiểm tra cải cách hành chính",
      description: "Không nêu unit: chỉ các cuộc kiểm tra của đơn vị người gọi được xem; unit ngoài nhánh → 403.",
      tags: ["Kiểm tra"],
      query: Schema.Struct({ unit: Schema.optional(Schema.String), period: Schema.optional(Schema.String), ...pagingFields }),
      response: Schema.Struct({ items: Schema.Array(Inspection), ...pageFields }).annotations({ identifier: "InspectionList" }),
    },
    ({ query }) =>
      Effect.gen(function* () {
        const paging = pagingOf(query);
        const units = query.unit === undefined ? yield* readableUnits : undefined;
        const found = yield* (yield* InspectionRepo).list({ ...query, units, ...paging });
        return { ...found, ...paging };
      }),
  ),
];
