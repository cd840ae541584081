/**
 * `GET /activities`: reform activities with counts (courses and people trained, models, IT facts),
 * by unit, period, area and kind, with the totals per kind. Without a `unit`, only activities of
 * the units the caller may read are listed and counted.
 */
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { AreaCode } from "@cchc/domain/Area";
import { Activity, ActivityKind } from "@cchc/domain/activities/Activity";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";
import { readableUnits } from "../values/RecordAccess.js";

/** Activity routes. */
export const activityRoutes = [
  route(
    {
      method: "get",
      path: "/activities",
      operationId: "listActivities",
      summary: "Hoạt động cải cách hành chính (đào tạo, tuyển dụng, tuyên truyền, mô hình, hạ tầng CNTT…)",
      description: "Không nêu unit: chỉ hoạt động của đơn vị người gọi được xem; unit ngoài nhánh → 403.",
      tags: ["Hoạt động"],
      query: Schema.Struct({
        unit: Schema.optional(Schema.String),
        period: Schema.optional(Schema.String),
        area: Schema.optional(AreaCode),
        kind: Schema.optional(ActivityKind),
        ...pagingFields,
      }),
      response: Schema.Struct({
        items: Schema.Array(Activity),
        ...pageFields,
        totals: Schema.Record({ key: Schema.String, value: Schema.Number }).annotations({
          description: "Tổng số lượng theo loại hoạt động (ví dụ training: số lượt người)",
        }),
      }).annotations({ identifier: "ActivityList" }),
    },
    ({ query }) =>
      Effect.gen(function* () {
        const paging = pagingOf(query);
        const units = query.unit === undefined ? yield* readableUnits : undefined;
        const found = yield* (yield* ActivityRepo).list({ ...query, units, ...paging });
        return { ...found, ...paging };
      }),
  ),
];
