/**
 * Reform activities with counts (courses and people trained, models, IT facts): the list by unit,
 * period, area and kind with the totals per kind (only units the caller may read when no unit is
 * named), one by id, recorded, corrected (only the fields sent change) and removed. An activity
 * answers to its unit: writes need the right to write that unit's data, and to the unit it moves
 * to; a report an approval locked refuses them (409 PERIOD_LOCKED). Corrections name the version
 * read (stale → 409 ACTIVITY_CONFLICT with the current activity). Every change is recorded in the
 * audit trail with before and after.
 */
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { AreaCode } from "@cchc/domain/Area";
import { Activity, ActivityInput, ActivityKind, ActivityPatch } from "@cchc/domain/activities/Activity";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { RowIdFromString } from "../http/RowId.js";
import { RemovalQuery, Removed, Version } from "../http/Versioned.js";
import { pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";
import { assertUnlocked, demandCorrection, recordFor } from "../inspections/PeriodRecords.js";
import { currentActor, knownUnit, readableUnits } from "../values/RecordAccess.js";

const TAGS = ["Hoạt động"];
const IdParams = Schema.Struct({ id: RowIdFromString.annotations({ description: "Mã hoạt động" }) });
const BY_ID =
  "Mã không có → 404 ACTIVITY_NOT_FOUND (với mọi người gọi). Hoạt động của đơn vị ngoài nhánh của người gọi → 403 ACCESS_DENIED, không kèm nội dung hay đơn vị.";
const WRITE_ERRORS = ["ACCESS_DENIED", "REQUEST_INVALID", "ACTIVITY_INVALID", "PERIOD_LOCKED"];

const activityFor = (id: number, action: "read" | "write-values") =>
  recordFor(
    Effect.flatMap(ActivityRepo, (r) => r.get(id)),
    action,
  );

/** Activity routes. */
export const activityRoutes = [
  route(
    {
      method: "get",
      path: "/activities",
      operationId: "listActivities",
      summary: "Hoạt động cải cách hành chính (đào tạo, tuyển dụng, tuyên truyền, mô hình, hạ tầng CNTT…)",
      description: "Không nêu unit: chỉ hoạt động của đơn vị người gọi được xem; unit ngoài nhánh → 403.",
      tags: TAGS,
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
  route(
    {
      method: "post",
      path: "/activities",
      operationId: "createActivity",
      summary: "Ghi một hoạt động",
      description:
        "unit (bắt buộc): đơn vị thực hiện; người gọi phải có quyền ghi trên đơn vị đó. Hoạt động được xếp sau các hoạt động đã có của đơn vị trong kỳ. documentId phải là văn bản có trong sổ.",
      tags: TAGS,
      body: ActivityInput,
      response: Activity,
      successStatus: 201,
      errors: WRITE_ERRORS,
      audit: "handler",
    },
    ({ body }) =>
      Effect.gen(function* () {
        yield* knownUnit(body.unit, "body.unit");
        const actor = yield* currentActor;
        return yield* Effect.flatMap(ActivityRepo, (r) => r.create(body, actor));
      }),
  ),
  route(
    {
      method: "get",
      path: "/activities/:id",
      operationId: "getActivity",
      summary: "Một hoạt động",
      description: BY_ID,
      tags: TAGS,
      params: IdParams,
      response: Activity,
      errors: ["ACTIVITY_NOT_FOUND", "ACCESS_DENIED"],
    },
    ({ params }) => activityFor(params.id, "read"),
  ),
  route(
    {
      method: "put",
      path: "/activities/:id",
      operationId: "updateActivity",
      summary: "Sửa một hoạt động",
      description: `Chỉ gửi các trường cần sửa cùng version đã đọc, ví dụ { "count": 5, "version": 1 }. Phiên bản cũ → 409 ACTIVITY_CONFLICT, details.current là bản đang lưu. Cần quyền ghi trên đơn vị đang giữ hoạt động và trên unit mới. ${BY_ID}`,
      tags: TAGS,
      params: IdParams,
      body: Schema.Struct({ ...ActivityPatch.fields, version: Version }).annotations({ identifier: "ActivityUpdate" }),
      response: Activity,
      errors: ["ACTIVITY_NOT_FOUND", "ACTIVITY_CONFLICT", ...WRITE_ERRORS],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const current = yield* activityFor(params.id, "write-values");
        const { version, ...patch } = body;
        if (patch.unit !== undefined) yield* knownUnit(patch.unit, "body.unit");
        yield* demandCorrection(current, { ...current, ...patch });
        const actor = yield* currentActor;
        return yield* Effect.flatMap(ActivityRepo, (r) => r.update(params.id, patch, version, actor));
      }),
  ),
  route(
    {
      method: "delete",
      path: "/activities/:id",
      operationId: "deleteActivity",
      summary: "Xóa một hoạt động",
      description: `?version= (khuyên dùng): phiên bản cũ → 409 ACTIVITY_CONFLICT, không xóa. Cần quyền ghi trên đơn vị giữ hoạt động. ${BY_ID}`,
      tags: TAGS,
      params: IdParams,
      query: RemovalQuery,
      response: Removed,
      errors: ["ACTIVITY_NOT_FOUND", "ACTIVITY_CONFLICT", "ACCESS_DENIED", "PERIOD_LOCKED"],
      audit: "handler",
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        yield* Effect.flatMap(activityFor(params.id, "write-values"), assertUnlocked);
        const actor = yield* currentActor;
        yield* Effect.flatMap(ActivityRepo, (r) => r.remove(params.id, query.version, actor));
        return { deleted: true as const, id: params.id };
      }),
  ),
];
