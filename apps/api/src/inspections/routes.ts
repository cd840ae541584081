/**
 * `GET /inspections`: reform inspections by unit and period, as the reports wrote them. Without a
 * `unit`, only inspections of the units the caller may read are listed.
 */
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Inspection } from "@cchc/domain/inspections/Inspection";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { page, pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";
import { keepReadable, readableUnits } from "../values/RecordAccess.js";

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
        const repo = yield* InspectionRepo;
        if (units === undefined) return { ...(yield* repo.list({ ...query, ...paging })), ...paging };
        // Inspections are few: the caller's part is cut from the whole list, in the list's order.
        const all = (yield* repo.list({ ...query, limit: 100_000, offset: 0 })).items;
        return page(keepReadable(all, units), paging);
      }),
  ),
];
